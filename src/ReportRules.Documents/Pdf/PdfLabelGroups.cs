namespace ReportRules.Documents.Pdf;

/// <summary>
/// Wrapped label grouping: a row's label words fall into cells (words stacked or wrapped in one cell share it); the
/// rightmost cell is the row's own label, the others are parts of group labels (（三）不予公开, or 三、本年度办理结果
/// printed one character per line) that span several rows. Parts of one group in neighbouring rows are put back
/// together, and groups are placed in label columns (slots) by their left edge.
/// </summary>
internal static class PdfLabelGroups
{
    /// <summary>Splits a row's label words into cells: words that overlap in x (stacked or wrapped) or nearly touch share a cell.</summary>
    public static List<List<PdfWord>> LabelClusters(List<PdfWord> words, PdfLayoutSettings settings)
    {
        var join = settings.LabelJoinHeights;
        var clusters = new List<List<PdfWord>>();
        foreach (var word in words.OrderBy(w => w.Left))
        {
            var target = clusters.FirstOrDefault(c => c.Any(o => word.Left < o.Right + join * Math.Max(word.Height, o.Height) && word.Right > o.Left));
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
            if (right.Min(w => w.Left) < left.Max(w => w.Right) + join * right.Max(w => w.Height))
            {
                left.AddRange(right);
                clusters.RemoveAt(i);
            }
        }

        return clusters.OrderBy(c => c.Min(w => w.Left)).ToList();
    }

    /// <summary>The text of stacked and wrapped words: top to bottom, left to right.</summary>
    public static string ClusterText(IEnumerable<PdfWord> words) =>
        words.OrderByDescending(w => Math.Round(w.Top)).ThenBy(w => w.Left).Aggregate(string.Empty, (acc, w) => PdfText.Concat(acc, w.Text));

    /// <summary>
    /// Puts the group-label parts of the rows (every cluster but a row's last) back together: a part continues a group
    /// on the same page that it overlaps in x, that reached a row at most <see cref="PdfLayoutSettings.GroupRowLookback"/>
    /// rows back, and whose lowest word is close enough above it.
    /// </summary>
    public static List<PdfLabelGroup> Groups(IReadOnlyList<PdfTextLine> anchors, IReadOnlyList<List<List<PdfWord>>> rowClusters, PdfLayoutSettings settings)
    {
        var groups = new List<PdfLabelGroup>();
        for (var k = 0; k < anchors.Count; k++)
        {
            foreach (var part in rowClusters[k].Take(Math.Max(0, rowClusters[k].Count - 1)))
            {
                var left = part.Min(w => w.Left);
                var right = part.Max(w => w.Right);
                var top = part.Max(w => w.Top);
                var height = part.Max(w => w.Height);
                var group = groups.LastOrDefault(g => g.LastRow >= k - settings.GroupRowLookback && g.Page == anchors[k].Page
                    && left < g.Right && right > g.Left && g.Bottom - top < settings.GroupGapHeights * height);
                if (group is null)
                {
                    groups.Add(new PdfLabelGroup(anchors[k].Page, k, [.. part]));
                }
                else
                {
                    group.Add(k, part);
                }
            }
        }

        return groups;
    }

    /// <summary>The label columns: the left edges of the groups, those within the slot tolerance of each other counted once.</summary>
    public static List<double> Slots(IEnumerable<PdfLabelGroup> groups, PdfLayoutSettings settings)
    {
        var slots = new List<double>();
        foreach (var left in groups.Select(g => g.Left).Order())
        {
            if (slots.Count == 0 || left - slots[^1] > settings.SlotTolerance)
            {
                slots.Add(left);
            }
        }

        return slots;
    }

    /// <summary>The group in label column <paramref name="slot"/> that spans row <paramref name="row"/>, if any.</summary>
    public static PdfLabelGroup? GroupAt(List<PdfLabelGroup> groups, List<double> slots, int slot, int row, PdfLayoutSettings settings)
    {
        var slotLeft = slots[slot];
        var tolerance = settings.SlotTolerance;
        return groups.FirstOrDefault(g => g.FirstRow <= row && g.LastRow >= row && Math.Abs(g.Left - slotLeft) <= tolerance
            && (slot + 1 == slots.Count || g.Left < slots[slot + 1] - tolerance));
    }
}

/// <summary>A group label put back together from its parts in neighbouring rows.</summary>
internal sealed class PdfLabelGroup(int page, int firstRow, List<PdfWord> words)
{
    public int Page { get; } = page;

    public int FirstRow { get; } = firstRow;

    public int LastRow { get; private set; } = firstRow;

    public double Left => words.Min(w => w.Left);

    public double Right => words.Max(w => w.Right);

    public double Bottom => words.Min(w => w.Bottom);

    public double Top => words.Max(w => w.Top);

    public string Text => PdfLabelGroups.ClusterText(words);

    public void Add(int row, List<PdfWord> part)
    {
        words.AddRange(part);
        LastRow = row;
    }
}
