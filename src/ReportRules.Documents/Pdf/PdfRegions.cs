namespace ReportRules.Documents.Pdf;

/// <summary>Table regions: the ruling lines of a page merged into the rectangles they enclose, and which region holds a line.</summary>
internal static class PdfRegions
{
    /// <summary>Merges ruling lines that touch into table regions; a region needs area (a lone underline is not a table).</summary>
    public static IReadOnlyList<PdfBox> Regions(IReadOnlyList<PdfBox> rulings, PdfLayoutSettings settings)
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
                    if (boxes[i].Touches(boxes[j], settings.RulingTouchTolerance))
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

        return boxes.Where(b => b.Right - b.Left > settings.MinRegionWidth && b.Top - b.Bottom > settings.MinRegionHeight).ToList();
    }

    /// <summary>The index of the region holding the line's vertical centre and its whole width (give or take the edge slack); -1 for none.</summary>
    public static int RegionOf(PdfTextLine line, IReadOnlyList<PdfBox> regions, PdfLayoutSettings settings)
    {
        for (var i = 0; i < regions.Count; i++)
        {
            var r = regions[i];
            if (line.CenterY > r.Bottom && line.CenterY < r.Top && line.Left >= r.Left - settings.EdgeSlack && line.Right <= r.Right + settings.EdgeSlack)
            {
                return i;
            }
        }

        return -1;
    }
}
