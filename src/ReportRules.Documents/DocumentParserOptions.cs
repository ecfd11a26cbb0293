using ReportRules.Parsing;

namespace ReportRules.Documents;

/// <summary>Options and safety limits for reading published documents (HTML, Word, PDF, text).</summary>
public sealed record DocumentParserOptions
{
    /// <summary>Gets the default options.</summary>
    public static DocumentParserOptions Default { get; } = new();

    /// <summary>Gets the options of the shared lines-to-model parser (edition override, input size and line limits).</summary>
    public ReportParserOptions Parser { get; init; } = ReportParserOptions.Default;

    /// <summary>Gets the largest total decompressed size of a Word (DOCX) package, in bytes (default 128 MiB); more is a <c>PARSE-8</c> finding.</summary>
    public long MaxDecompressedBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>
    /// Gets the largest decompressed size of a Word document's text part, <c>word/document.xml</c>, in bytes (default
    /// 16 MiB; a long report's is a few megabytes); more is a <c>PARSE-8</c> finding. The parsed XML costs about 20 bytes
    /// of memory per byte, so this bounds the memory one document can take.
    /// </summary>
    public long MaxDocumentXmlBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Gets the largest number of PDF pages read (default 500); a longer PDF is a <c>PARSE-8</c> finding.</summary>
    public int MaxPdfPages { get; init; } = 500;

    /// <summary>
    /// Gets the largest size one PDF stream may decompress to, in bytes (default 64 MiB; a report page's content
    /// stream is tens of kilobytes). More is a <c>PARSE-8</c> finding: a decompression bomb stops at this size.
    /// </summary>
    public long MaxPdfStreamBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Gets the largest size all streams of one PDF may decompress to together, in bytes (default 256 MiB); more is a <c>PARSE-8</c> finding.</summary>
    public long MaxPdfDocumentBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Gets the deepest HTML element nesting accepted (default 256); a deeper page is a <c>PARSE-8</c> finding.</summary>
    public int MaxHtmlDepth { get; init; } = 256;

    /// <summary>
    /// Gets the largest number of HTML elements accepted (default 100,000; a report page holds a few thousand); a page
    /// with more is a <c>PARSE-8</c> finding. The parsed tree costs about a kilobyte per element, so this bounds the
    /// memory one page can take within the input size limit.
    /// </summary>
    public int MaxHtmlElements { get; init; } = 100_000;

    /// <summary>These limits with the checker's edition and input size limit: the checker's options win.</summary>
    internal DocumentParserOptions For(ReportCheckerOptions options) =>
        this with { Parser = Parser with { Edition = options.Edition ?? Parser.Edition, MaxInputBytes = options.MaxInputBytes } };
}
