using System.Globalization;
using System.Text;

namespace ReportRules.Cli.Formatting;

/// <summary>
/// Makes text taken from an input (a file name, a report's title, a quoted sentence, an error naming the file) safe to
/// print: control characters (C0, DEL, C1: terminal escapes, OSC titles, forged line breaks) and the characters that
/// reorder text (bidi embeddings, overrides and isolates, the marks LRM/RLM/ALM, line and paragraph separators) become
/// visible escapes <c>\u001B</c>; CSV text fields that a spreadsheet would run as a formula get a leading <c>'</c>.
/// </summary>
/// <remarks>
/// A backslash is left as it is (Windows paths stay readable), so <c>\u001B</c> in the output is either an escape made
/// here or the same six characters in the input; the output never carries the character itself.
/// </remarks>
internal static class OutputSafety
{
    /// <summary>The first characters that make a spreadsheet read a CSV field as a formula (OWASP CSV injection).</summary>
    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>Whether <paramref name="c"/> must not reach an output as itself.</summary>
    /// <param name="c">A UTF-16 code unit.</param>
    /// <returns>True for controls and reordering characters.</returns>
    public static bool IsUnsafe(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c is '\u200E' or '\u200F' or '\u061C' or '\u2028' or '\u2029';

    /// <summary>The text with every unsafe character replaced by its visible escape; null stays null.</summary>
    /// <param name="text">Text taken from an input.</param>
    /// <returns>Text that prints as one line, in its own order, without terminal effects.</returns>
    public static string? Visible(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A CSV text field: visible escapes, then a leading <c>'</c> when it starts with <c>= + - @</c> (or a tab or
    /// carriage return, which the escapes already removed), so Excel, LibreOffice and Sheets show it as text.
    /// Numeric columns must not go through this: a negative difference stays a number.
    /// </summary>
    /// <param name="text">A text field taken from an input or a message.</param>
    /// <returns>The neutralised field, not yet quoted.</returns>
    public static string? CsvText(string? text)
    {
        var visible = Visible(text);
        return string.IsNullOrEmpty(visible) || FormulaStarts.IndexOf(visible[0], StringComparison.Ordinal) < 0
            ? visible
            : "'" + visible;
    }

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
