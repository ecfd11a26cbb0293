namespace ReportRules.Documents.Pdf;

/// <summary>A value column: the centre and extent of its numbers (or of its header cell, for a column left blank).</summary>
internal sealed record PdfColumn(double Center, double Left, double Right);

/// <summary>
/// Value columns of a table section: x clusters of the numbers, digit pieces of one number merged, plus header cells
/// over positions where no number is printed. Each column owns the x range halfway to its neighbours.
/// </summary>
internal static class PdfColumns
{
    /// <summary>Value columns: x clusters of the numbers, plus header cells over positions where no number is printed.</summary>
    public static List<PdfColumn> Columns(List<PdfTextLine> header, List<PdfTextLine> valueRows, Dictionary<PdfTextLine, int> valueLines, double valueLeft, PdfLayoutSettings settings)
    {
        var columns = new List<PdfColumn>();
        var words = valueRows.SelectMany(l => l.Words.Skip(valueLines[l])).OrderBy(w => w.CenterX).ToList();
        foreach (var word in words)
        {
            var last = columns.Count > 0 ? columns[^1] : null;
            if (last is not null
                && word.CenterX - last.Center <= Math.Max(settings.MinColumnCentreDistance, settings.ColumnCentreHeights * word.Height)
                && word.Left < last.Right + settings.ColumnReachHeights * word.Height)
            {
                columns[^1] = new PdfColumn(last.Center, Math.Min(last.Left, word.Left), Math.Max(last.Right, word.Right));
            }
            else
            {
                columns.Add(new PdfColumn(word.CenterX, word.Left, word.Right));
            }
        }

        // Joined digit pieces produce two nearby clusters inside one cell; merge clusters whose boxes nearly touch.
        var smallest = valueRows.SelectMany(l => l.Words).Select(w => w.Height).DefaultIfEmpty(settings.DefaultWordHeight).Min();
        for (var i = columns.Count - 1; i > 0; i--)
        {
            if (columns[i].Left - columns[i - 1].Right < settings.ColumnMergeGapHeights * smallest)
            {
                var a = columns[i - 1];
                var b = columns[i];
                columns[i - 1] = new PdfColumn((a.Left + b.Right) / 2, a.Left, b.Right);
                columns.RemoveAt(i);
            }
        }

        // Header cells standing over no number (a column left blank in every row) still make a column. Header words
        // are first put together into cells (stacked or split characters: 社/会/公/益 is one cell).
        var headerWords = header.SelectMany(l => l.Words).Where(w => w.Left >= valueLeft - settings.EdgeSlack).ToList();
        var spacing = Spacing(columns);
        foreach (var cell in PdfLabelGroups.LabelClusters(headerWords, settings))
        {
            var left = cell.Min(w => w.Left);
            var right = cell.Max(w => w.Right);
            var overlapsAny = columns.Any(c => left < c.Right + settings.HeaderColumnSlack && right > c.Left - settings.HeaderColumnSlack);
            var narrow = columns.Count < 2 || right - left < settings.MaxHeaderColumnSpacings * spacing;
            if (!overlapsAny && narrow)
            {
                columns.Add(new PdfColumn((left + right) / 2, left, right));
            }
        }

        return columns.OrderBy(c => c.Center).ToList();
    }

    private static double Spacing(List<PdfColumn> columns) =>
        columns.Count < 2 ? double.MaxValue : (columns[^1].Center - columns[0].Center) / (columns.Count - 1);

    /// <summary>Column k spans from the midpoint with its left neighbour to the midpoint with its right neighbour.</summary>
    public static double[] Bounds(List<PdfColumn> columns)
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

    /// <summary>The column whose range holds x (the last one for x at or beyond the last bound).</summary>
    public static int ColumnOf(double x, double[] bounds)
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
}
