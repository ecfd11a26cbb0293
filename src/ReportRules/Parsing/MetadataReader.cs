using ReportRules.Model;
using ReportRules.Parsing.Document;

namespace ReportRules.Parsing;

/// <summary>Reads the agency, report year and publication date from the title and first lines.</summary>
internal static class MetadataReader
{
    private const string TitleMarker = "政府信息公开";

    public static ReportMetadata Read(IReadOnlyList<DocLine> lines, ReportEdition edition, string? source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string? agency = null;
        int? year = null;
        int? periodYear = null;
        DateOnly? published = null;
        var head = Math.Min(lines.Count, 200);
        for (var i = 0; i < head; i++)
        {
            var text = Compact(lines[i]);
            if (IsNavigation(text))
            {
                // A web page's breadcrumb ("当前位置：首页 » 政务公开 » 政府信息公开年度报告") names the section, not the report:
                // read as a title it would yield no year and hide the real title below it.
                continue;
            }

            if (year is null && agency is null && text.Length <= 80)
            {
                // A title may wrap: "2024 年上海市科委政府信息公开工作" / "年度报告".
                var next = i + 1 < head ? Compact(lines[i + 1]) : string.Empty;
                var title = !text.Contains("年度报告", StringComparison.Ordinal) && next.StartsWith("年度报告", StringComparison.Ordinal) ? text + next : text;
                if (TryTitle(title, out var titleAgency, out var titleYear))
                {
                    // A title split before the year: "龙潭区人民政府" / "2018年政府信息公开工作年度报告".
                    if (titleAgency is null && i > 0 && Compact(lines[i - 1]) is { Length: > 0 and <= 30 } previous &&
                        AgencyEndings.Any(e => previous.EndsWith(e, StringComparison.Ordinal)))
                    {
                        titleAgency = previous;
                    }

                    agency = titleAgency;
                    year = titleYear;
                    continue;
                }
            }

            if (published is null && (text.Contains("发布日期", StringComparison.Ordinal) || text.Contains("发布时间", StringComparison.Ordinal)))
            {
                published = FirstDate(lines[i].Normalized);
            }

            // 统计期限/统计周期 "自2019年1月1日至2019年12月31日"; or any "2019年1月1日".
            if (periodYear is null)
            {
                var jan1 = text.IndexOf("年1月1日", StringComparison.Ordinal);
                if (jan1 >= 4 && YearAt(text, jan1 - 4) is { } y)
                {
                    periodYear = y;
                }
            }
        }

        year ??= periodYear;
        var (signature, signed) = Signature(lines);
        agency ??= signature;
        published ??= signed;
        return new ReportMetadata { Edition = edition, Agency = agency, Year = year, PublishedOn = published, Source = source };
    }

    /// <summary>Reads the signature at the end: the agency on a short line, then the date ("临江市花山镇人民政府" / "2019年12月30日").</summary>
    private static (string? Agency, DateOnly? Date) Signature(IReadOnlyList<DocLine> lines)
    {
        string? agency = null;
        DateOnly? date = null;
        var seen = 0;
        for (var i = lines.Count - 1; i >= 0 && seen < 12; i--)
        {
            var text = Compact(lines[i]).Trim(Parentheses);
            if (text.Length == 0)
            {
                continue;
            }

            seen++;
            if (date is null && text.Length <= 12 && text.EndsWith('日') && FirstDate(text) is { } d)
            {
                date = d;
                continue;
            }

            if (text.Length <= 30 && AgencyEndings.Any(e => text.EndsWith(e, StringComparison.Ordinal)) && text.AsSpan().IndexOfAny(SignatureBreaks) < 0)
            {
                agency = text;
                break;
            }
        }

        return (agency, agency is null ? null : date);
    }

    private static readonly string[] NavigationMarkers = ["当前位置", "现在的位置", "您的位置", "所在位置", "当前页面"];

    private static readonly char[] NavigationSeparators = ['>', '»', '›', '→', '＞', '〉', '≫'];

    /// <summary>Gets whether a compacted line is site navigation: a breadcrumb ("当前位置：…", "首页 &gt; … &gt; …").</summary>
    /// <param name="text">The compacted (normalised, whitespace-free) line.</param>
    /// <returns>Whether the line is a breadcrumb or navigation line.</returns>
    internal static bool IsNavigation(string text)
    {
        if (text.Length == 0 || text.Length > 200)
        {
            return false;
        }

        if (NavigationMarkers.Any(m => text.StartsWith(m, StringComparison.Ordinal)))
        {
            return true;
        }

        // Two separators, or one after 首页: "首页>政务公开>年度报告", "首页»年度报告".
        var separators = text.Count(c => NavigationSeparators.Contains(c));
        return separators >= 2 || (separators == 1 && text.StartsWith("首页", StringComparison.Ordinal));
    }

    private static readonly string[] AgencyEndings = ["人民政府", "政府", "局", "委员会", "办公室", "厅", "院", "中心", "办事处", "委", "署"];

    private static readonly char[] Parentheses = ['(', ')'];

    private static readonly char[] TitleQuotes = [' ', '《', '"', '“'];

    private static readonly System.Buffers.SearchValues<char> SignatureBreaks = System.Buffers.SearchValues.Create("，。,:：|");

    /// <summary>Normalises and removes whitespace and Markdown heading marks (the line's shared compact form: no copy per call).</summary>
    private static string Compact(DocLine line) => line.Compact.TrimStart('#');

    private static int? YearAt(string text, int start) =>
        start >= 0 && start + 4 <= text.Length
        && int.TryParse(text.AsSpan(start, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
        && y is >= 2000 and <= 2100
        && (start == 0 || !char.IsAsciiDigit(text[start - 1]))
            ? y
            : null;

    /// <summary>Reads "XX人民政府2019年政府信息公开工作年度报告" style titles.</summary>
    internal static bool TryTitle(string text, out string? agency, out int? year)
    {
        agency = null;
        year = null;
        var marker = text.IndexOf(TitleMarker, StringComparison.Ordinal);
        if (marker < 0 || !text.Contains("年度报告", StringComparison.Ordinal) || text.Length > 80 || text.Contains('>', StringComparison.Ordinal) || text.Contains("专栏", StringComparison.Ordinal))
        {
            return false;
        }

        var yearEnd = text.LastIndexOf('年', marker);
        if (yearEnd >= 4 && int.TryParse(text.AsSpan(yearEnd - 4, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100)
        {
            year = y;
            var name = text[..(yearEnd - 4)].Trim(TitleQuotes);
            if (name.Length == 0)
            {
                // "2024年上海市科委政府信息公开工作年度报告": the agency follows the year.
                name = text[(yearEnd + 1)..marker].TrimStart('度').Trim();

                // "2018年荆门市人民政府信息公开工作年度报告": 人民政府 and 政府信息公开 share 政府.
                if (name.EndsWith("人民", StringComparison.Ordinal))
                {
                    name += "政府";
                }
            }

            agency = name.Length > 0 ? name : null;
            return true;
        }

        var name2 = text[..marker].Trim();
        agency = name2.Length > 0 ? name2 : null;
        return agency is not null;
    }

    private static DateOnly? FirstDate(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsAsciiDigit(text[i - 1])))
            {
                continue;
            }

            var j = i;
            var parts = new List<int>();
            while (parts.Count < 3 && j < text.Length)
            {
                var k = j;
                while (k < text.Length && char.IsAsciiDigit(text[k]) && k - j < 4)
                {
                    k++;
                }

                if (k == j)
                {
                    break;
                }

                parts.Add(int.Parse(text.AsSpan(j, k - j), System.Globalization.CultureInfo.InvariantCulture));
                if (k < text.Length && text[k] is '/' or '-' or '.' or '年' or '月')
                {
                    k++;
                }

                j = k;
            }

            if (parts.Count == 3 && parts[0] is >= 2000 and <= 2100 && parts[1] is >= 1 and <= 12 && parts[2] is >= 1 and <= 31 &&
                parts[2] <= DateTime.DaysInMonth(parts[0], parts[1]))
            {
                return new DateOnly(parts[0], parts[1], parts[2]);
            }
        }

        return null;
    }
}
