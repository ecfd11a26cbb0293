using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportRules.Documents.Grid;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Parsing.Document;
using ReportRules.Rules;

namespace ReportRules.Documents.Docx;

/// <summary>
/// Word (DOCX) → lines: body paragraphs become paragraph lines; tables become grid rows with <c>w:gridSpan</c>
/// (columns) and <c>w:vMerge</c> (rows) expanded. The package is measured before it is opened (zip-bomb safety).
/// </summary>
internal static class DocxDocumentReader
{
    /// <summary>The most entries a package may hold.</summary>
    public const int MaxEntries = 10_000;

    public static ExtractedDocument Read(byte[] bytes, DocumentParserOptions options)
    {
        if (CheckPackageSize(bytes, options.MaxDecompressedBytes, options.MaxDocumentXmlBytes) is { } refused)
        {
            return refused;
        }

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return ExtractedDocument.Failed(
                RuleIds.Parse1,
                "the Word document has no body (word/document.xml is missing, empty, or not declared as the main document in [Content_Types].xml and _rels/.rels)",
                "Word 文档没有正文（word/document.xml 缺失、为空，或未在 [Content_Types].xml 与 _rels/.rels 中声明为主文档）。");
        }

        var lines = new List<DocLine>();
        var tableIndex = 0;
        var paragraphIndex = 0;
        foreach (var block in BlockElements(body))
        {
            if (block is Table table)
            {
                lines.AddRange(GridBuilder.Expand(TableRows(table), tableIndex++, lines.Count + 1));
            }
            else if (block is Paragraph paragraph)
            {
                paragraphIndex++;
                var text = ParagraphText(paragraph);
                if (text.Length > 0)
                {
                    lines.Add(new DocLine(text, new SourceLocation(lines.Count + 1, 1) { Detail = $"paragraph {paragraphIndex}" }));
                }
            }
        }

        return ExtractedDocument.Read(lines, new List<Finding>());
    }

    /// <summary>
    /// Refuses a package whose entries decompress to more than the limit, or whose <c>word/document.xml</c> is larger
    /// than <paramref name="documentLimit"/> (OpenXml's tree costs about 20 bytes of memory per byte of XML: a 100 MB
    /// document.xml, 0.7 MB zipped, took 2.2 GB). The sizes in the zip directory can lie, so every entry is inflated
    /// (and discarded) with a running count before OpenXml sees the package.
    /// </summary>
    internal static ExtractedDocument? CheckPackageSize(byte[] bytes, long limit, long documentLimit)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > MaxEntries)
        {
            return ExtractedDocument.Failed(RuleIds.Parse8, $"the Word package holds {zip.Entries.Count} entries, beyond the limit of {MaxEntries}", $"Word 文档包含 {zip.Entries.Count} 个条目，超过 {MaxEntries} 的限制。");
        }

        var declared = zip.Entries.Sum(e => e.Length);
        if (declared > limit)
        {
            return TooLarge(declared, limit);
        }

        long total = 0;
        var buffer = new byte[1 << 16];
        foreach (var entry in zip.Entries)
        {
            var isDocument = string.Equals(entry.FullName, "word/document.xml", StringComparison.OrdinalIgnoreCase);
            if (isDocument && entry.Length > documentLimit)
            {
                return DocumentTooLarge(entry.Length, documentLimit);
            }

            using var stream = entry.Open();
            long entryTotal = 0;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                entryTotal += read;
                if (total > limit)
                {
                    return TooLarge(total, limit);
                }

                if (isDocument && entryTotal > documentLimit)
                {
                    return DocumentTooLarge(entryTotal, documentLimit);
                }
            }
        }

        return null;
    }

    private static ExtractedDocument DocumentTooLarge(long size, long limit) =>
        ExtractedDocument.Failed(
            RuleIds.Parse8,
            $"the Word document's text (word/document.xml) decompresses to more than {limit} bytes ({size} or more)",
            $"Word 文档正文（word/document.xml）解压后超过 {limit} 字节（至少 {size} 字节）。");

    private static ExtractedDocument TooLarge(long size, long limit) =>
        ExtractedDocument.Failed(
            RuleIds.Parse8,
            $"the Word package decompresses to more than {limit} bytes ({size} or more)",
            $"Word 文档解压后超过 {limit} 字节（至少 {size} 字节）。");

    /// <summary>Body paragraphs and tables in document order, looking through content controls (<c>w:sdt</c>).</summary>
    private static IEnumerable<OpenXmlElement> BlockElements(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph or Table:
                    yield return child;
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    foreach (var inner in BlockElements(content))
                    {
                        yield return inner;
                    }

                    break;
                case CustomXmlBlock custom:
                    foreach (var inner in BlockElements(custom))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    /// <summary>The rows of a Word table as declared spans: <c>gridSpan</c> → column span, a <c>vMerge</c> restart plus its continuations → row span.</summary>
    internal static IReadOnlyList<IReadOnlyList<SpanCell>> TableRows(Table table)
    {
        // First pass: each row's cells with their grid column, span, merge state and text.
        var rows = new List<List<(int Column, int Span, MergeState Merge, string Text)>>();
        foreach (var row in Rows(table))
        {
            var cells = new List<(int Column, int Span, MergeState Merge, string Text)>();
            var column = 0;
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            if (before > 0)
            {
                cells.Add((column, before, MergeState.None, string.Empty));
                column += before;
            }

            foreach (var cell in Cells(row))
            {
                var properties = cell.TableCellProperties;
                var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, GridBuilder.MaxSpan);
                var merge = properties?.VerticalMerge is { } vMerge
                    ? vMerge.Val?.Value == MergedCellValues.Restart ? MergeState.Restart : MergeState.Continue
                    : MergeState.None;
                cells.Add((column, span, merge, CellText(cell)));
                column += span;
            }

            rows.Add(cells);
        }

        // Second pass: a restart spans down over the continuations below it in the same grid column;
        // continuations are then covered, as in HTML, and not declared again.
        var result = new List<IReadOnlyList<SpanCell>>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var declared = new List<SpanCell>();
            foreach (var (column, span, merge, text) in rows[r])
            {
                if (merge == MergeState.Continue && r > 0 && IsCoveredFromAbove(rows, r, column))
                {
                    continue;
                }

                var rowSpan = 1;
                if (merge == MergeState.Restart)
                {
                    while (r + rowSpan < rows.Count && rows[r + rowSpan].Any(c => c.Column == column && c.Merge == MergeState.Continue))
                    {
                        rowSpan++;
                    }
                }

                declared.Add(new SpanCell(text, rowSpan, span));
            }

            result.Add(declared);
        }

        return result;
    }

    /// <summary>Whether a continuation at (row, column) sits under a restart (a stray continuation with nothing above is kept as a cell).</summary>
    private static bool IsCoveredFromAbove(List<List<(int Column, int Span, MergeState Merge, string Text)>> rows, int row, int column)
    {
        for (var r = row - 1; r >= 0; r--)
        {
            var above = rows[r].FirstOrDefault(c => c.Column == column);
            if (above.Merge == MergeState.Restart)
            {
                return true;
            }

            if (above.Merge != MergeState.Continue)
            {
                return false;
            }
        }

        return false;
    }

    private static IEnumerable<TableRow> Rows(OpenXmlElement container) =>
        Unwrapped<TableRow>(container, child => child switch
        {
            SdtRow sdt => (OpenXmlElement?)sdt.SdtContentRow ?? sdt,
            SdtContentRow or CustomXmlRow => child,
            _ => null,
        });

    private static IEnumerable<TableCell> Cells(OpenXmlElement container) =>
        Unwrapped<TableCell>(container, child => child switch
        {
            SdtCell sdt => (OpenXmlElement?)sdt.SdtContentCell ?? sdt,
            SdtContentCell or CustomXmlCell => child,
            _ => null,
        });

    // The children of type T, looking through content controls and custom XML wrappers (contentOf gives a wrapper's content).
    private static IEnumerable<T> Unwrapped<T>(OpenXmlElement container, Func<OpenXmlElement, OpenXmlElement?> contentOf)
        where T : OpenXmlElement
    {
        foreach (var child in container.ChildElements)
        {
            if (child is T item)
            {
                yield return item;
            }
            else if (contentOf(child) is { } content)
            {
                foreach (var inner in Unwrapped<T>(content, contentOf))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The text of a cell: its paragraphs (and those of nested tables) joined by spaces.</summary>
    private static string CellText(TableCell cell) =>
        TextCleaner.Collapse(string.Join(' ', cell.Descendants<Paragraph>().Select(ParagraphText)));

    internal static string ParagraphText(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    sb.Append(text.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    sb.Append(' ');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
            }
        }

        return TextCleaner.Collapse(sb.ToString());
    }

    private enum MergeState
    {
        None,
        Restart,
        Continue,
    }
}
