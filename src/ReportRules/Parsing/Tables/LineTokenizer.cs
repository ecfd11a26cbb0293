using ReportRules.Model;
using ReportRules.Parsing.Document;
using ReportRules.Parsing.Text;

namespace ReportRules.Parsing.Tables;

/// <summary>
/// Cuts one <see cref="DocLine"/> into a label and value cells. Structured rows (HTML, Word, PDF readers) keep their
/// cells; text lines are read as Markdown/<c>|</c> rows, <c>cell |</c> lines, a lone value, or a label followed by
/// numbers. Linear in the line length, no regular expressions.
/// </summary>
internal static class LineTokenizer
{
    /// <summary>The longest line read as table material; longer lines are prose.</summary>
    private const int MaxTableLine = 2000;

    public static TokenLine Tokenize(DocLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Cells is not null)
        {
            return FromCells(line);
        }

        var text = line.Text;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new TokenLine(LineKind.Empty, string.Empty, [], line.Location);
        }

        if (trimmed.Length > MaxTableLine)
        {
            return new TokenLine(LineKind.Text, trimmed[..MaxTableLine], [], line.Location);
        }

        if (IsOnly(trimmed, '|'))
        {
            // "|" alone is an empty cell in the "cell |" layout; "||", "||||" are row markers.
            return trimmed.Length == 1
                ? new TokenLine(LineKind.Cell, string.Empty, [new CellToken(string.Empty, At(line, text.IndexOf('|', StringComparison.Ordinal)))], line.Location) { Delimited = true }
                : new TokenLine(LineKind.Marker, string.Empty, [], line.Location);
        }

        var pipes = Count(trimmed, '|');
        if (pipes == 1 && trimmed[^1] == '|')
        {
            // "cell |": one cell per line.
            var cellText = trimmed[..^1].Trim();
            var start = text.IndexOf(cellText, StringComparison.Ordinal);
            return IsValue(cellText)
                ? new TokenLine(LineKind.Cell, string.Empty, [new CellToken(cellText, At(line, start))], line.Location) { Delimited = true }
                : new TokenLine(LineKind.Text, cellText, [], line.Location);
        }

        if (pipes >= 2 || (pipes == 1 && trimmed[0] == '|'))
        {
            return PipeRow(line);
        }

        return TextLine(line);
    }

    /// <summary>Gets whether a cell text is a value (number, not-applicable mark, or empty) rather than a label.</summary>
    public static bool IsValue(string text) => NumberReader.Read(text, null).Kind != CellKind.Unreadable;

    private static TokenLine FromCells(DocLine line)
    {
        var cells = new List<CellToken>();
        foreach (var cell in line.Cells!)
        {
            if (!cell.Spanned)
            {
                cells.Add(new CellToken(cell.Text.Trim(), cell.Location));
            }
        }

        return SplitStructured(cells, line.Location);
    }

    /// <summary>
    /// A structured row (HTML, Word, PDF) prints its label cells first and its values last, one cell per grid column,
    /// so label columns that are empty on this row (the group column under a rowspan that ended, the first column of
    /// a Table 2 sub-table drawn to the right) come before the label: the label is every non-value cell before the
    /// first printed value, with the empty label columns between them dropped; the values are the cells after it.
    /// A row with no label cell at all (Table 4's data row) is all values.
    /// </summary>
    private static TokenLine SplitStructured(List<CellToken> cells, SourceLocation location)
    {
        var labelEnd = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var text = cells[i].Text;
            if (text.Length == 0)
            {
                continue;
            }

            if (IsValue(text))
            {
                break;
            }

            labelEnd = i + 1;
        }

        var label = string.Join(" ", cells.Take(labelEnd).Select(c => c.Text).Where(t => t.Length > 0));
        var values = cells.Skip(labelEnd).ToList();
        return values.Count == 0
            ? new TokenLine(LineKind.Text, label, [], location) { Delimited = true, Structured = true }
            : new TokenLine(LineKind.Row, label, values, location) { Delimited = true, Structured = true };
    }

    private static TokenLine PipeRow(DocLine line)
    {
        var text = line.Text;
        var cells = new List<CellToken>();
        var segmentStart = 0;
        var first = true;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '|')
            {
                continue;
            }

            var segment = text[segmentStart..i];
            var isEdge = (first && segment.Trim().Length == 0) || (i == text.Length && segment.Trim().Length == 0);
            if (!isEdge)
            {
                var cellText = segment.Trim();
                var offset = cellText.Length == 0 ? 0 : segment.IndexOf(cellText, StringComparison.Ordinal);
                cells.Add(new CellToken(cellText, At(line, segmentStart + offset)));
            }

            first = false;
            segmentStart = i + 1;
        }

        if (cells.Count > 0 && cells.TrueForAll(c => IsSeparator(c.Text)))
        {
            return new TokenLine(LineKind.Marker, string.Empty, [], line.Location);
        }

        return Split(cells, line.Location, delimited: true);
    }

    private static TokenLine Split(List<CellToken> cells, SourceLocation location, bool delimited)
    {
        // Leading non-value cells are the label ("三、 | （一）予以公开 | 9 | …"); the rest are values.
        var labelEnd = 0;
        while (labelEnd < cells.Count && cells[labelEnd].Text.Length > 0 && !IsValue(cells[labelEnd].Text))
        {
            labelEnd++;
        }

        var label = string.Join(" ", cells.Take(labelEnd).Select(c => c.Text).Where(t => t.Length > 0));
        var values = cells.Skip(labelEnd).ToList();
        if (values.Count == 0)
        {
            return new TokenLine(LineKind.Text, label, [], location) { Delimited = delimited };
        }

        return new TokenLine(LineKind.Row, label, values, location) { Delimited = delimited };
    }

    private static TokenLine TextLine(DocLine line)
    {
        // Tokens split on spaces; the trailing run of numeric tokens are values, the rest is the label.
        var text = line.Text;
        var tokens = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !IsSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                tokens.Add((start, i));
            }
        }

        var firstValue = tokens.Count;
        while (firstValue > 0 && IsNumberToken(text[tokens[firstValue - 1].Start..tokens[firstValue - 1].End]))
        {
            firstValue--;
        }

        if (firstValue == tokens.Count)
        {
            return new TokenLine(LineKind.Text, text.Trim(), [], line.Location);
        }

        var values = tokens.Skip(firstValue).Select(t => new CellToken(text[t.Start..t.End], At(line, t.Start))).ToList();
        var label = firstValue == 0 ? string.Empty : text[..tokens[firstValue - 1].End].Trim();
        if (label.Length == 0 && values.Count == 1)
        {
            return new TokenLine(LineKind.Cell, string.Empty, values, line.Location);
        }

        return new TokenLine(LineKind.Row, label, values, line.Location) { SpaceSplit = true };
    }

    private static bool IsNumberToken(string token)
    {
        var cell = NumberReader.Read(token, null);
        return cell.Kind == CellKind.Number || (cell.Kind == CellKind.NotApplicable && token != "一");
    }

    private static bool IsSeparator(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not ('-' or ':' or ' '))
            {
                return false;
            }
        }

        return text.Contains("--", StringComparison.Ordinal) || text.Contains(":-", StringComparison.Ordinal);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0';

    private static bool IsOnly(string text, char c)
    {
        foreach (var ch in text)
        {
            if (ch != c)
            {
                return false;
            }
        }

        return true;
    }

    private static int Count(string text, char c)
    {
        var n = 0;
        foreach (var ch in text)
        {
            if (ch == c)
            {
                n++;
            }
        }

        return n;
    }

    private static SourceLocation At(DocLine line, int index) =>
        line.Location with { Column = line.Location.Column + Math.Max(0, index) };
}
