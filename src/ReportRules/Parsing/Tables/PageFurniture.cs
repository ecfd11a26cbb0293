using ReportRules.Parsing.Document;

namespace ReportRules.Parsing.Tables;

/// <summary>
/// Page furniture: printed page numbers (<c>— 5 —</c>, <c>-5-</c>, <c>- 5 -</c>, <c>第5页 共12页</c>, <c>5/12</c>) and
/// running headers at the top of the next page (the report title, or a table header repeated where the table goes on).
/// Text extracted from a PDF (pdftotext, Markdown converters) keeps them between table rows, where they would be read
/// as values or labels. One classifier, used by every format: <see cref="Strip"/> drops them from the lines before
/// anything reads them, and the PDF reader asks <see cref="IsPageNumber"/> about lines in the page margins.
/// Linear in the text length, no regular expressions.
/// </summary>
internal static class PageFurniture
{
    /// <summary>The longest line (without spaces) taken as a running header or page number.</summary>
    private const int MaxFurnitureLength = 80;

    /// <summary>The shortest line taken as a repeated table header: shorter ones ("其他", "合计") are row labels that recur.</summary>
    private const int MinHeaderLength = 4;

    /// <summary>The shortest title line: a report title names the agency, the year and the report.</summary>
    private const int MinTitleLength = 6;

    /// <summary>How many of the first non-empty lines may form the report title that running headers repeat.</summary>
    private const int TitleLines = 3;

    /// <summary>
    /// Gets whether one line's text is a printed page number: a number between dashes (<c>-5-</c>, <c>— 5 —</c>),
    /// <c>第5页</c> with or without <c>共12页</c> (either order), <c>5/12</c>, <c>Page 5 of 12</c>, each optionally
    /// between dashes. A bare number (<c>5</c>) counts only with <paramref name="allowBare"/>, for a caller that knows
    /// the line sits in a page margin: in running text a lone number is a table cell.
    /// </summary>
    /// <param name="text">The line text.</param>
    /// <param name="allowBare">Whether a bare 1–4 digit number counts.</param>
    /// <returns><see langword="true"/> for a page number.</returns>
    public static bool IsPageNumber(string text, bool allowBare = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxFurnitureLength * 2)
        {
            return false;
        }

        var s = Compact(text);
        if (s.Length == 0 || s.Length > MaxFurnitureLength)
        {
            return false;
        }

        var start = 0;
        var end = s.Length;
        while (start < end && IsDash(s[start]))
        {
            start++;
        }

        while (end > start && IsDash(s[end - 1]))
        {
            end--;
        }

        var dashed = start > 0 && end < s.Length;
        if ((start > 0) != (end < s.Length))
        {
            // "-5" is a signed value, "5-" a range end: a page number is dashed on both sides or not at all.
            return false;
        }

        var core = s[start..end];
        if (core.Length == 0)
        {
            return false;
        }

        if (IsSmallNumber(core))
        {
            return dashed || allowBare;
        }

        return IsChinesePageMark(core) || IsFraction(core) || IsEnglishPageMark(core);
    }

    /// <summary>
    /// Drops page furniture from the text lines (structured table rows are kept as they are): page-number lines, a
    /// form feed starting a line, and at the top of a page (after a page number or a form feed) lines that repeat the
    /// report title, or repeat an earlier line where a table goes on (the last content line before the break was a
    /// row of values). Other lines keep their source locations.
    /// </summary>
    /// <param name="lines">The document lines.</param>
    /// <param name="dropped">When given, receives every line dropped as furniture (the layout trace of <c>--debug-layout</c>).</param>
    /// <returns>The lines without furniture (the same list when there is none).</returns>
    public static IReadOnlyList<DocLine> Strip(IReadOnlyList<DocLine> lines, ICollection<DocLine>? dropped = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        List<DocLine>? kept = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var title = new HashSet<string>(StringComparer.Ordinal);
        var pageTop = false;
        var tableGoesOn = false;
        var lastWasValues = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Cells is not null)
            {
                Keep(i, line);
                pageTop = false;
                lastWasValues = true;
                continue;
            }

            var text = line.Text;
            var formFeed = text.Contains('\f', StringComparison.Ordinal);
            if (formFeed)
            {
                text = text.Replace("\f", string.Empty, StringComparison.Ordinal);
                line = line with { Text = text };
                pageTop = true;
                tableGoesOn = lastWasValues;
            }

            if (text.AsSpan().Trim().IsEmpty)
            {
                Keep(i, line, changed: formFeed);
                continue;
            }

            if (IsPageNumber(text))
            {
                Drop(i);
                pageTop = true;
                tableGoesOn = lastWasValues;
                continue;
            }

            var key = text.Length <= MaxFurnitureLength * 4 ? Compact(text) : string.Empty;
            var repeats = key.Length is > 0 and <= MaxFurnitureLength && seen.Contains(key);
            if (pageTop && repeats && (title.Contains(key) || (tableGoesOn && key.Length >= MinHeaderLength)) && !IsValues(line))
            {
                Drop(i);
                continue;
            }

            pageTop = false;
            if (key.Length is > 0 and <= MaxFurnitureLength)
            {
                if (seen.Count < TitleLines && key.Length >= MinTitleLength)
                {
                    title.Add(key);
                }

                seen.Add(key);
            }

            lastWasValues = IsValues(line);
            Keep(i, line, changed: formFeed);
        }

        return kept ?? lines;

        void Drop(int index)
        {
            dropped?.Add(lines[index]);
            kept ??= [.. lines.Take(index)];
        }

        void Keep(int index, DocLine line, bool changed = false)
        {
            if (kept is null && changed)
            {
                kept = [.. lines.Take(index)];
            }

            kept?.Add(line);
        }
    }

    private static bool IsValues(DocLine line)
    {
        var kind = LineTokenizer.Tokenize(line).Kind;
        return kind is LineKind.Row or LineKind.Cell;
    }

    /// <summary>The text without any whitespace, full-width digits and slash made ASCII.</summary>
    private static string Compact(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            chars[n++] = c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '／' => '/',
                _ => c,
            };
        }

        return new string(chars, 0, n);
    }

    private static bool IsDash(char c) => c is '-' or '－' or '—' or '–' or '‐' or '−' or '―' or '─' or '━' or '~' or '～' or '·' or '•';

    private static bool IsSmallNumber(ReadOnlySpan<char> s) => s.Length is >= 1 and <= 4 && IsDigits(s) && s[0] != '0';

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>第5页</c>, <c>第5页共12页</c>, <c>共12页第5页</c>, with an optional separator (<c>，</c>, <c>/</c>, <c>、</c>) between the parts.</summary>
    private static bool IsChinesePageMark(string s)
    {
        var pos = 0;
        var parts = 0;
        var sawNth = false;
        while (pos < s.Length)
        {
            if (parts > 0 && s[pos] is ',' or '，' or '/' or '、' or ';' or '；')
            {
                pos++;
                if (pos >= s.Length)
                {
                    return false;
                }
            }

            var lead = s[pos];
            if (lead is not ('第' or '共'))
            {
                return false;
            }

            if (lead == '第')
            {
                if (sawNth)
                {
                    return false;
                }

                sawNth = true;
            }

            pos++;
            var digits = pos;
            while (pos < s.Length && char.IsAsciiDigit(s[pos]))
            {
                pos++;
            }

            if (!IsSmallNumber(s.AsSpan(digits, pos - digits)) || pos >= s.Length || s[pos] != '页')
            {
                return false;
            }

            pos++;
            parts++;
            if (parts > 2)
            {
                return false;
            }
        }

        return sawNth;
    }

    /// <summary><c>5/12</c>: a page of a page count, the page not beyond the count.</summary>
    private static bool IsFraction(string s)
    {
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash != s.LastIndexOf('/'))
        {
            return false;
        }

        var page = s.AsSpan(0, slash);
        var count = s.AsSpan(slash + 1);
        return IsSmallNumber(page) && IsSmallNumber(count) && int.Parse(page, System.Globalization.CultureInfo.InvariantCulture) <= int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary><c>Page 5</c> or <c>Page 5 of 12</c> (spaces already removed).</summary>
    private static bool IsEnglishPageMark(string s)
    {
        if (!s.StartsWith("page", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = s.AsSpan(4);
        var of = rest.IndexOf("of", StringComparison.OrdinalIgnoreCase);
        return of < 0 ? IsSmallNumber(rest) : IsSmallNumber(rest[..of]) && IsSmallNumber(rest[(of + 2)..]);
    }
}
