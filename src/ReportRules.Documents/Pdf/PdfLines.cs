using ReportRules.Parsing.Tables;

namespace ReportRules.Documents.Pdf;

/// <summary>
/// Glyphs → lines → paragraphs: words sharing a baseline band make a line, page numbers in the margins are dropped,
/// and a line starts a new paragraph on an indent, a short previous line, a font change or a gap. A value line is a
/// line whose right-hand words are all numbers.
/// </summary>
internal static class PdfLines
{
    /// <summary>
    /// Groups a page's words into lines, top to bottom: a word joins a line when its box overlaps the line's tallest
    /// word vertically by half the smaller height (CJK punctuation boxes are small and low, so centres are not enough).
    /// Page numbers in the top and bottom margins are dropped.
    /// </summary>
    public static IReadOnlyList<PdfTextLine> Lines(PdfPageContent page, PdfLayoutSettings settings, PdfLayoutTrace? trace = null)
    {
        var lines = new List<(List<PdfWord> Words, PdfWord Anchor)>();
        foreach (var word in page.Words.Where(w => w.Text.Trim().Length > 0).OrderByDescending(w => w.Top).ThenBy(w => w.Left))
        {
            var index = -1;
            for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - settings.LineLookback; i--)
            {
                var anchor = lines[i].Anchor;
                var overlap = Math.Min(anchor.Top, word.Top) - Math.Max(anchor.Bottom, word.Bottom);
                if (overlap >= settings.LineOverlapFraction * Math.Min(anchor.Height, word.Height))
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

        var margin = page.Height * settings.PageMarginFraction;
        var kept = new List<PdfTextLine>(lines.Count);
        foreach (var line in lines.Select(l => new PdfTextLine(page.Number, l.Words.OrderBy(w => w.Left).ToList())).OrderByDescending(l => l.Top))
        {
            if (IsPageFurniture(line) && (line.Top < margin || line.Bottom > page.Height - margin))
            {
                trace?.Furniture.Add(new PdfTraceBox(line.Page, line.Box, line.Text));
                continue;
            }

            kept.Add(line);
        }

        return kept;
    }

    /// <summary>A page number as printed (the shared classifier); a bare number counts, as the caller knows where the line sits.</summary>
    public static bool IsPageFurniture(PdfTextLine line) => PageFurniture.IsPageNumber(line.Text, allowBare: true);

    /// <summary>A first-line indent, a short previous line (end of paragraph or heading), a change of font size, or a gap.</summary>
    public static bool StartsParagraph(PdfTextLine previous, PdfTextLine line, PdfLayoutSettings settings)
    {
        var h = line.Height;
        if (line.Page != previous.Page)
        {
            return line.Left > previous.Left + settings.PageBreakIndentHeights * h;
        }

        // A centred block of the same size (a title printed over two lines: agency, then year and report name) is one paragraph.
        var centred = Math.Abs((previous.Left + previous.Right) / 2 - (line.Left + line.Right) / 2) < settings.CentredToleranceHeights * h
            && Math.Abs(previous.Height - line.Height) < settings.CentredSameSizeFraction * h
            && previous.Bottom - line.Top < settings.CentredGapHeights * h
            && Math.Abs(previous.Left - line.Left) > settings.CentredMinLeftShiftHeights * h;
        if (centred)
        {
            return false;
        }

        return line.Left > previous.Left + settings.ParagraphIndentHeights * h
            || previous.Right < line.Right - settings.ShortLineHeights * h
            || Math.Abs(previous.Height - line.Height) > settings.FontChangeFraction * h
            || previous.Bottom - line.Top > settings.ParagraphGapHeights * h;
    }

    /// <summary>
    /// A value row: from some word on (after a cell-sized gap, or from the start) every word is a number or a
    /// not-applicable mark, and at least one is a number.
    /// </summary>
    public static bool IsValueLine(PdfTextLine line, PdfLayoutSettings settings, out int firstValue)
    {
        firstValue = -1;
        var words = line.Words;
        var start = words.Count;
        while (start > 0 && PdfText.IsValueToken(words[start - 1].Text))
        {
            start--;
        }

        // The label may end in a digit of its own ("2." is not a value; "第（六）项" has no digits): walk forward to a cell gap.
        while (start < words.Count && start > 0 && words[start].Left - words[start - 1].Right < settings.CellGapHeights * line.Height)
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
}
