namespace ReportRules.Parsing.Tables;

/// <summary>
/// Column gaps in text laid out with spaces (<c>pdftotext -layout</c>, fixed-width web text): a gap is a run of two or
/// more spaces, so a header line such as <c>总 计 结果 结果 其他       尚未     结果</c> is three cells, not one long
/// sentence. Linear in the line length.
/// </summary>
internal static class TextColumns
{
    /// <summary>A line with more printed characters than this and no column gap is running prose.</summary>
    private const int ProseLength = 60;

    /// <summary>Splits a line into the segments between column gaps.</summary>
    /// <param name="text">The line.</param>
    /// <returns>Start and end (exclusive) of each segment, left to right.</returns>
    public static List<(int Start, int End)> Segments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var start = i;
            var end = i;
            while (i < text.Length)
            {
                if (!IsSpace(text[i]))
                {
                    end = ++i;
                    continue;
                }

                var gap = i;
                while (i < text.Length && IsSpace(text[i]))
                {
                    i++;
                }

                if (i - gap >= 2 || text[gap] == '\u3000' || i >= text.Length)
                {
                    break;
                }
            }

            segments.Add((start, end));
        }

        return segments;
    }

    /// <summary>Gets whether a text line is running prose: long, and in one piece (no column gap).</summary>
    /// <param name="text">The line.</param>
    /// <returns><see langword="true"/> for prose.</returns>
    public static bool IsProse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var printed = 0;
        foreach (var c in text)
        {
            if (!IsSpace(c))
            {
                printed++;
            }
        }

        return printed > ProseLength && Segments(text).Count == 1;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0';
}
