using ReportRules.Model;
using ReportRules.Parsing.Document;

namespace ReportRules.Parsing;

/// <summary>
/// Detects the edition from the table headers (format-spec §1.1), not from the cited document number.
/// </summary>
internal static class EditionDetector
{
    private static readonly string[] Gb2021Signals = ["本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额", "逾期不补正", "逾期未按收费通知"];
    private static readonly string[] Gb2019Signals = ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "政府集中采购"];
    private static readonly string[] NationalSignals = ["本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "结转下年度继续办理", "本年度办理结果", "尚未审结", "申请人情况"];
    private static readonly string[] Legacy2014Signals = ["统计指标", "收到申请数", "申请办结数", "申请答复数", "不同渠道和方式公开相同信息计1条", "主动公开政府信息数"];
    private static readonly string[] Legacy2008Signals = ["依申请公开政府信息", "不予公开政府信息", "政府信息公开", "年度报告"];

    public static ReportEdition Detect(IReadOnlyList<DocLine> lines)
    {
        int gb2021 = 0, gb2019 = 0, national = 0, legacy = 0, narrative = 0;
        foreach (var line in lines)
        {
            var text = line.Normalized;
            gb2021 += Count(text, Gb2021Signals);
            gb2019 += Count(text, Gb2019Signals);
            national += Count(text, NationalSignals);
            // Legacy tables letter-space their header ("统 计 指 标"), so their signals are matched without spaces.
            legacy += Count(text.Replace(" ", string.Empty, StringComparison.Ordinal), Legacy2014Signals);
            narrative += Count(text, Legacy2008Signals);
        }

        if (national > 0 || gb2021 + gb2019 >= 2)
        {
            if (gb2021 > gb2019)
            {
                return ReportEdition.Gb2021;
            }

            if (gb2019 > gb2021)
            {
                return ReportEdition.Gb2019;
            }

            // Table 3 alone cannot tell the editions apart except by the split 其他处理 rows, counted in gb2021 signals.
            return national > 0 ? ReportEdition.Gb2021 : ReportEdition.Unknown;
        }

        if (legacy >= 2)
        {
            return ReportEdition.Legacy2014;
        }

        return narrative >= 2 ? ReportEdition.Legacy2008 : ReportEdition.Unknown;
    }

    /// <summary>
    /// Infers the national edition of a report whose tables were not found (detected as narrative-only legacy2008):
    /// a report citing 国办公开办函〔2021〕30号 or of 2021 or later follows gb2021; one of 2019–2020, or citing the
    /// revised regulation (国务院令第711号) without a year, follows gb2019. Earlier or undated reports citing neither
    /// stay as detected (<see langword="null"/>).
    /// </summary>
    /// <param name="lines">The report lines.</param>
    /// <param name="year">The report year, when known.</param>
    /// <returns>The edition and why, or <see langword="null"/>.</returns>
    public static (ReportEdition Edition, string ReasonZh, string ReasonEn)? InferWithoutTables(IReadOnlyList<DocLine> lines, int? year)
    {
        bool cites2021Form = false, citesRegulation = false;
        foreach (var line in lines)
        {
            var text = line.Compact;
            var at = text.IndexOf("国办公开办函", StringComparison.Ordinal);
            if (at >= 0)
            {
                // 〔2021〕30号 in any bracket style: the year and the number within the next few characters.
                var tail = text.AsSpan(at + "国办公开办函".Length, Math.Min(12, text.Length - at - "国办公开办函".Length));
                cites2021Form |= tail.Contains("2021", StringComparison.Ordinal) && tail.Contains("30号", StringComparison.Ordinal);
            }

            citesRegulation |= text.Contains("国务院令第711号", StringComparison.Ordinal);
        }

        var yearZh = year is { } y ? $"报告年度 {y}" : null;
        var yearEn = year is { } y2 ? $"the report year {y2}" : null;
        if (cites2021Form)
        {
            return (ReportEdition.Gb2021, Join(yearZh, "引用国办公开办函〔2021〕30号"), Join(yearEn, "the citation of 国办公开办函〔2021〕30号"));
        }

        if (year >= 2021)
        {
            return (ReportEdition.Gb2021, yearZh!, yearEn!);
        }

        if (year is >= 2019 and <= 2020 || (year is null && citesRegulation))
        {
            return (ReportEdition.Gb2019, Join(yearZh, citesRegulation ? "引用国务院令第711号" : null), Join(yearEn, citesRegulation ? "the citation of 国务院令第711号" : null));
        }

        return null;

        static string Join(string? a, string? b) => a is null ? b! : b is null ? a : a + "、" + b;
    }

    private static int Count(string text, string[] signals)
    {
        var count = 0;
        foreach (var signal in signals)
        {
            if (text.Contains(signal, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}
