using System.Globalization;
using ReportRules.Documents.Grid;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Parsing.Document;
using ReportRules.Rules;

namespace ReportRules.Documents.Pdf;

/// <summary>
/// The lines of one table → grid rows: value lines are rows, the text lines reaching into the value area are headers
/// (one header block per section), every other label-area word goes to the row whose band holds it, and a row's cells
/// are its group labels, its own label, then one cell per value column.
/// </summary>
internal static class PdfTableRows
{
    public static List<DocLine> TableRows(List<PdfTextLine> lines, int tableIndex, int firstLine, List<Finding> diagnostics, PdfLayoutSettings settings, PdfLayoutTrace? trace)
    {
        var valueLines = new Dictionary<PdfTextLine, int>();
        foreach (var line in lines)
        {
            if (PdfLines.IsValueLine(line, settings, out var first))
            {
                valueLines[line] = first;
            }
        }

        var valueLeft = valueLines.Count == 0
            ? lines.Min(l => l.Left) + (lines.Max(l => l.Right) - lines.Min(l => l.Left)) * settings.DefaultLabelWidthFraction
            : valueLines.Min(p => p.Key.Words[p.Value].Left) - settings.EdgeSlack;

        // Header lines: text lines reaching into the value area, and the text lines straight above such a line
        // (a sub-table title such as 第二十条第（八）项 centred over a narrow label column, the 勾稽 note of Table 3).
        var headers = new HashSet<PdfTextLine>();
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (!valueLines.ContainsKey(line)
                && (line.Right > valueLeft + settings.EdgeSlack || (i + 1 < lines.Count && headers.Contains(lines[i + 1]))))
            {
                headers.Add(line);
            }
        }

        // Sections: a header block and the rows under it.
        var sections = new List<(List<PdfTextLine> Header, List<PdfTextLine> Body)>();
        foreach (var line in lines)
        {
            var isHeader = headers.Contains(line);
            if (sections.Count == 0 || (isHeader && sections[^1].Body.Count > 0))
            {
                sections.Add(([], []));
            }

            (isHeader ? sections[^1].Header : sections[^1].Body).Add(line);
        }

        var rows = new List<List<DocCell>>();
        foreach (var (header, body) in sections)
        {
            var columns = PdfColumns.Columns(header, body.Where(valueLines.ContainsKey).ToList(), valueLines, valueLeft, settings);
            var bounds = PdfColumns.Bounds(columns);
            if (trace is not null)
            {
                Trace(trace, tableIndex, header, body, columns);
            }

            PdfTableHeader.Emit(header, columns, bounds, valueLeft, rows, tableIndex, firstLine, settings);
            EmitBody(body, valueLines, bounds, columns.Count, rows, tableIndex, firstLine, diagnostics, settings, trace);
        }

        // Equal label width for every row: pad the label part at its front, so the most specific label stays last,
        // right before the values.
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var result = new List<DocLine>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var location = row.Count > 0 ? row[0].Location : new SourceLocation(firstLine + r, 1);
            while (row.Count < width)
            {
                row.Insert(0, new DocCell(string.Empty, location));
            }

            result.Add(GridBuilder.Row(row, new SourceLocation(firstLine + r, 1) { Page = location.Page, Detail = $"table {tableIndex + 1}, row {r + 1}" }, tableIndex));
        }

        return result;
    }

    private static void Trace(PdfLayoutTrace trace, int tableIndex, List<PdfTextLine> header, List<PdfTextLine> body, List<PdfColumn> columns)
    {
        foreach (var line in header)
        {
            trace.Headers.Add(new PdfTraceBox(line.Page, line.Box, $"table {tableIndex + 1} header"));
        }

        foreach (var page in header.Concat(body).GroupBy(l => l.Page))
        {
            var top = page.Max(l => l.Top);
            var bottom = page.Min(l => l.Bottom);
            for (var c = 0; c < columns.Count; c++)
            {
                trace.Columns.Add(new PdfTraceBox(page.Key, new PdfBox(columns[c].Left, bottom, columns[c].Right, top), $"table {tableIndex + 1}, column {c + 1}"));
            }
        }
    }

    private static void EmitBody(List<PdfTextLine> body, Dictionary<PdfTextLine, int> valueLines, double[] bounds, int columnCount, List<List<DocCell>> rows, int tableIndex, int firstLine, List<Finding> diagnostics, PdfLayoutSettings settings, PdfLayoutTrace? trace)
    {
        var anchors = body.Where(valueLines.ContainsKey).ToList();
        if (anchors.Count == 0)
        {
            foreach (var line in body)
            {
                rows.Add([new DocCell(line.Text, PdfLayout.Cell(line.Page, firstLine + rows.Count, tableIndex, rows.Count, 1))]);
            }

            return;
        }

        // Every label-area word goes to the value row whose band (halfway to the neighbouring rows) holds its centre.
        var labelWords = anchors.ToDictionary(a => a, a => a.Words.Take(valueLines[a]).ToList());
        foreach (var line in body.Where(l => !valueLines.ContainsKey(l)))
        {
            var nearest = anchors.Where(a => a.Page == line.Page).OrderBy(a => Math.Abs(a.CenterY - line.CenterY)).FirstOrDefault();
            if (nearest is null)
            {
                rows.Add([new DocCell(line.Text, PdfLayout.Cell(line.Page, firstLine + rows.Count, tableIndex, rows.Count, 1))]);
                continue;
            }

            labelWords[nearest].AddRange(line.Words);
        }

        var rowClusters = anchors.Select(a => PdfLabelGroups.LabelClusters(labelWords[a], settings)).ToList();
        var groups = PdfLabelGroups.Groups(anchors, rowClusters, settings);
        var slots = PdfLabelGroups.Slots(groups, settings);
        if (trace is not null)
        {
            trace.LabelGroups.AddRange(groups.Select(g => new PdfTraceBox(g.Page, new PdfBox(g.Left, g.Bottom, g.Right, g.Top), g.Text)));
        }

        for (var k = 0; k < anchors.Count; k++)
        {
            var anchor = anchors[k];
            var rowIndex = rows.Count;
            var lineNumber = firstLine + rowIndex;
            var labels = new List<DocCell>();
            for (var slot = 0; slot < slots.Count; slot++)
            {
                var group = PdfLabelGroups.GroupAt(groups, slots, slot, k, settings);
                labels.Add(new DocCell(group?.Text ?? string.Empty, PdfLayout.Cell(anchor.Page, lineNumber, tableIndex, rowIndex, slot + 1)) { Spanned = group is not null && group.FirstRow < k });
            }

            var own = rowClusters[k].Count > 0 ? PdfLabelGroups.ClusterText(rowClusters[k][^1]) : string.Empty;
            labels.Add(new DocCell(own, PdfLayout.Cell(anchor.Page, lineNumber, tableIndex, rowIndex, slots.Count + 1)));
            trace?.Rows.Add(new PdfTraceBox(anchor.Page, anchor.Box, $"table {tableIndex + 1}, row {rowIndex + 1}: {own}"));

            var pieces = new List<PdfWord>[columnCount];
            foreach (var word in anchor.Words.Skip(valueLines[anchor]))
            {
                var c = PdfColumns.ColumnOf(word.CenterX, bounds);
                (pieces[c] ??= []).Add(word);
            }

            var row = new List<DocCell>(labels);
            for (var c = 0; c < columnCount; c++)
            {
                var location = PdfLayout.Cell(anchor.Page, lineNumber, tableIndex, rowIndex, labels.Count + c + 1);
                row.Add(new DocCell(CellText(pieces[c], location, diagnostics), location));
            }

            rows.Add(row);
        }
    }

    private static string CellText(List<PdfWord>? words, SourceLocation location, List<Finding> diagnostics)
    {
        if (words is null || words.Count == 0)
        {
            return string.Empty;
        }

        var ordered = words.OrderBy(w => w.Left).ToList();
        var raw = string.Join(' ', ordered.Select(w => w.Text));
        if (!PdfText.AreDigitPieces(ordered))
        {
            return raw;
        }

        // One cell by position, several words in the layer: the digits of one number ("202 3" → 2023).
        var joined = string.Concat(ordered.Select(w => w.Text));
        diagnostics.Add(ReportParser.Diagnostic(
            RuleIds.Parse6,
            string.Create(CultureInfo.InvariantCulture, $"the text layer splits \"{raw}\" inside one cell (page {location.Page}, {location.Detail}); read as {joined}"),
            $"文字层在同一单元格内将“{raw}”分开（第 {location.Page} 页，{location.Detail}），按 {joined} 读取。",
            location,
            raw));
        return joined;
    }
}
