using ReportRules.Model;
using ReportRules.Parsing.Document;

namespace ReportRules.Parsing;

/// <summary>Reads the agency, report year and publication date from the title and first lines.</summary>
internal static class MetadataReader
{
    private const string TitleMarker = "政府信息公开";

    public static ReportMetadata Read(IReadOnlyList<DocLine> lines, ReportEdition edition, string? source)
    {
        string? agency = null;
        int? year = null;
        DateOnly? published = null;
        var scanned = 0;
        foreach (var line in lines)
        {
            if (++scanned > 200)
            {
                break;
            }

            var text = TextNormalizer.Normalize(line.Text).Trim().TrimStart('#', ' ').Trim();
            if (year is null && agency is null && TryTitle(text, out var titleAgency, out var titleYear))
            {
                agency = titleAgency;
                year = titleYear;
                continue;
            }

            if (published is null && (text.Contains("发布日期", StringComparison.Ordinal) || text.Contains("发布时间", StringComparison.Ordinal)))
            {
                published = FirstDate(text);
            }
        }

        return new ReportMetadata { Edition = edition, Agency = agency, Year = year, PublishedOn = published, Source = source };
    }

    /// <summary>Reads "XX人民政府2019年政府信息公开工作年度报告" style titles.</summary>
    internal static bool TryTitle(string text, out string? agency, out int? year)
    {
        agency = null;
        year = null;
        var marker = text.IndexOf(TitleMarker, StringComparison.Ordinal);
        if (marker < 0 || !text.Contains("年度报告", StringComparison.Ordinal) || text.Length > 80)
        {
            return false;
        }

        var yearEnd = text.LastIndexOf('年', marker);
        if (yearEnd >= 4 && int.TryParse(text.AsSpan(yearEnd - 4, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100)
        {
            year = y;
            var name = text[..(yearEnd - 4)].Trim(' ', '《', '"', '“');
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
