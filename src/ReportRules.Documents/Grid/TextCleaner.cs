using System.Text;

namespace ReportRules.Documents.Grid;

/// <summary>Whitespace normalisation shared by the structured readers.</summary>
internal static class TextCleaner
{
    /// <summary>
    /// Collapses runs of white space (including no-break and ideographic spaces, which forms use to "fill" empty
    /// cells) into one ASCII space and trims the ends, so a cell holding only spaces reads as blank.
    /// </summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
