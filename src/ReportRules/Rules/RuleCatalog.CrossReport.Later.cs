using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;

namespace ReportRules.Rules;

/// <summary>
/// The rest of format-spec §6.4 (X-2 … X-5), a gap in a series and aggregates (P-AGG-1, §6.5). Declared after
/// every shipped rule: new rules only ever go at the end of the catalog.
/// </summary>
public static partial class RuleCatalog
{
    private static readonly ReportEdition[] AllEditions = [.. ReportEditions.All];

    private static IEnumerable<RuleDescriptor> LaterCrossReportRules()
    {
        yield return new RuleDescriptor(
            RuleIds.X2, RuleFamily.CrossReport, FindingSeverity.Warning, RuleKind.Equality,
            "现行有效件数等于上年现行有效件数加本年制发减本年废止",
            "In force equals last year's in force plus issued minus repealed",
            "同一机关相邻两年的 2021 版报告：第 Y 年表二规章、行政规范性文件的“现行有效件数”加“本年废止件数”，等于第 Y−1 年的“现行有效件数”加第 Y 年的“本年制发件数”。修订、清理或统计口径变化会使其不成立，故为警告。",
            "For one agency's gb2021 reports of consecutive years: for rules and normative documents, in force in Y plus repealed in Y equal in force in Y−1 plus issued in Y. Revisions, clean-ups or a changed basis break it, hence a warning.",
            "表二第二十条第（一）项“现行有效件数”“本年制发件数”“本年废止件数”",
            Gb2021Only,
            "Active.A20_1.{r}.InForce(Y) + Active.A20_1.{r}.Repealed(Y) = Active.A20_1.{r}.InForce(Y−1) + Active.A20_1.{r}.Issued(Y), r ∈ Rules NormDocs",
            _ => [.. new[] { "Rules", "NormDocs" }.Select(r => new RuleInstance(
                RuleIds.X2,
                $"Active.A20_1.{r}",
                [$"Active.A20_1.{r}.InForce", $"Active.A20_1.{r}.Repealed"],
                [$"Active.A20_1.{r}.InForce"])
            {
                RightFromLater = [$"Active.A20_1.{r}.Issued"],
            })]);

        yield return new RuleDescriptor(
            RuleIds.X3, RuleFamily.CrossReport, FindingSeverity.Warning, RuleKind.Equality,
            "上一年项目数量等于上年报告的上一年项目数量加本年增减",
            "Items last year equal the previous report's items plus its change",
            "同一机关相邻两年的 2019 版报告（即 2019 与 2020 年）：第 Y 年表二各事项的“上一年项目数量”，等于第 Y−1 年的“上一年项目数量”加“本年增/减”。",
            "For one agency's gb2019 reports of consecutive years (2019 and 2020): in Table 2, each row's items last year in Y equal the Y−1 report's items last year plus its change this year.",
            "表二第二十条第（五）（六）（八）项“上一年项目数量”“本年增/减”",
            Gb2019Only,
            "Active.{r}.PrevItems(Y) = Active.{r}.PrevItems(Y−1) + Active.{r}.Delta(Y−1), r ∈ A20_5.Licensing A20_5.OtherServices A20_6.Penalty A20_6.Coercion A20_8.Fees",
            _ => [.. new[] { "A20_5.Licensing", "A20_5.OtherServices", "A20_6.Penalty", "A20_6.Coercion", "A20_8.Fees" }.Select(r => new RuleInstance(
                RuleIds.X3,
                $"Active.{r}",
                [$"Active.{r}.PrevItems"],
                [$"Active.{r}.PrevItems", $"Active.{r}.Delta"]))]);

        yield return new RuleDescriptor(
            RuleIds.X4, RuleFamily.CrossReport, FindingSeverity.Warning, RuleKind.Heuristic,
            "与上年报告雷同",
            "Copied forward from the previous year's report",
            "同一机关相邻两年的报告：表二、表三或表四印出的全部数字逐一相同（且本年流量数字至少 3 个非零、合计不少于 20），或正文中含至少两个非零数字、不少于 40 字的段落除年份外完全相同。条例要求年报不得内容雷同。",
            "For one agency's reports of consecutive years: every number printed in Table 2, 3 or 4 is the same (with at least 3 non-zero flow figures adding up to 20 or more), or a paragraph of 40 characters or more holding at least two non-zero numbers is the same but for the years.",
            "国办公开办函〔2021〕30号“(四)明确责任”：发布内容雷同",
            AllEditions,
            "table(Y) = table(Y−1) for Table 2, 3 or 4 (significant); paragraph(Y) = paragraph(Y−1) with the years replaced");

        yield return new RuleDescriptor(
            RuleIds.X5, RuleFamily.CrossReport, FindingSeverity.Info, RuleKind.Heuristic,
            "上年尚未审结的复议诉讼案件",
            "Cases pending at the end of last year",
            "第 Y−1 年表四某类“尚未审结”大于 0：这些案件通常在以后年度审结，请核对第 Y 年报告是否反映其结果（表式未说明本年审结的往年案件如何计入，仅作提示）。第 Y 年报告未印出该类总计时不提示。",
            "Table 4 of Y−1 shows pending review or litigation cases: they are usually concluded later, so check that the report of Y accounts for them (the form does not say how earlier cases concluded this year are counted; informational only). Not raised when the report of Y does not print that group's total.",
            "表四“尚未审结”",
            National,
            "Review.Pending, Lit.Direct.Pending, Lit.AfterReview.Pending (Y−1) > 0",
            _ => [.. new[] { "Review", "Lit.Direct", "Lit.AfterReview" }.Select(g => new RuleInstance(RuleIds.X5, g, [$"{g}.Total"], [$"{g}.Pending"]))]);

        yield return new RuleDescriptor(
            RuleIds.X6, RuleFamily.CrossReport, FindingSeverity.Info, RuleKind.Note,
            "同一机关的年度报告缺少某一年",
            "A year missing in an agency's series",
            "同一机关的报告有第 Y−k 年与第 Y 年，而缺少其间的年份：跨年核对在缺口处无法进行。",
            "An agency's reports include years before and after a gap: the cross-year checks cannot bridge the missing years.",
            "条例第五十条：每年1月31日前公布上一年度年报",
            AllEditions,
            "years(series) has no gap");

        yield return new RuleDescriptor(
            RuleIds.PAgg1, RuleFamily.CrossReport, FindingSeverity.Warning, RuleKind.Heuristic,
            "汇总报告与其组成报告之和不符",
            "A region's report differs from the sum of the reports that make it up",
            "汇总清单（上级机关、组成机关、年度）列出的某年汇总报告：表三本年新收、办理结果总计、结转下年度总计与表四三类总计，应大致等于各组成机关报告之和；相差超过 5%（且超过 1）时提示。任一组成报告缺失时不评估。",
            "For an aggregate listed in the manifest (parent agency, child agency, year): Table 3 new, results total and carried forward (total column) and the three Table 4 totals should roughly equal the sum of the child reports; a difference above 5 % (and above 1) is flagged. Not evaluated when a child report is missing.",
            "条例第五十条；本行政区域政府信息公开工作年度报告",
            National,
            "parent(Y)[k] ≈ Σ children(Y)[k], k ∈ Requests.NewReceived.TOT Requests.Results.Total.TOT Requests.CarriedForward.TOT Review.Total Lit.Direct.Total Lit.AfterReview.Total")
        {
            Tolerance = 0.05m,
        };
    }
}
