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
        string? labelAgency = null;
        for (var i = 0; i < head; i++)
        {
            var text = Compact(lines[i]);
            if (IsNavigation(text))
            {
                // A web page's breadcrumb ("当前位置：首页 » 政务公开 » 政府信息公开年度报告") names the section, not the report:
                // read as a title it would yield no year and hide the real title below it.
                continue;
            }

            // A page's or crawler's label line ("标题: …", "发布机构: …", "索引号: …"): the value after the label, never
            // the label, and a label that names no title (本地目录, 原文链接) never gives one.
            if (TryLabel(text, out var kind, out var value))
            {
                switch (kind)
                {
                    case LabelKind.Title when year is null && agency is null && TryTitle(value, out var labelTitleAgency, out var labelTitleYear):
                        agency = labelTitleAgency;
                        year = labelTitleYear;
                        break;
                    // "单位：万元" above a table is a unit, not an agency: only a name with an agency ending counts.
                    case LabelKind.Agency when labelAgency is null && IsAgencyName(value) && AgencyEndings.Any(e => value.EndsWith(e, StringComparison.Ordinal)):
                        labelAgency = value;
                        break;
                    case LabelKind.Date when published is null:
                        // From the normalised line, not the compact one: compacting would run the time into the day ("2020-01-1016:25").
                        published = FirstDate(lines[i].Normalized);
                        break;
                }

                continue;
            }

            if (year is null && agency is null && text.Length <= 80 && TitleAt(lines, i, head, text) is { } found)
            {
                agency = found.Agency;
                year = found.Year;
                i = found.LastLine;
                continue;
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
        agency ??= signature ?? labelAgency;
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

    /// <summary>What a label line states.</summary>
    internal enum LabelKind
    {
        /// <summary>A label whose value is neither title, agency nor date (索引号, 文号, 栏目, 原文链接 …).</summary>
        Other,

        /// <summary>The title of the page or document (标题, 名称, 文件名称).</summary>
        Title,

        /// <summary>The publishing agency (发布机构, 发文机关, 来源, 单位).</summary>
        Agency,

        /// <summary>A date of publication (发布日期, 发布时间, 公开日期, 成文日期).</summary>
        Date,
    }

    // Labels a page, a crawler or a collector prints in front of the article ("标题: …", "发布机构：…"); longest first
    // is not needed: each is matched only when a colon follows it at once.
    private static readonly (string Label, LabelKind Kind)[] Labels =
    [
        ("标题", LabelKind.Title), ("题目", LabelKind.Title), ("名称", LabelKind.Title), ("文件名称", LabelKind.Title),
        ("信息名称", LabelKind.Title), ("文章标题", LabelKind.Title),
        ("发布机构", LabelKind.Agency), ("发文机关", LabelKind.Agency), ("发文机构", LabelKind.Agency), ("发布单位", LabelKind.Agency),
        ("来源", LabelKind.Agency), ("信息来源", LabelKind.Agency), ("单位", LabelKind.Agency), ("生成机构", LabelKind.Agency),
        ("公开主体", LabelKind.Agency), ("发布部门", LabelKind.Agency),
        ("发布日期", LabelKind.Date), ("发布时间", LabelKind.Date), ("公开日期", LabelKind.Date), ("成文日期", LabelKind.Date),
        ("发文日期", LabelKind.Date), ("生成日期", LabelKind.Date), ("时间", LabelKind.Date), ("日期", LabelKind.Date),
        ("索引号", LabelKind.Other), ("文号", LabelKind.Other), ("发文字号", LabelKind.Other), ("栏目", LabelKind.Other),
        ("分类", LabelKind.Other), ("主题分类", LabelKind.Other), ("公开方式", LabelKind.Other), ("公开范围", LabelKind.Other),
        ("原文链接", LabelKind.Other), ("链接", LabelKind.Other), ("本地目录", LabelKind.Other), ("采集时间", LabelKind.Other),
        ("关键词", LabelKind.Other), ("主题词", LabelKind.Other), ("有效性", LabelKind.Other), ("体裁分类", LabelKind.Other),
        ("访问次数", LabelKind.Other), ("浏览次数", LabelKind.Other), ("作者", LabelKind.Other), ("字号", LabelKind.Other),
    ];

    /// <summary>Reads a label line: a known label, a colon, the value ("标题:平潭综合实验区2024年度…年度报告").</summary>
    /// <param name="text">The compacted (normalised, whitespace-free) line.</param>
    /// <param name="kind">What the label states.</param>
    /// <param name="value">The text after the colon (may be empty: "文号:").</param>
    /// <returns>Whether the line starts with a known label and a colon.</returns>
    internal static bool TryLabel(string text, out LabelKind kind, out string value)
    {
        kind = LabelKind.Other;
        value = string.Empty;
        var colon = text.IndexOf(':');
        if (colon is < 2 or > 6)
        {
            return false;
        }

        var label = text.AsSpan(0, colon).TrimStart('【').TrimEnd('】');
        foreach (var (name, labelKind) in Labels)
        {
            if (label.SequenceEqual(name))
            {
                kind = labelKind;
                value = text[(colon + 1)..];
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds a title starting at line <paramref name="i"/>, joining up to two wrapped lines after it.</summary>
    private static (string? Agency, int? Year, int LastLine)? TitleAt(IReadOnlyList<DocLine> lines, int i, int head, string text)
    {
        var joined = text;
        for (var last = i; ; last++)
        {
            if (TryTitle(joined, out var agency, out var year) && joined.Contains("年度报告", StringComparison.Ordinal))
            {
                // A title split before the year: "龙潭区人民政府" / "2018年政府信息公开工作年度报告".
                if (agency is null && i > 0 && Compact(lines[i - 1]) is { Length: > 0 and <= 30 } previous && IsAgencyName(previous) &&
                    AgencyEndings.Any(e => previous.EndsWith(e, StringComparison.Ordinal)))
                {
                    agency = previous;
                }

                return (agency, year, last);
            }

            // Join the next line only to a piece of a title: one that names the year, the 政府信息公开 marker or an
            // agency, and is no sentence ("正文" or "本年度报告根据《…" never starts a title).
            if (last - i >= 2 || last + 1 >= head || !IsTitlePiece(last == i ? text : joined))
            {
                return null;
            }

            var next = Compact(lines[last + 1]);
            if (next.Length == 0 || IsSentence(next) || joined.Length + next.Length > 80 || TryLabel(next, out _, out _))
            {
                return null;
            }

            joined += next;
        }
    }

    private static bool IsTitlePiece(string text) =>
        text.Length is > 0 and <= 60 && !IsSentence(text) && !text.Contains("年度报告", StringComparison.Ordinal) &&
        (text.Contains(TitleMarker, StringComparison.Ordinal) || TitleYear(text, text.Length).Year is not null ||
         AgencyEndings.Any(e => text.EndsWith(e, StringComparison.Ordinal)));

    /// <summary>Gets whether a compacted line reads as a sentence, not a title: sentence punctuation or a sentence opening.</summary>
    private static bool IsSentence(string text) =>
        text.AsSpan().IndexOfAny(SentencePunctuation) >= 0 ||
        text.StartsWith('本') || text.Contains("根据", StringComparison.Ordinal) || text.Contains("按照", StringComparison.Ordinal) ||
        text.Contains("依据", StringComparison.Ordinal) || text.Contains("以下简称", StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> NotInName = System.Buffers.SearchValues.Create("《》:<>/|");

    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("，。；！？,;!?、");

    /// <summary>Gets whether a text can be an agency name: short, no sentence, no quotation or label.</summary>
    private static bool IsAgencyName(string text) =>
        text.Length is >= 2 and <= 40 && !IsSentence(text) && text.AsSpan().IndexOfAny(NotInName) < 0 &&
        !text.Any(char.IsAsciiDigit);

    /// <summary>Reads the year that ends at the 年 at <paramref name="yearEnd"/>: "2019年" or "二〇一九年".</summary>
    private static (int? Year, int Start) YearBefore(string text, int yearEnd)
    {
        if (yearEnd < 4 || text[yearEnd] != '年')
        {
            return (null, -1);
        }

        if (YearAt(text, yearEnd - 4) is { } y)
        {
            return (y, yearEnd - 4);
        }

        var value = 0;
        for (var k = yearEnd - 4; k < yearEnd; k++)
        {
            var digit = ChineseDigit(text[k]);
            if (digit < 0)
            {
                return (null, -1);
            }

            value = (value * 10) + digit;
        }

        return value is >= 2000 and <= 2100 ? (value, yearEnd - 4) : (null, -1);
    }

    private static int ChineseDigit(char c) => c switch
    {
        '〇' or '○' or '零' or 'О' or 'O' or '0' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>Finds the last year ("2019年", "二〇一九年") whose 年 lies before <paramref name="end"/>; one pass.</summary>
    private static (int? Year, int Start, int YearEnd) TitleYear(string text, int end)
    {
        for (var k = Math.Min(end, text.Length) - 1; k >= 4; k--)
        {
            if (text[k] == '年' && YearBefore(text, k) is ({ } y, var start))
            {
                return (y, start, k);
            }
        }

        return (null, -1, -1);
    }

    /// <summary>Reads "XX人民政府2019年政府信息公开工作年度报告" style titles.</summary>
    /// <param name="text">The compacted title text; a label before a colon ("标题:") is dropped.</param>
    /// <param name="agency">The agency named in the title, when any.</param>
    /// <param name="year">The year named in the title ("2019年", "二〇一九年"), when any.</param>
    /// <returns>Whether the text reads as a report title (never a sentence).</returns>
    internal static bool TryTitle(string text, out string? agency, out int? year)
    {
        agency = null;
        year = null;
        ArgumentNullException.ThrowIfNull(text);

        // A title never holds a colon: what comes before one is a label ("标题:", "文章标题：").
        text = text[(text.LastIndexOf(':') + 1)..];
        var marker = text.IndexOf(TitleMarker, StringComparison.Ordinal);
        if (marker < 0 || !text.Contains("年度报告", StringComparison.Ordinal) || text.Length > 80 || text.Contains('>', StringComparison.Ordinal) ||
            text.Contains("专栏", StringComparison.Ordinal) || IsSentence(text))
        {
            return false;
        }

        var (titleYear, yearStart, yearEnd) = TitleYear(text, marker);
        if (titleYear is { } y)
        {
            year = y;
            var name = text[..yearStart].Trim(TitleQuotes);
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

            agency = IsAgencyName(name) ? name : null;
            return true;
        }

        var name2 = text[..marker].Trim(' ', '《', '"', '“');
        agency = IsAgencyName(name2) ? name2 : null;
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
