using System.Globalization;
using ReportRules.Model;
using ReportRules.Model.Forms;

namespace ReportRules.Rules.Engine;

/// <summary>Builds the language-specific message arguments shared by several rules.</summary>
internal static class MessageArguments
{
    public static string Format(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    public static void AddScope(Dictionary<string, string> arguments, ReportEdition edition, string scope)
    {
        if (string.IsNullOrEmpty(scope))
        {
            arguments["scopeZh"] = string.Empty;
            arguments["scopeEn"] = string.Empty;
        }
        else if (CellKeys.TryParseColumn(scope, out _))
        {
            var def = ReportForms.GetCells(edition).FirstOrDefault(d => d.Column == scope && d.Table == FormTable.Requests);
            var zh = def?.LabelZh[(def.LabelZh.LastIndexOf('/') + 2)..] ?? scope;
            var en = def?.LabelEn[(def.LabelEn.LastIndexOf('/') + 2)..] ?? scope;
            arguments["scopeZh"] = $"（{zh}列）";
            arguments["scopeEn"] = $" (column {scope}, {en})";
        }
        else
        {
            var def = ReportForms.GetCells(edition).FirstOrDefault(d => d.RowId == scope);
            var zh = def is null ? scope : def.LabelZh.Split(" / ")[0];
            var en = def is null ? scope : def.LabelEn.Split(" / ")[0];
            arguments["scopeZh"] = $"（{zh}）";
            arguments["scopeEn"] = $" ({en})";
        }
    }

    /// <summary>An app's own rule is not in the built-in catalog: its finding carries the titles the message shows.</summary>
    public static void AddCustomTitle(Dictionary<string, string> arguments, RuleDescriptor rule)
    {
        if (RuleCatalog.Find(rule.Id) is null)
        {
            arguments["titleZh"] = rule.TitleZh;
            arguments["titleEn"] = rule.TitleEn;
        }
    }

    /// <summary>Adds <c>tableZh</c> / <c>tableEn</c>: 表二 … 表四, or the legacy statistics table (14).</summary>
    public static void AddTable(Dictionary<string, string> arguments, int table)
    {
        var number = table.ToString(CultureInfo.InvariantCulture);
        arguments["tableZh"] = table switch { 2 => "表二", 3 => "表三", 4 => "表四", 14 => "统计表", _ => "表" + number };
        arguments["tableEn"] = table == 14 ? "The statistics table" : "Table " + number;
    }

    public static void AddBlanks(Dictionary<string, string> arguments, IReadOnlyCollection<string> blanks)
    {
        if (blanks.Count == 0)
        {
            arguments["blanksZh"] = string.Empty;
            arguments["blanksEn"] = string.Empty;
            return;
        }

        // Named by their printed labels (the keys stay in the finding's cells).
        AddBlankLabels(arguments, [.. blanks.Select(Model.Forms.ReportForms.LabelOf)], [.. blanks.Select(Model.Forms.ReportForms.LabelEnOf)]);
    }

    /// <summary>Adds <c>blanksZh</c> / <c>blanksEn</c> from labels already written in each language (e.g. with a year).</summary>
    public static void AddBlankLabels(Dictionary<string, string> arguments, IReadOnlyCollection<string> zh, IReadOnlyCollection<string> en)
    {
        if (zh.Count == 0)
        {
            arguments["blanksZh"] = string.Empty;
            arguments["blanksEn"] = string.Empty;
            return;
        }

        arguments["blanksZh"] = $"空白单元格按 0 计算，可能即为原因：{string.Join("；", zh)}。";
        arguments["blanksEn"] = $" Blank cells were taken as 0 and may be the cause: {string.Join("; ", en)}.";
    }

    public static void AddExtractionHint(Dictionary<string, string> arguments, AnnualReport report, IEnumerable<string> operands)
    {
        var inferred = operands.Where(k => report.GetCell(k) is { Inferred: true }).ToList();
        if (inferred.Count == 0)
        {
            arguments["extractionZh"] = string.Empty;
            arguments["extractionEn"] = string.Empty;
            return;
        }

        arguments["extractionZh"] = $"可能为提取错误：{string.Join(", ", inferred)} 的列位置为推断。";
        arguments["extractionEn"] = $" Possible extraction error: the columns of {string.Join(", ", inferred)} were inferred.";
    }
}
