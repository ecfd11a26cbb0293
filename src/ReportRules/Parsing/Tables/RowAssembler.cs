using ReportRules.Parsing.Text;

namespace ReportRules.Parsing.Tables;

/// <summary>
/// Puts the tokenised lines of one table together into rows. Decides the layout first: one row per line
/// (Markdown/<c>|</c> rows, structured rows, PDF text "label n n n"), or one cell per line (label line, then its
/// value lines; empty cells shown as <c>|</c> or as empty lines, or dropped altogether).
/// </summary>
internal static class RowAssembler
{
    public static (TableLayout Layout, List<AssembledRow> Rows) Assemble(IReadOnlyList<TokenLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rowLines = 0;
        var cellLines = 0;
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.Row && line.Values.Count >= 2)
            {
                rowLines++;
            }
            else if (line.Kind == LineKind.Cell)
            {
                cellLines++;
            }
        }

        return rowLines >= cellLines && rowLines > 0
            ? (TableLayout.RowPerLine, RowPerLine(lines))
            : (TableLayout.CellPerLine, CellPerLine(lines));
    }

    /// <summary>Gets the value cells of a table in printed order, whatever the layout (for Table 4, read positionally).</summary>
    /// <param name="lines">The table's lines.</param>
    /// <returns>The value cells, and whether empty cells are shown.</returns>
    public static (List<CellToken> Values, bool Complete) Values(IReadOnlyList<TokenLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var (layout, rows) = Assemble(lines);
        var values = new List<CellToken>();
        var complete = true;
        foreach (var row in rows)
        {
            var hasNumber = row.Values.Any(v => NumberReader.Read(v.Text, null).Kind != Model.CellKind.Blank);
            if (layout == TableLayout.RowPerLine && !hasNumber && !row.Complete)
            {
                continue;
            }

            // A structured header row ("行政复议 | | | …" with the cells under its span left empty) has a label and no
            // number; the data row of a structured table has no label (an all-blank one is a blank template's row).
            if (row.Structured && !hasNumber && row.Label.Length > 0)
            {
                continue;
            }

            values.AddRange(row.Values);
            complete &= row.Complete;
        }

        return (values, complete);
    }

    private static List<AssembledRow> RowPerLine(IReadOnlyList<TokenLine> lines)
    {
        var rows = new List<AssembledRow>();
        var pending = new List<string>();
        foreach (var line in lines)
        {
            switch (line.Kind)
            {
                case LineKind.Row:
                    // Detached label lines are only trusted for text rows (PDF text wraps labels onto the value line);
                    // in Markdown from PDFs they run together with other rows' labels.
                    rows.Add(new AssembledRow(line.Label, line.Values, line.Delimited, line.Location)
                    {
                        SpaceSplit = line.SpaceSplit,
                        Structured = line.Structured,
                        PendingLabels = line.Delimited ? [] : Reverse(pending),
                    });
                    pending.Clear();
                    break;
                case LineKind.Text when line.Label.Length > 0:
                    pending.Add(line.Label);
                    if (pending.Count > 12)
                    {
                        pending.RemoveAt(0);
                    }

                    break;
                default:
                    // Stray single values between rows (a page artefact) belong to no row.
                    break;
            }
        }

        return rows;
    }

    private static List<AssembledRow> CellPerLine(IReadOnlyList<TokenLine> lines)
    {
        // Empty lines are cells only when the text does not use them as separators between every line.
        var separated = true;
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Empty && lines[i - 1].Kind != LineKind.Empty)
            {
                separated = false;
                break;
            }
        }

        var rows = new List<AssembledRow>();
        var labels = new List<string>();
        var values = new List<CellToken>();
        var fromEmptyLine = new List<bool>();
        var complete = false;
        var delimited = false;
        Model.SourceLocation? start = null;

        void Close()
        {
            // Empty lines after a row's last value separate it from what follows (a trailing newline, a paragraph
            // break); only empty lines between values are cells.
            while (fromEmptyLine.Count > 0 && fromEmptyLine[^1])
            {
                values.RemoveAt(values.Count - 1);
                fromEmptyLine.RemoveAt(fromEmptyLine.Count - 1);
            }

            complete = delimited || fromEmptyLine.Contains(true);
            if (values.Count > 0 && start is not null)
            {
                var label = labels.Count > 0 ? labels[^1] : string.Empty;
                rows.Add(new AssembledRow(label, [.. values], complete, start) { PendingLabels = Reverse(labels) });
                labels.Clear();
            }

            values.Clear();
            fromEmptyLine.Clear();
            complete = false;
            delimited = false;
            start = null;
        }

        foreach (var line in lines)
        {
            switch (line.Kind)
            {
                case LineKind.Text:
                    if (values.Count > 0)
                    {
                        Close();
                    }

                    labels.Add(line.Label);
                    if (labels.Count > 12)
                    {
                        labels.RemoveAt(0);
                    }

                    start = line.Location;
                    break;
                case LineKind.Cell:
                    start ??= line.Location;
                    values.Add(line.Values[0]);
                    fromEmptyLine.Add(false);
                    delimited |= line.Delimited;
                    break;
                case LineKind.Empty when !separated && labels.Count > 0:
                    start ??= line.Location;
                    values.Add(new CellToken(string.Empty, line.Location));
                    fromEmptyLine.Add(true);
                    break;
                case LineKind.Row:
                    Close();
                    if (line.Label.Length > 0)
                    {
                        labels.Add(line.Label);
                    }

                    rows.Add(new AssembledRow(labels.Count > 0 ? labels[^1] : string.Empty, line.Values, line.Delimited, line.Location)
                    {
                        SpaceSplit = line.SpaceSplit,
                        Structured = line.Structured,
                        PendingLabels = Reverse(labels),
                    });
                    labels.Clear();
                    break;
                default:
                    break;
            }
        }

        Close();
        return rows;
    }

    private static List<string> Reverse(List<string> items)
    {
        var copy = new List<string>(items);
        copy.Reverse();
        return copy;
    }
}
