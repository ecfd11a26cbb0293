using System.Text;

namespace ReportRules.Tests.TestSupport;

/// <summary>Where a wrapped row label leaves its values, as <c>pdftotext -layout</c> prints them.</summary>
public enum LabelWrap
{
    /// <summary>The label's last piece shares the line with the values (the pieces before it are on the lines above).</summary>
    ValuesWithLastPiece,

    /// <summary>All label pieces first, then the values on a line of their own.</summary>
    ValuesAfterLabel,
}

/// <summary>
/// Turns a report rendered as <see cref="TextLayout.PipeRows"/> into text laid out like <c>pdftotext -layout</c>:
/// label, then values right-aligned in fixed-width columns separated by spaces (an empty cell is only spaces), row
/// labels longer than the label column wrapped over several lines. Like poppler, it counts characters, not display
/// width: every value of a column ends at the same character index.
/// </summary>
internal static class LayoutText
{
    private const int ValueWidth = 7;

    /// <summary>Longer than any form label, so unwrapped values start in one column too.</summary>
    private const int MaxLabel = 45;

    /// <summary>Lays out pipe rows with spaces.</summary>
    /// <param name="pipeRows">Text rendered with <see cref="TextLayout.PipeRows"/>.</param>
    /// <param name="labelWidth">The label column width in characters; longer labels wrap. 0 = never wrap.</param>
    /// <param name="wrap">Where a wrapped label leaves its values.</param>
    /// <returns>The laid-out text.</returns>
    public static string FromPipeRows(string pipeRows, int labelWidth, LabelWrap wrap)
    {
        var text = new StringBuilder();
        foreach (var line in pipeRows.Split('\n'))
        {
            if (!line.Contains(" | ", StringComparison.Ordinal))
            {
                text.Append(line).Append('\n');
                continue;
            }

            var cells = line.Split('|').Select(c => c.Trim()).ToList();
            if (cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            var label = cells[0];
            var values = cells.Skip(1).ToList();
            if (values.All(v => v.Length == 0 || !char.IsAsciiDigit(v[0])))
            {
                // A header row: cells spread over the line with wide gaps.
                text.Append("    ").Append(string.Join("     ", cells.Where(c => c.Length > 0))).Append('\n');
                continue;
            }

            var pieces = Wrap(label, labelWidth);
            var valueText = string.Concat(values.Select(v => v.PadLeft(ValueWidth)));
            var labelColumn = (labelWidth > 0 ? labelWidth : MaxLabel) + 6;
            for (var p = 0; p < pieces.Count - 1; p++)
            {
                text.Append("  ").Append(pieces[p]).Append('\n');
            }

            var last = pieces[^1];
            // A lone number on a line of its own is read as a stray page artefact, not a row (known limit): a row that
            // prints one number keeps it beside the label's last piece.
            if (wrap == LabelWrap.ValuesAfterLabel && pieces.Count > 1 && values.Count(v => v.Length > 0) > 1)
            {
                text.Append("  ").Append(last).Append('\n');
                last = string.Empty;
            }

            var head = "  " + last;
            text.Append(head).Append(new string(' ', Math.Max(3, labelColumn - head.Length))).Append(valueText).Append('\n');
        }

        return text.ToString();
    }

    private static List<string> Wrap(string label, int width)
    {
        if (width <= 0 || label.Length <= width)
        {
            return [label];
        }

        var pieces = new List<string>();
        for (var i = 0; i < label.Length; i += width)
        {
            pieces.Add(label.Substring(i, Math.Min(width, label.Length - i)));
        }

        return pieces;
    }
}
