using ReportRules.Findings;
using ReportRules.Rules;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;

namespace ReportRules.Documents.Pdf;

/// <summary>
/// PDF → lines with PdfPig: reads each page's words (with their boxes) and ruling lines, then hands them to
/// <see cref="PdfLayout"/>. A PDF without a text layer (a scan) is refused with <c>PARSE-12</c>: it needs OCR first. A PDF whose structure is
/// broken (no cross-reference table or objects found, streams that fail to decode, text drawn with unreadable fonts,
/// pages with no content at all) is <c>PARSE-1</c> "could not be read: its structure is broken", never called a scan.
/// Decompression is capped per stream and per document (<see cref="PdfStreamBudget"/>, <c>PARSE-8</c>).
/// </summary>
internal static class PdfDocumentReader
{
    /// <summary>Reads a PDF into lines and table rows; with a <paramref name="trace"/>, keeps what the layout detected in it.</summary>
    public static ExtractedDocument Read(byte[] bytes, DocumentParserOptions options, PdfLayoutTrace? trace = null)
    {
        var budget = new PdfStreamBudget(options.MaxPdfStreamBytes, options.MaxPdfDocumentBytes);
        try
        {
            var read = Read(bytes, options, budget, trace);
            return budget.Exceeded is null ? read : OverBudget(budget);
        }
#pragma warning disable CA1031 // PdfPig may wrap the budget's exception in its own; the budget says what happened.
        catch (Exception) when (budget.Exceeded is not null)
        {
            return OverBudget(budget);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not StackOverflowException)
#pragma warning restore CA1031
        {
            // PdfPig found no usable cross-reference table or objects even by brute force: broken, not a scan.
            return Broken($"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static ExtractedDocument Broken(string why) => ExtractedDocument.Failed(
        RuleIds.Parse1,
        $"the PDF could not be read: its structure is broken ({why})",
        $"PDF 无法读取：文件结构已损坏（{why}）。");

    // A decompression bomb ends here, with the limit named, before it takes the memory of the batch.
    private static ExtractedDocument OverBudget(PdfStreamBudget budget) => ExtractedDocument.Failed(
        RuleIds.Parse8,
        $"{budget.Exceeded}; the PDF was not read (a decompression bomb, or a document beyond the limits)",
        $"PDF 解压后的数据超过限制（{budget.Exceeded}），未读取（可能是解压炸弹）。");

    private static ExtractedDocument Read(byte[] bytes, DocumentParserOptions options, PdfStreamBudget budget, PdfLayoutTrace? trace)
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
        var images = 0;
        var textShown = 0;
        var operations = 0;
        foreach (var page in document.GetPages())
        {
            letters += page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
            images += page.NumberOfImages;
            operations += page.Operations.Count;
            textShown += page.Operations.Count(o => o is ShowText or ShowTextsWithPositioning or MoveToNextLineShowText or MoveToNextLineShowTextWithSpacing);
            pages.Add(Content(page));
        }

        if (letters == 0 && images == 0 && NotAScan(budget, textShown, operations, document.NumberOfPages) is { } broken)
        {
            // A scan is images without text; pages with neither, whose streams or fonts failed, are a broken file.
            return Broken(broken);
        }

        if (letters == 0)
        {
            return ExtractedDocument.Failed(
                RuleIds.Parse12,
                $"the PDF ({document.NumberOfPages} page(s)) has no text layer: it is a scan or image; OCR it first",
                $"PDF（共 {document.NumberOfPages} 页）没有文字层：是扫描件或图片，请先进行 OCR 识别。");
        }

        var diagnostics = new List<Finding>();
        var lines = PdfLayout.Build(pages, diagnostics, PdfLayoutSettings.Default, trace);
        return ExtractedDocument.Read(lines, diagnostics);
    }

    private static string? NotAScan(PdfStreamBudget budget, int textShown, int operations, int pageCount)
    {
        if (budget.DecodeFailures > 0)
        {
            return $"{budget.DecodeFailures} stream(s) could not be decoded; no text and no images were recovered from its {pageCount} page(s)";
        }

        if (textShown > 0)
        {
            return $"its pages draw text {textShown} time(s) but no letter could be read: fonts or objects are damaged";
        }

        return operations == 0 ? $"its {pageCount} page(s) have no readable content (no text, no images, no drawing)" : null;
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
            var settings = PdfLayoutSettings.Default;
            var thin = Math.Min(box.Width, box.Height) < settings.MaxRulingThickness;
            if ((path.IsStroked && (thin || box.Width < page.Width * settings.PageFrameWidthFraction)) || (path.IsFilled && thin))
            {
                rulings.Add(new PdfBox(box.Left, box.Bottom, box.Right, box.Top));
            }
        }

        return new PdfPageContent(page.Number, page.Width, page.Height, words, rulings);
    }
}
