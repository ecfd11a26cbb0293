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
            var text = TextNormalizer.Normalize(line.Text);
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
