using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Rules;

/// <summary>Problems with the input itself (raised by the parser, and PARSE-10 by the engine).</summary>
public static partial class RuleCatalog
{
    private static RuleDescriptor ParseRule(string id, FindingSeverity severity, string zh, string en, string descriptionZh, string descriptionEn) =>
        new(id, RuleFamily.Parse, severity, RuleKind.Note, zh, en, descriptionZh, descriptionEn, "—", ReportEditions.All, "—");

    private static IEnumerable<RuleDescriptor> ParseRules()
    {
        yield return ParseRule(RuleIds.Parse1, FindingSeverity.Error, "无法读取输入", "Input cannot be read",
            "文件为空、为二进制内容、编码无法识别或已损坏。", "The file is empty, binary, in an unknown encoding or damaged.");
        yield return ParseRule(RuleIds.Parse2, FindingSeverity.Error, "无法识别报告版本", "Edition not recognised",
            "未找到任何版本（legacy2014、gb2019、gb2021）的表头特征，也不是年度报告正文。", "No edition's table headers were found and the text is not recognisable as an annual report.");
        yield return ParseRule(RuleIds.Parse3, FindingSeverity.Info, "列位置为推断", "Columns inferred",
            "扁平化表格丢失了空单元格，数字所在列依据行列勾稽关系推断；每张表一个提示，列出推断的单元格。", "A flattened table lost its empty cells; the columns of its numbers were inferred from the identities. One note per table lists the inferred cells.");
        yield return ParseRule(RuleIds.Parse4, FindingSeverity.Warning, "列位置无法确定", "Column placement ambiguous",
            "一行数字有两种以上同样合理的列位置，未予放置。", "A row's numbers fit two or more column placements equally well; they were left unplaced.");
        yield return ParseRule(RuleIds.Parse5, FindingSeverity.Warning, "单元格不是数字", "Cell is not a number",
            "单元格文字无法读作数字，相关规则不予评估。", "A cell's text cannot be read as a number; the rules that read it are not evaluated.");
        yield return ParseRule(RuleIds.Parse6, FindingSeverity.Info, "被空格分开的数字已合并", "Digits split by spaces joined",
            "PDF 文字层把数字拆开（如“35 1”），已合并为一个数并保留原文。", "The PDF text layer split a number (\"35 1\"); it was read as one number and the raw text kept.");
        yield return ParseRule(RuleIds.Parse7, FindingSeverity.Warning, "未找到表格", "Table not found",
            "报告中未找到应有的表格（表二、表三或表四）。", "A table the edition prints (Table 2, 3 or 4) was not found in the report.");
        yield return ParseRule(RuleIds.Parse8, FindingSeverity.Error, "超出安全限制", "Safety limit reached",
            "输入大小、解压后大小、页数或嵌套深度超出限制，读取已停止。", "The input size, decompressed size, page count or nesting depth exceeds a limit; reading stopped.");
        yield return ParseRule(RuleIds.Parse9, FindingSeverity.Info, "版本混用", "Editions mixed",
            "报告混用了两个版本的行或列（如 2021 版报告仍印单行“其他处理”），按实际印出的内容读取。", "The report mixes rows or columns of two editions (e.g. a gb2021 report with the single gb2019 other-handling row); read as printed.");
        yield return ParseRule(RuleIds.Parse10, FindingSeverity.Info, "空白单元格按 0 计算", "Blank cells treated as 0",
            "部分运算项空白，按 0 计算后等式成立；或等式只因空白按 0 计算而不成立、且空白处不是本表其他地方填写的那类单元格，因而未予判定（决定 0004）。每张表各一个提示，列出这些单元格。空白不等于零，请核实。", "Some operands were blank; with blanks as 0 the identities hold, or they fail only because of blanks of a kind the table leaves unfilled elsewhere and were left unchecked (decision 0004). One note per table for each case lists them. Blank is not zero: please confirm.");
        yield return ParseRule(RuleIds.Parse11, FindingSeverity.Info, "地方增列的行", "Local extra rows",
            "统计表中有国家表式以外的行，已按原标签保留（L14.Extra.n）。", "The statistics table has rows beyond the national form; they were kept with their printed labels (L14.Extra.n).");
        yield return ParseRule(RuleIds.Parse12, FindingSeverity.Error, "PDF 无文字层", "PDF has no text layer",
            "PDF 为扫描件，没有文字层：请先进行 OCR。", "The PDF is scanned and has no text layer: run OCR first.");
        yield return ParseRule(RuleIds.Parse13, FindingSeverity.Warning, "单元格重复", "Duplicate cell",
            "同一单元格出现两次且数值不同，保留第一次读到的值。", "The same cell was printed twice with different values; the first was kept.");
        yield return ParseRule(RuleIds.Parse14, FindingSeverity.Warning, "无效 UTF-8 字节已替换", "Invalid UTF-8 bytes replaced",
            "UTF-8 文本中有少量无效字节，已替换为 U+FFFD，其余按 UTF-8 读取；被替换处附近的数字可能缺失。", "A UTF-8 text has a few invalid bytes; they were replaced by U+FFFD and the rest read as UTF-8. Numbers next to them may be missing.");
    }
}
