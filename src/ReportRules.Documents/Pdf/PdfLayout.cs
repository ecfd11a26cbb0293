using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Parsing.Document;

namespace ReportRules.Documents.Pdf;

/// <summary>
/// Rebuilds a PDF's paragraphs and table rows from word positions, never from text order (which in real reports
/// interleaves row labels and values). Lines are words sharing a baseline band (<see cref="PdfLines"/>); a table is
/// the text inside the ruled region drawn by the table borders (<see cref="PdfRegions"/>); a value row is a line whose
/// right-hand words are all numbers; columns are the x clusters of the numbers plus the header cells above them
/// (<see cref="PdfColumns"/>); a row's label is every label-area word in its vertical band, wrapped labels and group
/// labels put back together (<see cref="PdfLabelGroups"/>, <see cref="PdfTableRows"/>). A table whose region runs to
/// the end of a page and goes on at the top of the next page is one table. Digits that the text layer splits inside one
/// cell are joined (PARSE-6). Every threshold is in <see cref="PdfLayoutSettings"/>; what was detected can be kept in
/// a <see cref="PdfLayoutTrace"/>.
/// </summary>
internal static class PdfLayout
{
    public static IReadOnlyList<DocLine> Build(IReadOnlyList<PdfPageContent> pages, List<Finding> diagnostics, PdfLayoutSettings? settings = null, PdfLayoutTrace? trace = null)
    {
        settings ??= PdfLayoutSettings.Default;
        var blocks = new List<(PdfTextLine Line, int Region)>();
        foreach (var page in pages)
        {
            var regions = PdfRegions.Regions(page.Rulings, settings);
            if (trace is not null)
            {
                trace.Pages.Add(page);
                trace.Regions.AddRange(regions.Select((r, i) => new PdfTraceBox(page.Number, r, $"region {i + 1}")));
            }

            foreach (var line in PdfLines.Lines(page, settings, trace))
            {
                blocks.Add((line, PdfRegions.RegionOf(line, regions, settings)));
            }
        }

        var output = new List<DocLine>();
        var paragraph = new List<PdfTextLine>();
        var tableLines = new List<PdfTextLine>();
        var tableIndex = 0;
        (int Page, int Region)? lastRegion = null;
        foreach (var (line, region) in blocks)
        {
            var inTable = region >= 0 || (tableLines.Count > 0 && PdfLines.IsValueLine(line, settings, out _) && lastRegion?.Page == line.Page);
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

            if (tableLines.Count > 0 && !(paragraph.Count == 0 && PdfLines.IsPageFurniture(line)))
            {
                FlushTable();
            }

            if (paragraph.Count > 0 && PdfLines.StartsParagraph(paragraph[^1], line, settings))
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

            output.AddRange(PdfTableRows.TableRows(tableLines, tableIndex++, output.Count + 1, diagnostics, settings, trace));
            tableLines.Clear();
            lastRegion = null;
        }
    }

    /// <summary>Groups a page's words into lines with the default settings (see <see cref="PdfLines.Lines"/>).</summary>
    internal static IReadOnlyList<PdfTextLine> Lines(PdfPageContent page) => PdfLines.Lines(page, PdfLayoutSettings.Default);

    /// <summary>The location of a table cell: its line, its cell number, and "table t, row r, cell c" for messages.</summary>
    internal static SourceLocation Cell(int page, int line, int table, int row, int cell) =>
        new(line, cell) { Page = page, Detail = $"table {table + 1}, row {row + 1}, cell {cell}" };
}
