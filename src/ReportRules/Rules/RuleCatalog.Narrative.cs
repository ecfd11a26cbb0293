using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Rules;

/// <summary>The narrative rules (format-spec §6.5 N-1 … N-4, P4-2).</summary>
public static partial class RuleCatalog
{
    private static readonly ReportEdition[] TableEditions = [ReportEdition.Legacy2014, ReportEdition.Gb2019, ReportEdition.Gb2021];

    private static IEnumerable<RuleDescriptor> NarrativeRules()
    {
        yield return new RuleDescriptor(
            RuleIds.N1, RuleFamily.Narrative, FindingSeverity.Error, RuleKind.Heuristic,
            "叙述中的数字与表格一致", "Numbers in the prose agree with the tables",
            "正文复述表格数字时应一致：收到/新收申请 → 本年新收总计（legacy2014：收到申请数），答复/办结 → 办理结果总计，结转下年度 → 结转下年度总计，行政复议/行政诉讼 → 表四总计，主动公开政府信息数、公开渠道、回应解读、机构人员等 → 统计表对应项。句子明确指向同一单元格时为错误，措辞可能指向不同口径时为警告；约数（“余”“逾”）只在表中数小于所述下限时提示。表格空白时不比较。",
            "Where the prose restates a table number it must agree: applications received → new applications total (legacy2014: 收到申请数), answered/closed → results total, carried forward → carried forward total, reviews/lawsuits → Table 4 totals, information published, channels, responses, offices and staff → the legacy2014 rows. An error where the sentence names the same cell unambiguously, a warning where the wording may mean a different scope; approximate numbers (余, 逾) are flagged only when the table is below the stated minimum. Blank cells are not compared.",
            "条例第五十条（年度报告内容）；各版表式",
            ReportEditions.All,
            "narrative count of a concept = Σ the concept's cells (e.g. 收到申请 n 件 = Requests.NewReceived.TOT)");

        yield return new RuleDescriptor(
            RuleIds.N2, RuleFamily.Narrative, FindingSeverity.Error, RuleKind.Heuristic,
            "叙述中的分项与总数、百分比一致", "Parts add up to their total; percentages match",
            "“共……X件，其中……a件，b件……”：分项之和超过总数为错误；少于总数为警告（“其中”可能只列出部分类别；只列一项或以“等”结尾的列举少于总数不提示）；“a件（p%）”中的百分比应等于 a ÷ 总数，容差由印出的小数位决定，四舍五入与截断均可接受。",
            "\"X in total, of which a, b, …\": parts above the total are an error; parts below it a warning (a 其中 list may name only some kinds; a single part or a list ending in 等 may fall short silently); a percentage printed with a count equals the count over the total within the rounding its printed decimals imply (rounded or truncated).",
            "format-spec §6.5 N-2",
            ReportEditions.All,
            "Σ parts ≤ total (error above; warning below unless one part or 等); |p − a/total×100| within the printed precision");

        yield return new RuleDescriptor(
            RuleIds.N3, RuleFamily.Narrative, FindingSeverity.Warning, RuleKind.Heuristic,
            "同一数量在叙述中前后不一", "The same quantity stated twice with different values",
            "正文两处陈述同一数量（如收到申请数）而数值不同。",
            "The prose states the same quantity (e.g. applications received) twice with different values.",
            "format-spec §6.5 N-3",
            ReportEditions.All,
            "every exact statement of one concept has the same value");

        yield return new RuleDescriptor(
            RuleIds.N4, RuleFamily.Narrative, FindingSeverity.Warning, RuleKind.Heuristic,
            "叙述中有未填写的数字占位符", "Unfilled number placeholder in the prose",
            "正文中留有“XX件”“××”或“共主动公开条”之类未填数字的占位。",
            "The prose keeps a placeholder where a number belongs (\"XX件\", \"××\", \"共主动公开条\").",
            "format-spec §6.5 N-4",
            ReportEditions.All,
            "no XX / ×× / verb-then-unit without a number");

        yield return new RuleDescriptor(
            RuleIds.P42, RuleFamily.Narrative, FindingSeverity.Warning, RuleKind.Heuristic,
            "叙述称全部维持而表中有纠正或未审结案件", "Prose claims every case upheld while the table shows corrected or pending cases",
            "正文称“均获维持”“零败诉”“全部维持”等，而表四（legacy2014：四、五）有结果纠正或尚未审结的案件。",
            "The prose claims every case was upheld (均获维持, 零败诉, 全部维持) while Table 4 (legacy2014: 四, 五) shows corrected or pending cases.",
            "format-spec §6.5 P4-2",
            TableEditions,
            "claim ⇒ Review.Corrected = Review.Pending = Lit.*.Corrected = Lit.*.Pending = 0 (legacy2014: L14.Review.Corrected = L14.Lit.Corrected = 0)",
            edition => edition == ReportEdition.Legacy2014
                ? [new RuleInstance(RuleIds.P42, string.Empty, ["L14.Review.Corrected", "L14.Lit.Corrected"], [])]
                : [new RuleInstance(RuleIds.P42, string.Empty, ["Review.Corrected", "Review.Pending", "Lit.Direct.Corrected", "Lit.Direct.Pending", "Lit.AfterReview.Corrected", "Lit.AfterReview.Pending"], [])]);
    }
}
