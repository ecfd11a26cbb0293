using System.Globalization;
using ReportRules.Documents.Grid;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Parsing.Document;
using ReportRules.Parsing.Tables;
using ReportRules.Rules;

namespace ReportRules.Documents.Pdf;

/// <summary>
/// Rebuilds a PDF's paragraphs and table rows from word positions, never from text order (which in real reports
/// interleaves row labels and values). Lines are words sharing a baseline band; a table is the text inside the
/// ruled region drawn by the table borders; a value row is a line whose right-hand words are all numbers; columns
/// are the x clusters of the numbers plus the header cells above them; a row's label is every label-area word in
/// its vertical band (wrapped labels, group labels). A table whose region runs to the end of a page and goes on at
/// the top of the next page is one table. Digits that the text layer splits inside one cell are joined (PARSE-6).
/// </summary>
internal static class PdfLayout
{
    public static IReadOnlyList<DocLine> Build(IReadOnlyList<PdfPageContent> pages, List<Finding> diagnostics)
    {
        var blocks = new List<(PdfTextLine Line, int Region)>();
        foreach (var page in pages)
        {
            var regions = Regions(page.Rulings);
            foreach (var line in Lines(page))
            {
                blocks.Add((line, RegionOf(line, regions)));
            }
        }

        var output = new List<DocLine>();
        var paragraph = new List<PdfTextLine>();
        var tableLines = new List<PdfTextLine>();
        var tableIndex = 0;
        (int Page, int Region)? lastRegion = null;
        foreach (var (line, region) in blocks)
        {
            var inTable = region >= 0 || (tableLines.Count > 0 && IsValueLine(line, out _) && lastRegion?.Page == line.Page);
            if (inTable)
            {
                FlushParagraph();
                var continues = tableLines.Count > 0
                    && (lastRegion is not { } last || last.Page != line.Page || last.Region == region || region < 0);
                if (!continues && tableLines.Count > 0)
                {
                    FlushTable();
                }

                tableLines.Add(line);
                lastRegion = (line.Page, region);
                continue;
            }

            if (tableLines.Count > 0 && !(paragraph.Count == 0 && IsPageFurniture(line)))
            {
                FlushTable();
            }

            if (paragraph.Count > 0 && StartsParagraph(paragraph[^1], line))
            {
                FlushParagraph();
            }

            paragraph.Add(line);
        }

        FlushParagraph();
        FlushTable();
        return output;

        void FlushParagraph()
        {
            if (paragraph.Count == 0)
            {
                return;
            }

            var text = paragraph.Aggregate(string.Empty, (acc, l) => PdfText.Concat(acc, l.Text));
            output.Add(new DocLine(text, new SourceLocation(output.Count + 1, 1) { Page = paragraph[0].Page }));
            paragraph.Clear();
        }

        void FlushTable()
        {
            if (tableLines.Count == 0)
            {
                return;
            }

            output.AddRange(TableRows(tableLines, tableIndex++, output.Count + 1, diagnostics));
            tableLines.Clear();
            lastRegion = null;
        }
    }

    /// <summary>
    /// Groups a page's words into lines, top to bottom: a word joins a line when its box overlaps the line's tallest
    /// word vertically by half the smaller height (CJK punctuation boxes are small and low, so centres are not enough).
    /// Page numbers in the top and bottom margins are dropped.
    /// </summary>
    internal static IReadOnlyList<PdfTextLine> Lines(PdfPageContent page)
    {
        var lines = new List<(List<PdfWord> Words, PdfWord Anchor)>();
        foreach (var word in page.Words.Where(w => w.Text.Trim().Length > 0).OrderByDescending(w => w.Top).ThenBy(w => w.Left))
        {
            var index = -1;
            for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 4; i--)
            {
                var anchor = lines[i].Anchor;
                var overlap = Math.Min(anchor.Top, word.Top) - Math.Max(anchor.Bottom, word.Bottom);
                if (overlap >= 0.5 * Math.Min(anchor.Height, word.Height))
                {
                    index = i;
                    break;
                }
            }

            if (index < 0)
            {
                lines.Add(([word], word));
            }
            else
            {
                lines[index].Words.Add(word);
                if (word.Height > lines[index].Anchor.Height)
                {
                    lines[index] = (lines[index].Words, word);
                }
            }
        }

        var margin = page.Height * 0.08;
        return lines
            .Select(l => new PdfTextLine(page.Number, l.Words.OrderBy(w => w.Left).ToList()))
            .OrderByDescending(l => l.Top)
            .Where(l => !(IsPageFurniture(l) && (l.Top < margin || l.Bottom > page.Height - margin)))
            .ToList();
    }

    /// <summary>A page number as printed (the shared classifier); a bare number counts, as the caller knows where the line sits.</summary>
    private static bool IsPageFurniture(PdfTextLine line) => PageFurniture.IsPageNumber(line.Text, allowBare: true);

    private static bool StartsParagraph(PdfTextLine previous, PdfTextLine line)
    {
        // A first-line indent, a short previous line (end of paragraph or heading), or a change of font size.
        if (line.Page != previous.Page)
        {
            return line.Left > previous.Left + line.Height;
        }

        // A centred block of the same size (a title printed over two lines: agency, then year and report name) is one paragraph.
        var centred = Math.Abs((previous.Left + previous.Right) / 2 - (line.Left + line.Right) / 2) < line.Height
            && Math.Abs(previous.Height - line.Height) < 0.1 * line.Height
            && previous.Bottom - line.Top < 2 * line.Height
            && Math.Abs(previous.Left - line.Left) > line.Height;
        if (centred)
        {
            return false;
        }

        return line.Left > previous.Left + 0.8 * line.Height
            || previous.Right < line.Right - 2 * line.Height
            || Math.Abs(previous.Height - line.Height) > 0.25 * line.Height
            || previous.Bottom - line.Top > 1.5 * line.Height;
    }

    /// <summary>Merges ruling lines into table regions.</summary>
    internal static IReadOnlyList<PdfBox> Regions(IReadOnlyList<PdfBox> rulings)
    {
        var boxes = rulings.ToList();
        bool merged;
        do
        {
            merged = false;
            for (var i = 0; i < boxes.Count && !merged; i++)
            {
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    if (boxes[i].Touches(boxes[j], 3))
                    {
                        boxes[i] = boxes[i].Union(boxes[j]);
                        boxes.RemoveAt(j);
                        merged = true;
                        break;
                    }
                }
            }
        }
        while (merged);

        // A region needs area: a lone underline is not a table.
        return boxes.Where(b => b.Right - b.Left > 20 && b.Top - b.Bottom > 10).ToList();
    }

    private static int RegionOf(PdfTextLine line, IReadOnlyList<PdfBox> regions)
    {
        for (var i = 0; i < regions.Count; i++)
        {
            var r = regions[i];
            if (line.CenterY > r.Bottom && line.CenterY < r.Top && line.Left >= r.Left - 2 && line.Right <= r.Right + 2)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A value row: from some word on (after a cell-sized gap, or from the start) every word is a number or a
    /// not-applicable mark, and at least one is a number.
    /// </summary>
    internal static bool IsValueLine(PdfTextLine line, out int firstValue)
    {
        firstValue = -1;
        var words = line.Words;
        var start = words.Count;
        while (start > 0 && PdfText.IsValueToken(words[start - 1].Text))
        {
            start--;
        }

        // The label may end in a digit of its own ("2." is not a value; "第（六）项" has no digits): walk forward to a cell gap.
        while (start < words.Count && start > 0 && words[start].Left - words[start - 1].Right < 0.6 * line.Height)
        {
            start++;
        }

        if (start >= words.Count || !words.Skip(start).Any(w => PdfText.IsNumber(w.Text)))
        {
            return false;
        }

        firstValue = start;
        return true;
    }

    private sealed record Column(double Center, double Left, double Right);

    private static List<DocLine> TableRows(List<PdfTextLine> lines, int tableIndex, int firstLine, List<Finding> diagnostics)
    {
        var valueLines = new Dictionary<PdfTextLine, int>();
        foreach (var line in lines)
        {
            if (IsValueLine(line, out var first))
            {
                valueLines[line] = first;
            }
        }

        var valueLeft = valueLines.Count == 0
            ? lines.Min(l => l.Left) + (lines.Max(l => l.Right) - lines.Min(l => l.Left)) / 3
            : valueLines.Min(p => p.Key.Words[p.Value].Left) - 2;

        // Header lines: text lines reaching into the value area, and the text lines straight above such a line
        // (a sub-table title such as 第二十条第（八）项 centred over a narrow label column, the 勾稽 note of Table 3).
        var headers = new HashSet<PdfTextLine>();
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (!valueLines.ContainsKey(line)
                && (line.Right > valueLeft + 2 || (i + 1 < lines.Count && headers.Contains(lines[i + 1]))))
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
            var columns = Columns(header, body.Where(valueLines.ContainsKey).ToList(), valueLines, valueLeft);
            var bounds = Bounds(columns);
            EmitHeader(header, columns, bounds, valueLeft, rows, tableIndex, firstLine);
            EmitBody(body, valueLines, bounds, columns.Count, rows, tableIndex, firstLine, diagnostics);
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

    /// <summary>Value columns: x clusters of the numbers, plus header cells over positions where no number is printed.</summary>
    private static List<Column> Columns(List<PdfTextLine> header, List<PdfTextLine> valueRows, Dictionary<PdfTextLine, int> valueLines, double valueLeft)
    {
        var columns = new List<Column>();
        var words = valueRows.SelectMany(l => l.Words.Skip(valueLines[l])).OrderBy(w => w.CenterX).ToList();
        foreach (var word in words)
        {
            var last = columns.Count > 0 ? columns[^1] : null;
            if (last is not null && word.CenterX - last.Center <= Math.Max(4, 0.6 * word.Height) && word.Left < last.Right + word.Height)
            {
                columns[^1] = new Column(last.Center, Math.Min(last.Left, word.Left), Math.Max(last.Right, word.Right));
            }
            else
            {
                columns.Add(new Column(word.CenterX, word.Left, word.Right));
            }
        }

        // Joined digit pieces produce two nearby clusters inside one cell; merge clusters whose boxes nearly touch.
        for (var i = columns.Count - 1; i > 0; i--)
        {
            if (columns[i].Left - columns[i - 1].Right < 0.6 * valueRows.SelectMany(l => l.Words).Select(w => w.Height).DefaultIfEmpty(8).Min())
            {
                var a = columns[i - 1];
                var b = columns[i];
                columns[i - 1] = new Column((a.Left + b.Right) / 2, a.Left, b.Right);
                columns.RemoveAt(i);
            }
        }

        // Header cells standing over no number (a column left blank in every row) still make a column. Header words
        // are first put together into cells (stacked or split characters: 社/会/公/益 is one cell).
        var headerWords = header.SelectMany(l => l.Words).Where(w => w.Left >= valueLeft - 2).ToList();
        var spacing = Spacing(columns);
        foreach (var cell in LabelClusters(headerWords))
        {
            var left = cell.Min(w => w.Left);
            var right = cell.Max(w => w.Right);
            var overlapsAny = columns.Any(c => left < c.Right + 3 && right > c.Left - 3);
            var narrow = columns.Count < 2 || right - left < 2.5 * spacing;
            if (!overlapsAny && narrow)
            {
                columns.Add(new Column((left + right) / 2, left, right));
            }
        }

        return columns.OrderBy(c => c.Center).ToList();
    }

    private static double Spacing(List<Column> columns) =>
        columns.Count < 2 ? double.MaxValue : (columns[^1].Center - columns[0].Center) / (columns.Count - 1);

    /// <summary>Column k spans from the midpoint with its left neighbour to the midpoint with its right neighbour.</summary>
    private static double[] Bounds(List<Column> columns)
    {
        var bounds = new double[columns.Count + 1];
        bounds[0] = double.NegativeInfinity;
        for (var i = 1; i < columns.Count; i++)
        {
            bounds[i] = (columns[i - 1].Center + columns[i].Center) / 2;
        }

        bounds[columns.Count] = double.PositiveInfinity;
        return bounds;
    }

    private static int ColumnOf(double x, double[] bounds)
    {
        for (var i = 0; i < bounds.Length - 1; i++)
        {
            if (x >= bounds[i] && x < bounds[i + 1])
            {
                return i;
            }
        }

        return bounds.Length - 2;
    }

    private static void EmitHeader(List<PdfTextLine> header, List<Column> columns, double[] bounds, double valueLeft, List<List<DocCell>> rows, int tableIndex, int firstLine)
    {
        if (header.Count == 0)
        {
            return;
        }

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
            .Where(l => l.Words.Count == 1 && Math.Abs((l.Left + l.Right) / 2 - (tableLeft + tableRight) / 2) < 0.1 * (tableRight - tableLeft))
            .SelectMany(l => l.Words)
            .ToHashSet();
        foreach (var word in headerWords.OrderByDescending(w => Math.Round(w.Top)).ThenBy(w => w.Left))
        {
            var inLabel = word.Left < valueLeft - 2 && word.CenterX < valueLeft;
            var from = -1;
            var to = -1;
            for (var c = 0; c < columns.Count; c++)
            {
                if (word.Left < bounds[c + 1] - 2 && word.Right > bounds[c] + 2 && word.Right > valueLeft)
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
            var location = Cell(page, firstLine + rows.Count, tableIndex, rows.Count, 1);
            var row = new List<DocCell> { new(inLabel ? text : string.Empty, location) };
            for (var c = 0; c < columns.Count; c++)
            {
                var covered = c >= from && c <= to;
                row.Add(new DocCell(covered ? text : string.Empty, Cell(page, firstLine + rows.Count, tableIndex, rows.Count, c + 2))
                {
                    Spanned = covered && (inLabel || c > from),
                });
            }

            rows.Add(row);
        }

        var leafRow = new List<DocCell> { new(label, Cell(page, firstLine + rows.Count, tableIndex, rows.Count, 1)) };
        for (var c = 0; c < columns.Count; c++)
        {
            leafRow.Add(new DocCell(leaf[c], Cell(page, firstLine + rows.Count, tableIndex, rows.Count, c + 2)));
        }

        rows.Add(leafRow);
    }

    private static void EmitBody(List<PdfTextLine> body, Dictionary<PdfTextLine, int> valueLines, double[] bounds, int columnCount, List<List<DocCell>> rows, int tableIndex, int firstLine, List<Finding> diagnostics)
    {
        var anchors = body.Where(valueLines.ContainsKey).ToList();
        if (anchors.Count == 0)
        {
            foreach (var line in body)
            {
                rows.Add([new DocCell(line.Text, Cell(line.Page, firstLine + rows.Count, tableIndex, rows.Count, 1))]);
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
                rows.Add([new DocCell(line.Text, Cell(line.Page, firstLine + rows.Count, tableIndex, rows.Count, 1))]);
                continue;
            }

            labelWords[nearest].AddRange(line.Words);
        }

        // Each row's label words fall into clusters; the rightmost is the row's own label, the others are parts of
        // group labels (（三）不予公开, or 三、本年度办理结果 printed one character per line) that span several rows.
        // Parts of one group in neighbouring rows are put back together, and every row the group touches carries it.
        var rowClusters = anchors.Select(a => LabelClusters(labelWords[a])).ToList();
        var groups = new List<LabelGroup>();
        for (var k = 0; k < anchors.Count; k++)
        {
            foreach (var part in rowClusters[k].Take(Math.Max(0, rowClusters[k].Count - 1)))
            {
                var left = part.Min(w => w.Left);
                var right = part.Max(w => w.Right);
                var top = part.Max(w => w.Top);
                var height = part.Max(w => w.Height);
                var group = groups.LastOrDefault(g => g.LastRow >= k - 2 && g.Page == anchors[k].Page
                    && left < g.Right && right > g.Left && g.Bottom - top < 2.5 * height);
                if (group is null)
                {
                    groups.Add(new LabelGroup(anchors[k].Page, k, [.. part]));
                }
                else
                {
                    group.Add(k, part);
                }
            }
        }

        var slots = new List<double>();
        foreach (var left in groups.Select(g => g.Left).Order())
        {
            if (slots.Count == 0 || left - slots[^1] > 8)
            {
                slots.Add(left);
            }
        }

        for (var k = 0; k < anchors.Count; k++)
        {
            var anchor = anchors[k];
            var rowIndex = rows.Count;
            var lineNumber = firstLine + rowIndex;
            var labels = new List<DocCell>();
            for (var slot = 0; slot < slots.Count; slot++)
            {
                var slotLeft = slots[slot];
                var group = groups.FirstOrDefault(g => g.FirstRow <= k && g.LastRow >= k && Math.Abs(g.Left - slotLeft) <= 8 && (slot + 1 == slots.Count || g.Left < slots[slot + 1] - 8));
                labels.Add(new DocCell(group?.Text ?? string.Empty, Cell(anchor.Page, lineNumber, tableIndex, rowIndex, slot + 1)) { Spanned = group is not null && group.FirstRow < k });
            }

            var own = rowClusters[k].Count > 0 ? ClusterText(rowClusters[k][^1]) : string.Empty;
            labels.Add(new DocCell(own, Cell(anchor.Page, lineNumber, tableIndex, rowIndex, slots.Count + 1)));

            var pieces = new List<PdfWord>[columnCount];
            foreach (var word in anchor.Words.Skip(valueLines[anchor]))
            {
                var c = ColumnOf(word.CenterX, bounds);
                (pieces[c] ??= []).Add(word);
            }

            var row = new List<DocCell>(labels);
            for (var c = 0; c < columnCount; c++)
            {
                var location = Cell(anchor.Page, lineNumber, tableIndex, rowIndex, labels.Count + c + 1);
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

    /// <summary>Splits a row's label words into cells: words that overlap in x (stacked or wrapped) or nearly touch share a cell.</summary>
    private static List<List<PdfWord>> LabelClusters(List<PdfWord> words)
    {
        var clusters = new List<List<PdfWord>>();
        foreach (var word in words.OrderBy(w => w.Left))
        {
            var target = clusters.FirstOrDefault(c => c.Any(o => word.Left < o.Right + 0.8 * Math.Max(word.Height, o.Height) && word.Right > o.Left));
            if (target is null)
            {
                clusters.Add([word]);
            }
            else
            {
                target.Add(word);
            }
        }

        // A wrapped label whose second line starts left of its first (centred text) joins both clusters.
        for (var i = clusters.Count - 1; i > 0; i--)
        {
            var right = clusters[i];
            var left = clusters[i - 1];
            if (right.Min(w => w.Left) < left.Max(w => w.Right) + 0.8 * right.Max(w => w.Height))
            {
                left.AddRange(right);
                clusters.RemoveAt(i);
            }
        }

        return clusters.OrderBy(c => c.Min(w => w.Left)).ToList();
    }

    /// <summary>The text of stacked and wrapped words: top to bottom, left to right.</summary>
    private static string ClusterText(IEnumerable<PdfWord> words) =>
        words.OrderByDescending(w => Math.Round(w.Top)).ThenBy(w => w.Left).Aggregate(string.Empty, (acc, w) => PdfText.Concat(acc, w.Text));

    /// <summary>A group label put back together from its parts in neighbouring rows.</summary>
    private sealed class LabelGroup(int page, int firstRow, List<PdfWord> words)
    {
        public int Page { get; } = page;

        public int FirstRow { get; } = firstRow;

        public int LastRow { get; private set; } = firstRow;

        public double Left => words.Min(w => w.Left);

        public double Right => words.Max(w => w.Right);

        public double Bottom => words.Min(w => w.Bottom);

        public string Text => ClusterText(words);

        public void Add(int row, List<PdfWord> part)
        {
            words.AddRange(part);
            LastRow = row;
        }
    }

    private static SourceLocation Cell(int page, int line, int table, int row, int cell) =>
        new(line, cell) { Page = page, Detail = $"table {table + 1}, row {row + 1}, cell {cell}" };
}
