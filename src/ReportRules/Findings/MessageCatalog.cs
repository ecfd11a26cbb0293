using System.Collections.Frozen;
using System.Text;
using ReportRules.Rules;

namespace ReportRules.Findings;

/// <summary>
/// Every user-visible message template, in Chinese and English, with named placeholders. A new language is a
/// new column here, not new code. <c>{titleZh}</c> and <c>{titleEn}</c> resolve to the rule's catalog title.
/// </summary>
internal static class MessageCatalog
{
    private static readonly FrozenDictionary<string, (string Zh, string En)> Templates = new Dictionary<string, (string Zh, string En)>
    {
        ["IdentityMismatch"] = (
            "{titleZh}不成立{scopeZh}：应为 {expected}，实为 {actual}，相差 {difference}。{blanksZh}{extractionZh}",
            "{titleEn} does not hold{scopeEn}: expected {expected}, found {actual}, difference {difference}.{blanksEn}{extractionEn}"),
        ["BoundExceeded"] = (
            "{titleZh}不成立{scopeZh}：{actual} 超过 {expected}。{blanksZh}{extractionZh}",
            "{titleEn} does not hold{scopeEn}: {actual} exceeds {expected}.{blanksEn}{extractionEn}"),
        ["NegativeSum"] = (
            "{titleZh}不成立{scopeZh}：合计为 {actual}。",
            "{titleEn} does not hold{scopeEn}: the sum is {actual}."),
        ["CellDomain"] = (
            "{labelZh} 的值 {value} 不是{domainZh}。",
            "{labelEn}: the value {value} is not {domainEn}."),
        ["BlankTreatedAsZero"] = (
            "表{table}有 {count} 个空白单元格按 0 计算后等式成立：{cells}。空白不等于零，请核实。",
            "Table {table}: {count} blank cells were taken as 0 and the identities hold: {cells}. Blank is not zero; please confirm."),
        ["TotalColumnBlank"] = (
            "表三“总计”列整列空白，而申请人各列填有数字：{count} 个总计单元格空白。",
            "Table 3: the whole total column is blank while applicant columns hold numbers ({count} blank total cells)."),
        ["ApplicantColumnsBlank"] = (
            "表三各申请人列全部空白，而“总计”列填有数字：{count} 个单元格空白。",
            "Table 3: every applicant column is blank while the total column holds numbers ({count} blank cells)."),
        ["CarriedForwardShare"] = (
            "结转下年度 {actual} 件，占本年新收 {base} 件的 {share}，超过 {limit}。",
            "{actual} applications carried forward are {share} of {base} new ones, above {limit}."),
        ["ColumnShift"] = (
            "本年新收中科研机构与社会公益组织共 {actual} 件，多于其他申请人合计 {expected} 件：请核对列是否错位。{extractionZh}",
            "New applications from research institutions and NGOs ({actual}) outnumber all other applicants ({expected}): check for shifted columns.{extractionEn}"),
        ["AmountInYuan"] = (
            "{labelZh} 为 {value}（原文“{raw}”），单位应为万元，疑为以元填报。",
            "{labelEn} is {value} (printed \"{raw}\"); the unit is 10,000 yuan, so it was probably entered in yuan."),
        ["AmountUnitMissing"] = (
            "{labelZh} 为 {value}，表上与单元格内均未注明单位。",
            "{labelEn} is {value} with no unit printed on the form or in the cell."),
        ["DeltaAsText"] = (
            "{labelZh} 写作“{raw}”，已读作 {value}。",
            "{labelEn} is written \"{raw}\" and was read as {value}."),
        ["EditionYearMismatch"] = (
            "报告年度为 {year}，但所用表格为 {edition} 版（适用 {range}）。",
            "The report year is {year} but the tables follow {edition} (used for {range})."),
        ["CarryOverMismatch"] = (
            "{agency} {year} 年报告的“上年结转”（{column}）为 {actual}，而 {previousYear} 年报告的“结转下年度继续办理”为 {expected}，相差 {difference}（上年报告：{previousSource}）。",
            "{agency}: applications carried over into {year} ({column}) are {actual}, but the {previousYear} report carried forward {expected}, difference {difference} (previous report: {previousSource})."),
        ["Parse"] = ("{detailZh}", "{detailEn}"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> MessageIds => Templates.Keys;

    public static string Render(Finding finding, string language)
    {
        var english = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        if (!Templates.TryGetValue(finding.MessageId, out var template))
        {
            template = ("{detailZh}", "{detailEn}");
        }

        var text = english ? template.En : template.Zh;
        var rule = RuleCatalog.Find(finding.RuleId);
        var output = new StringBuilder(text.Length + 64);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            if (open < 0)
            {
                output.Append(text, i, text.Length - i);
                break;
            }

            var close = text.IndexOf('}', open + 1);
            if (close < 0)
            {
                output.Append(text, i, text.Length - i);
                break;
            }

            output.Append(text, i, open - i);
            var name = text[(open + 1)..close];
            output.Append(Resolve(name, finding, rule));
            i = close + 1;
        }

        return output.ToString().Trim();
    }

    private static string Resolve(string name, Finding finding, RuleDescriptor? rule) => name switch
    {
        "titleZh" => rule?.TitleZh ?? finding.RuleId,
        "titleEn" => rule?.TitleEn ?? finding.RuleId,
        "expected" => Format(finding.Expected),
        "actual" => Format(finding.Actual),
        "difference" => finding.Difference is { } d ? (d > 0 ? "+" : string.Empty) + Format(d) : string.Empty,
        _ => finding.Arguments.TryGetValue(name, out var value) ? value : string.Empty,
    };

    private static string Format(decimal? value) =>
        value is { } v ? Rules.Engine.MessageArguments.Format(v) : string.Empty;
}
