using ReportRules.Documents.Grid;
using ReportRules.Parsing.Document;

namespace ReportRules.Documents.Pdf;

/// <summary>
/// A table section's header block → header rows: each header word goes to the columns it covers; words over one
/// column make that column's leaf header, words over several (or a centred sub-table title) make a spanning row,
/// words over no column make the label header.
/// </summary>
internal static class PdfTableHeader
{
    public static void Emit(List<PdfTextLine> header, List<PdfColumn> columns, double[] bounds, double valueLeft, List<List<DocCell>> rows, int tableIndex, int firstLine, PdfLayoutSettings settings)
    {
        if (header.Count == 0)
        {
            return;
        }

        var slack = settings.EdgeSlack;
        var page = header[0].Page;
        var leaf = new string[columns.Count];
        Array.Fill(leaf, string.Empty);
        var label = string.Empty;
        var spanningRows = new List<(string Text, bool Label, int From, int To)>();
        var headerWords = header.SelectMany(l => l.Words).ToList();

        // A sub-table title (第二十条第（五）项): a one-piece header line centred on the table, with more header below it.
        var tableLeft = header.Min(l => l.Left);
        var tableRight = Math.Max(header.Max(l => l.Right), columns.Count > 0 ? columns[^1].Right : 0);
        var titles = header
            .Take(header.Count - 1)
            .Where(l => l.Words.Count == 1 && Math.Abs((l.Left + l.Right) / 2 - (tableLeft + tableRight) / 2) < settings.TitleCentreFraction * (tableRight - tableLeft))
            .SelectMany(l => l.Words)
            .ToHashSet();
        foreach (var word in headerWords.OrderByDescending(w => Math.Round(w.Top)).ThenBy(w => w.Left))
        {
            var inLabel = word.Left < valueLeft - slack && word.CenterX < valueLeft;
            var from = -1;
            var to = -1;
            for (var c = 0; c < columns.Count; c++)
            {
                if (word.Left < bounds[c + 1] - slack && word.Right > bounds[c] + slack && word.Right > valueLeft)
                {
                    from = from < 0 ? c : from;
                    to = c;
                }
            }

            if (from < 0)
            {
                label = PdfText.Concat(label, word.Text);
            }
            else if (titles.Contains(word))
            {
                spanningRows.Add((word.Text, true, 0, columns.Count - 1));
            }
            else if (from == to && !inLabel)
            {
                leaf[from] = PdfText.Concat(leaf[from], word.Text);
            }
            else
            {
                spanningRows.Add((word.Text, inLabel, from, to));
            }
        }

        foreach (var (text, inLabel, from, to) in spanningRows)
        {
            var location = PdfLayout.Cell(page, firstLine + rows.Count, tableIndex, rows.Count, 1);
            var row = new List<DocCell> { new(inLabel ? text : string.Empty, location) };
            for (var c = 0; c < columns.Count; c++)
            {
                var covered = c >= from && c <= to;
                row.Add(new DocCell(covered ? text : string.Empty, PdfLayout.Cell(page, firstLine + rows.Count, tableIndex, rows.Count, c + 2))
                {
                    Spanned = covered && (inLabel || c > from),
                });
            }

            rows.Add(row);
        }

        var leafRow = new List<DocCell> { new(label, PdfLayout.Cell(page, firstLine + rows.Count, tableIndex, rows.Count, 1)) };
        for (var c = 0; c < columns.Count; c++)
        {
            leafRow.Add(new DocCell(leaf[c], PdfLayout.Cell(page, firstLine + rows.Count, tableIndex, rows.Count, c + 2)));
        }

        rows.Add(leafRow);
    }
}
