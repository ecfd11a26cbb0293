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
            "{tableZh}有 {count} 个空白单元格按 0 计算后等式成立：{cellLabelsZh}。空白不等于零，请核实。",
            "{tableEn}: {count} blank cells were taken as 0 and the identities hold: {cellLabelsEn}. Blank is not zero; please confirm."),
        ["TotalColumnBlank"] = (
            "表三“总计”列整列空白，而申请人各列填有数字：{count} 个总计单元格空白。",
            "Table 3: the whole total column is blank while applicant columns hold numbers ({count} blank total cells)."),
        ["ApplicantColumnsBlank"] = (
            "表三各申请人列全部空白，而“总计”列填有数字：{count} 个单元格空白。",
            "Table 3: every applicant column is blank while the total column holds numbers ({count} blank cells)."),
        ["ColumnBlankOnRows"] = (
            "表三{scopeZh}在 {count} 行空白，而表中其他单元格有数：{rowsZh}。因这些空白按 0 计算而不成立的 {failed} 个等式（{checks}）不报为错误；空白不等于零，请核实。",
            "Table 3{scopeEn} is blank on {count} rows while other cells hold numbers: {rowsEn}. The {failed} identities that fail only because these blanks were taken as 0 ({checks}) are not reported as errors; blank is not zero, please confirm."),
        ["CellBlankImplied"] = (
            "{labelZh} 空白，而 {checks} 表明其值应为 {value}：疑为漏填。",
            "{labelEn} is blank, but {checks} imply it should be {value}: probably left out."),
        ["BlankLeftUnchecked"] = (
            "{tableZh}有 {failed} 个等式只因空白单元格按 0 计算而不成立，未予判定：{checks}。空白单元格：{cells}。",
            "{tableEn}: {failed} identities fail only because blank cells were taken as 0 and were left unchecked: {checks}. Blank cells: {cells}."),
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
            "{agency} {year} 年报告的“上年结转”（{column}）为 {actual}，而 {previousYear} 年报告的“结转下年度继续办理”为 {expected}，相差 {difference}（上年报告：{previousSource}）。{blanksZh}",
            "{agency}: applications carried over into {year} ({column}) are {actual}, but the {previousYear} report carried forward {expected}, difference {difference} (previous report: {previousSource}).{blanksEn}"),
        ["ChannelAboveTotal"] = (
            "{channelZh} 为 {actual} 条，多于去重后的主动公开政府信息数 {expected} 条（相同信息计1条，总数不应小于任一渠道）。",
            "{channelEn} is {actual}, more than the deduplicated total of information published, {expected} (an item counts once, so the total cannot be below any channel)."),
        ["TotalAboveChannels"] = (
            "主动公开政府信息数 {actual} 条，多于各渠道之和 {expected} 条。",
            "Information published ({actual}) exceeds the sum of the channels ({expected})."),
        ["AnsweredNotClosed"] = (
            "申请答复数 {actual} 与申请办结数 {expected} 不一致。",
            "Applications answered ({actual}) differ from applications closed ({expected})."),
        ["ClosedAboveReceived"] = (
            "申请办结数 {actual} 多于收到申请数 {expected}：表中无上年结转行，请核实是否有上年未办结的申请。",
            "Applications closed ({actual}) exceed applications received ({expected}); the table has no carried-over row, so check for last year's pending applications."),
        ["NarrativeTableMismatch"] = (
            "正文称“{stated}”，而表中 {cellsZh} 为 {table}。{certaintyZh}",
            "The prose states {stated}, but the table has {table} in {cells}.{certaintyEn}"),
        ["NarrativeBelowApproximate"] = (
            "正文称约“{stated}”，而表中 {cellsZh} 仅为 {table}。",
            "The prose states about {stated}, but the table has only {table} in {cells}."),
        ["NarrativePartsMismatch"] = (
            "正文总数“{total}”与其分项 {parts} 之和 {expected} 不符。",
            "The prose total {total} does not equal its parts {parts} = {expected}."),
        ["NarrativePartsExceed"] = (
            "正文总数“{total}”小于其所列分项（以“等”结尾）{parts} 之和 {expected}。",
            "The prose total {total} is below the sum of its listed parts (ending in 等) {parts} = {expected}."),
        ["NarrativePercentMismatch"] = (
            "正文“{part}”所附百分比 {printed}% 与 {part} ÷ {base} = {exact}% 不符（按印出的小数位四舍五入或截断均不成立）。",
            "The percentage {printed}% printed with {part} does not match {part} / {base} = {exact}% (neither rounded nor truncated to its printed decimals)."),
        ["NarrativeStatedTwice"] = (
            "同一数量在正文中出现两个数值：“{first}”（{firstAt}）与“{second}”（{secondAt}）。",
            "The prose states the same quantity twice with different values: {first} ({firstAt}) and {second} ({secondAt})."),
        ["NarrativePlaceholder"] = (
            "正文中有未填写的数字占位“{raw}”。",
            "The prose keeps an unfilled number placeholder \"{raw}\"."),
        ["AllUpheldContradicted"] = (
            "正文称“{phrase}”，但表中有纠正或未审结的案件：{cells}。",
            "The prose claims \"{phrase}\", but the table shows corrected or pending cases: {cells}."),
        ["NarrativePartsShort"] = (
            "正文总数“{total}”大于其“其中”所列分项 {parts} 之和 {expected}：若所列并非全部分项，请忽略，否则请核对。",
            "The prose total {total} is above the sum of the parts listed after 其中 {parts} = {expected}: fine if the list names only some kinds, otherwise check it."),
        ["Parse"] = ("{detailZh}", "{detailEn}"),
        ["CrossIdentityMismatch"] = (
            "{agency} {year} 年报告：{titleZh}不成立{scopeZh}：应为 {expected}，实为 {actual}，相差 {difference}（上年报告：{previousSource}）。{blanksZh}",
            "{agency} {year}: {titleEn} does not hold{scopeEn}: expected {expected} from the {previousYear} report, found {actual}, difference {difference} (previous report: {previousSource}).{blanksEn}"),
        ["CopiedTable"] = (
            "{agency} {year} 年报告的{tableZh}与 {previousYear} 年报告逐一相同（{count} 个数字，{nonZero} 个本年数字非零），疑为照搬上年（上年报告：{previousSource}）。",
            "{agency} {year}: every number of {tableEn} ({count}, {nonZero} non-zero figures of the year) is the same as in the {previousYear} report; copied forward? (previous report: {previousSource})"),
        ["CopiedParagraphs"] = (
            "{agency} {year} 年报告有 {count} 段含数字的文字除年份外与 {previousYear} 年报告相同，例如“{excerpt}”（上年报告：{previousSource}）。",
            "{agency} {year}: {count} paragraphs stating numbers are the same as in the {previousYear} report but for the years, e.g. \"{excerpt}\" (previous report: {previousSource})."),
        ["PendingCases"] = (
            "{agency} {previousYear} 年报告中{groupZh}尚未审结 {expected} 件；请核对 {year} 年报告是否反映其结果（{year} 年{groupZh}总计 {total}；上年报告：{previousSource}）。",
            "{agency}: the {previousYear} report has {expected} {groupEn} cases pending; check that the {year} report accounts for them ({year} total: {total}; previous report: {previousSource})."),
        ["MissingYear"] = (
            "{agency} 有 {before} 年与 {after} 年的报告，缺少 {missing} 年，跨年核对无法跨越这一缺口（{before} 年报告：{previousSource}）。",
            "{agency} has reports for {before} and {after} but not for {missing}; the cross-year checks cannot bridge the gap ({before} report: {previousSource})."),
        ["AggregateMismatch"] = (
            "{parent} {year} 年报告的{figureZh}为 {actual}，而 {count} 个组成机关报告之和为 {expected}，相差 {difference}，超过 5%。组成报告：{children}。",
            "{parent} {year}: {figureEn} is {actual}, but the {count} reports that make it up add up to {expected}, difference {difference}, above 5 %. Parts: {children}."),
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
        "titleZh" => rule?.TitleZh ?? finding.Arguments.GetValueOrDefault("titleZh") ?? finding.RuleId,
        "titleEn" => rule?.TitleEn ?? finding.Arguments.GetValueOrDefault("titleEn") ?? finding.RuleId,
        "expected" => Format(finding.Expected),
        "actual" => Format(finding.Actual),
        "cellLabelsZh" => string.Join("；", finding.Cells.Select(c => c.Label)),
        "cellLabelsEn" => string.Join("; ", finding.Cells.Select(c => c.GetLabel("en"))),
        "difference" => finding.Difference is { } d ? (d > 0 ? "+" : string.Empty) + Format(d) : string.Empty,
        _ => finding.Arguments.TryGetValue(name, out var value) ? value : string.Empty,
    };

    private static string Format(decimal? value) =>
        value is { } v ? Rules.Engine.MessageArguments.Format(v) : string.Empty;
}
