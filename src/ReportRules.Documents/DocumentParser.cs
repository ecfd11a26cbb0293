using ReportRules.Documents.Docx;
using ReportRules.Documents.Html;
using ReportRules.Documents.Pdf;
using ReportRules.Findings;
using ReportRules.Parsing;
using ReportRules.Rules;

namespace ReportRules.Documents;

/// <summary>
/// Reads annual reports as they are published: HTML pages, Word (DOCX) files, text-layer PDFs and plain text.
/// The format is told from the content (<c>%PDF-</c>, a zip package holding <c>word/document.xml</c>, HTML markup,
/// else text), not from the file name. Every format is turned into the same lines and table rows and read by the
/// same table logic as text, so a report reads the same whatever it was published as. Never throws on bad input:
/// an unreadable, oversized or hostile input is an unreadable <see cref="ParseResult"/> with a <c>PARSE-n</c> finding.
/// </summary>
public static class DocumentParser
{
    /// <summary>Parses a report file of any supported format.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Document options and limits (the text parser's are in <see cref="DocumentParserOptions.Parser"/>); <see langword="null"/> for the defaults.</param>
    /// <returns>The parse result; a missing or unreadable file is an unreadable result naming the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ParseResult ParseFile(string path, DocumentParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= DocumentParserOptions.Default;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1); // unbuffered: read whole, in one call
            return Parse(stream, path, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Unreadable(path, RuleIds.Parse1, $"the file could not be opened: {ex.Message}", $"文件无法打开：{ex.Message}");
        }
    }

    /// <summary>Parses a report from a stream of any supported format.</summary>
    /// <param name="stream">The stream; read to its end or to the input size limit.</param>
    /// <param name="source">A name for the source, shown in findings.</param>
    /// <param name="options">Document options and limits (the text parser's are in <see cref="DocumentParserOptions.Parser"/>); <see langword="null"/> for the defaults.</param>
    /// <returns>The parse result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static ParseResult Parse(Stream stream, string? source = null, DocumentParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= DocumentParserOptions.Default;
        byte[] bytes;
        try
        {
            var limit = options.Parser.MaxInputBytes;
            if (!ReportParser.TryReadAll(stream, limit, out bytes))
            {
                return Unreadable(source, RuleIds.Parse8, $"the input is larger than the limit of {limit} bytes", $"输入超过 {limit} 字节的限制。");
            }
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            return Unreadable(source, RuleIds.Parse1, $"the input could not be read: {ex.Message}", $"输入无法读取：{ex.Message}");
        }

        return ParseBytes(bytes, source, options);
    }

    /// <summary>Tells the format of an input from its content.</summary>
    /// <param name="content">The input bytes (the whole input: a zip package is opened to look for <c>word/document.xml</c>).</param>
    /// <returns>The format.</returns>
    public static DocumentKind DetectKind(ReadOnlySpan<byte> content)
    {
        var kind = FormatSniffer.Sniff(content);
        if (kind != DocumentKind.Unknown || !content.StartsWith("PK\x03\x04"u8))
        {
            return kind;
        }

        try
        {
            return FormatSniffer.IsDocx(content.ToArray()) ? DocumentKind.Docx : DocumentKind.Unknown;
        }
        catch (InvalidDataException)
        {
            return DocumentKind.Unknown;
        }
    }

    internal static ParseResult ParseBytes(byte[] bytes, string? source, DocumentParserOptions options)
    {
        if (bytes.Length == 0)
        {
            return Unreadable(source, RuleIds.Parse1, "the input is empty", "输入为空。");
        }

        var kind = DocumentKind.Unknown;
        try
        {
            kind = DetectKind(bytes);
            var extracted = kind switch
            {
                DocumentKind.Pdf => PdfDocumentReader.Read(bytes, options),
                DocumentKind.Docx => DocxDocumentReader.Read(bytes, options),
                DocumentKind.Html => HtmlDocumentReader.Read(bytes, options),
                DocumentKind.Text => null,
                _ => ExtractedDocument.Failed(RuleIds.Parse1, "the input is a zip package or binary file but not a Word document (no word/document.xml)", "输入是压缩包或二进制文件，但不是 Word 文档（没有 word/document.xml）。"),
            };
            if (extracted is null)
            {
                return ReportParser.ParseBytes(bytes, source, options.Parser);
            }

            if (extracted.FailureRuleId is { } ruleId)
            {
                return Unreadable(source, ruleId, extracted.FailureEn!, extracted.FailureZh!, extracted.Diagnostics);
            }

            return ReportReader.Read(extracted.Lines, source, options.Parser, extracted.Diagnostics);
        }
#pragma warning disable CA1031 // A library exception on hostile input must become an unreadable result, never a crash.
        catch (Exception ex) when (ex is not OutOfMemoryException and not StackOverflowException)
#pragma warning restore CA1031
        {
            var what = kind == DocumentKind.Unknown ? "the input" : $"the {kind.ToString().ToUpperInvariant()} document";
            return Unreadable(source, RuleIds.Parse1, $"{what} could not be read ({ex.GetType().Name}: {ex.Message})", $"文档无法读取（{ex.GetType().Name}：{ex.Message}）。");
        }
    }

    internal static ParseResult Unreadable(string? source, string ruleId, string en, string zh, List<Finding>? diagnostics = null)
    {
        var named = source is null ? en : $"{source}: {en}";
        var namedZh = source is null ? zh : $"{source}：{zh}";
        var all = diagnostics ?? [];
        all.Add(ReportParser.Diagnostic(ruleId, named, namedZh, null));
        return ParseResult.Unreadable(source, named, all);
    }
}
