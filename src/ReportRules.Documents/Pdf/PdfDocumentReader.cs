using ReportRules.Findings;
using ReportRules.Rules;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace ReportRules.Documents.Pdf;

/// <summary>
/// PDF → lines with PdfPig: reads each page's words (with their boxes) and ruling lines, then hands them to
/// <see cref="PdfLayout"/>. A PDF without a text layer (a scan) is refused with <c>PARSE-12</c>: it needs OCR first.
/// Decompression is capped per stream and per document (<see cref="PdfStreamBudget"/>, <c>PARSE-8</c>).
/// </summary>
internal static class PdfDocumentReader
{
    public static ExtractedDocument Read(byte[] bytes, DocumentParserOptions options)
    {
        var budget = new PdfStreamBudget(options.MaxPdfStreamBytes, options.MaxPdfDocumentBytes);
        try
        {
            var read = Read(bytes, options, budget);
            return budget.Exceeded is null ? read : OverBudget(budget);
        }
#pragma warning disable CA1031 // PdfPig may wrap the budget's exception in its own; the budget says what happened.
        catch (Exception) when (budget.Exceeded is not null)
#pragma warning restore CA1031
        {
            return OverBudget(budget);
        }
    }

    // A decompression bomb ends here, with the limit named, before it takes the memory of the batch.
    private static ExtractedDocument OverBudget(PdfStreamBudget budget) => ExtractedDocument.Failed(
        RuleIds.Parse8,
        $"{budget.Exceeded}; the PDF was not read (a decompression bomb, or a document beyond the limits)",
        $"PDF 解压后的数据超过限制（{budget.Exceeded}），未读取（可能是解压炸弹）。");

    private static ExtractedDocument Read(byte[] bytes, DocumentParserOptions options, PdfStreamBudget budget)
    {
        using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = budget });
        if (document.NumberOfPages > options.MaxPdfPages)
        {
            return ExtractedDocument.Failed(
                RuleIds.Parse8,
                $"the PDF has {document.NumberOfPages} pages, beyond the limit of {options.MaxPdfPages}",
                $"PDF 有 {document.NumberOfPages} 页，超过 {options.MaxPdfPages} 页的限制。");
        }

        var pages = new List<PdfPageContent>(document.NumberOfPages);
        var letters = 0;
        foreach (var page in document.GetPages())
        {
            letters += page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
            pages.Add(Content(page));
        }

        if (letters == 0)
        {
            return ExtractedDocument.Failed(
                RuleIds.Parse12,
                $"the PDF ({document.NumberOfPages} page(s)) has no text layer: it is a scan or image; OCR it first",
                $"PDF（共 {document.NumberOfPages} 页）没有文字层：是扫描件或图片，请先进行 OCR 识别。");
        }

        var diagnostics = new List<Finding>();
        var lines = PdfLayout.Build(pages, diagnostics);
        return ExtractedDocument.Read(lines, diagnostics);
    }

    private static PdfPageContent Content(Page page)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .Select(w => new PdfWord(w.Text.Trim(), w.BoundingBox.Left, w.BoundingBox.Right, w.BoundingBox.Bottom, w.BoundingBox.Top))
            .ToList();
        var rulings = new List<PdfBox>();
        foreach (var path in page.Paths)
        {
            if (path.GetBoundingRectangle() is not { } box)
            {
                continue;
            }

            // Table borders: stroked lines, or filled rectangles thin enough to be drawn lines. Filled panels
            // (WPS paints white boxes behind paragraphs) are not borders.
            var thin = Math.Min(box.Width, box.Height) < 2.5;
            if ((path.IsStroked && (thin || box.Width < page.Width * 0.95)) || (path.IsFilled && thin))
            {
                rulings.Add(new PdfBox(box.Left, box.Bottom, box.Right, box.Top));
            }
        }

        return new PdfPageContent(page.Number, page.Width, page.Height, words, rulings);
    }
}
