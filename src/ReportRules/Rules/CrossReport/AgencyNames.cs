using System.Text;

namespace ReportRules.Rules.CrossReport;

/// <summary>
/// How agency names are compared: the printed name normalised (full/half width folded, a label before a colon,
/// spaces and separators dropped, 办公厅 read as 办公室), and its <em>core</em>: the name without the higher administrative divisions printed
/// before it ("江苏省淮安市洪泽区人民政府" → "洪泽区人民政府"). The core always keeps one division, so a generic name such as
/// "人民政府" or "科学技术委员会" never stands for a particular agency. Linear in the length of the name.
/// </summary>
internal static class AgencyNames
{
    private const int MaxDivisionLength = 9;

    // A division name ends in one of these; a token ending in one of StopEndings is part of an agency name instead
    // ("住房和城乡建设局", "经济开发区管理委员会", "工业园区").
    private static readonly string[] DivisionEndings = ["自治区", "自治州", "自治县", "自治旗", "特别行政区", "地区", "街道", "新区", "省", "市", "州", "县", "区", "旗", "盟", "镇", "乡"];
    private static readonly string[] StopEndings = ["城乡", "园区", "开发区", "社区", "景区", "保护区", "试验区", "示范区", "合作区", "功能区", "集聚区", "校区", "片区", "小区", "辖区", "山区", "牧区", "矿区", "库区", "灾区", "商区"];

    /// <summary>Normalises a printed name; <see langword="null"/> when nothing is left.</summary>
    public static string? Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // A name never holds a colon: what comes before one is a label the page printed ("标题:平潭综合实验区").
        var folded = name.Normalize(NormalizationForm.FormKC);
        folded = folded[(folded.LastIndexOf(':') + 1)..];
        var text = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || c is '·' or '•' or '・' or '-' or '_' or '—' or '"' or '“' or '”' or '\'' or '《' or '》')
            {
                continue;
            }

            text.Append(c);
        }

        text.Replace("办公厅", "办公室");
        return text.Length == 0 ? null : text.ToString();
    }

    /// <summary>Gets the core of a normalised name: leading divisions dropped while another division follows.</summary>
    public static string Core(string normalized)
    {
        var start = 0;
        while (DivisionLength(normalized, start) is > 0 and var first &&
               DivisionLength(normalized, start + first) > 0)
        {
            start += first;
        }

        return normalized[start..];
    }

    /// <summary>Gets whether <paramref name="shorter"/> is <paramref name="longer"/> without some leading divisions.</summary>
    public static bool IsPrefixDrop(string longer, string shorter)
    {
        if (longer.Length <= shorter.Length || !longer.EndsWith(shorter, StringComparison.Ordinal) || DivisionLength(shorter, 0) == 0)
        {
            return longer == shorter;
        }

        var start = 0;
        var end = longer.Length - shorter.Length;
        while (start < end && DivisionLength(longer, start) is > 0 and var length)
        {
            start += length;
        }

        return start == end;
    }

    // The length of the division name starting at start (the shortest one that ends in a division ending, at least two
    // characters and leaving something after it), or 0.
    private static int DivisionLength(string name, int start)
    {
        var limit = Math.Min(name.Length - 1, start + MaxDivisionLength);
        for (var end = start + 2; end <= limit; end++)
        {
            foreach (var ending in DivisionEndings)
            {
                if (end - start < ending.Length + 1 || string.CompareOrdinal(name, end - ending.Length, ending, 0, ending.Length) != 0)
                {
                    continue;
                }

                // "广州市": the 州 of a name is not its end when an ending follows at once.
                if (ending.Length == 1 && IsSingleEnding(name[end]))
                {
                    continue;
                }

                if (EndsWithStop(name, start, end))
                {
                    return 0;
                }

                return end - start;
            }
        }

        return 0;
    }

    private static bool IsSingleEnding(char c) => c is '省' or '市' or '州' or '县' or '区' or '旗' or '盟' or '镇' or '乡';

    private static bool EndsWithStop(string name, int start, int end)
    {
        foreach (var stop in StopEndings)
        {
            var at = end - stop.Length;
            if (at >= start && string.CompareOrdinal(name, at, stop, 0, stop.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
