using System.Globalization;
using ReportRules.Model;

namespace ReportRules.Parsing.Text;

/// <summary>
/// Reads one printed cell: <c>12</c>, <c>１２</c>, <c>1,234</c>, <c>14246.73万</c>, <c>251000元</c>, <c>增9</c>,
/// <c>减61</c>, <c>-3</c>, <c>+2</c>, <c>22（其中修订 16 件）</c>, <c>——</c>, <c>--</c>, <c>/</c>, <c>无</c>, blank.
/// Linear time, no regular expressions.
/// </summary>
internal static class NumberReader
{
    // Amount units, then count units longest first (NumberWords): "5人次" ends with 人次, not 次.
    private static readonly string[] Units = [.. NumberWords.AmountUnits, .. NumberWords.CountUnits];

    private static readonly System.Buffers.SearchValues<char> OpeningBrackets = System.Buffers.SearchValues.Create("(（[【");

    private static readonly char[] ClosingBrackets = [')', '）', ']', '】'];

    /// <summary>Reads a cell's text into a <see cref="CellValue"/>.</summary>
    /// <param name="raw">The cell text as printed.</param>
    /// <param name="location">Where it was read.</param>
    /// <param name="allowSigned">Whether 增/减/+/- signs are allowed (gb2019 本年增/减 cells and legacy deltas).</param>
    /// <returns>The cell.</returns>
    public static CellValue Read(string raw, SourceLocation? location, bool allowSigned = true)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = Clean(raw);
        if (text.Length == 0)
        {
            return new CellValue(CellKind.Blank, null, raw.Trim(), location);
        }

        if (IsNotApplicable(text))
        {
            return new CellValue(CellKind.NotApplicable, null, raw.Trim(), location);
        }

        // A note in brackets after the number: "22（其中修订 16 件）".
        string? note = null;
        var bracket = text.AsSpan().IndexOfAny(OpeningBrackets);
        if (bracket > 0)
        {
            note = text[(bracket + 1)..].TrimEnd(ClosingBrackets).Trim();
            text = text[..bracket].Trim();
        }

        var sign = 1m;
        var signed = false;
        if (text.Length > 0 && text[0] is '增' or '+')
        {
            signed = true;
            text = text[1..].Trim();
        }
        else if (text.Length > 0 && text[0] is '减' or '-' or '−' or '–')
        {
            signed = true;
            sign = -1m;
            text = text[1..].Trim();
        }

        string? unit = null;
        foreach (var candidate in Units)
        {
            if (text.EndsWith(candidate, StringComparison.Ordinal))
            {
                unit = candidate;
                text = text[..^candidate.Length].Trim();
                break;
            }
        }

        if ((signed && !allowSigned) || !TryParseDecimal(text, out var value))
        {
            return new CellValue(CellKind.Unreadable, null, raw.Trim(), location);
        }

        return new CellValue(CellKind.Number, sign * value, raw.Trim(), location)
        {
            Unit = NumberWords.IsCountUnit(unit) ? null : unit,
            Note = note,
        };
    }

    /// <summary>Gets whether text is a not-applicable mark: <c>/</c>, <c>-</c>, <c>--</c>, <c>—</c>, <c>——</c>, <c>无</c>, <c>－</c>, <c>N/A</c>.</summary>
    /// <param name="text">Cleaned text.</param>
    /// <returns><see langword="true"/> for a mark.</returns>
    public static bool IsNotApplicable(string text)
    {
        if (text is "无" or "N/A" or "n/a" or "NA" or "／" or "\\")
        {
            return true;
        }

        foreach (var c in text)
        {
            if (c is not ('/' or '-' or '—' or '–' or '－' or '─' or '一' or '_' or '━' or '―'))
            {
                return false;
            }
        }

        // A lone "一" is the digit one in words only in prose; in a cell it is a dash drawn with the ideograph.
        return text.Length > 0;
    }

    /// <summary>Gets whether a cleaned token looks like a number cell (digits with optional sign, unit, separators).</summary>
    /// <param name="raw">The text.</param>
    /// <returns><see langword="true"/> when <see cref="Read"/> would return a number.</returns>
    public static bool LooksNumeric(string raw) => Read(raw, null).Kind == CellKind.Number;

    /// <summary>Normalises full-width digits and punctuation, and trims spaces (including ideographic and no-break spaces).</summary>
    /// <param name="raw">The text.</param>
    /// <returns>The cleaned text.</returns>
    public static string Clean(string raw)
    {
        // Most cells hold nothing to map: then the text is only trimmed (which copies nothing when there is nothing to trim).
        var first = raw.AsSpan().IndexOfAny(CleanMapped);
        var mapped = first < 0 ? raw : string.Create(raw.Length, (raw, first), static (span, state) =>
        {
            var (source, from) = state;
            source.AsSpan(0, from).CopyTo(span);
            for (var i = from; i < source.Length; i++)
            {
                span[i] = CleanMap(source[i]);
            }
        });

        return mapped.Trim().Trim('|').Trim();
    }

    private static readonly System.Buffers.SearchValues<char> CleanMapped = System.Buffers.SearchValues.Create("０１２３４５６７８９．，＋％\u3000\u00A0\t");

    private static char CleanMap(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        '．' => '.',
        '，' => ',',
        '＋' => '+',
        '％' => '%',
        '\u3000' or '\u00A0' or '\t' => ' ',
        _ => c,
    };

    private static bool TryParseDecimal(string text, out decimal value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 40)
        {
            return false;
        }

        // Thousands separators only between digit groups of three: "1,234" but not "1,2".
        Span<char> digits = stackalloc char[40];
        var length = 0;
        var seenDot = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits[length++] = c;
            }
            else if (c == '.' && !seenDot && i > 0 && i < text.Length - 1)
            {
                seenDot = true;
                digits[length++] = '.';
            }
            else if (c == ',' && !seenDot && i > 0 && i + 3 < text.Length + 0 && IsGroup(text, i + 1))
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        return length > 0 && decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsGroup(string text, int start) =>
        start + 3 <= text.Length &&
        char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2]) &&
        (start + 3 == text.Length || text[start + 3] is ',' or '.');
}
