using ReportRules.Parsing;

namespace ReportRules.Documents;

/// <summary>
/// The reader of published formats for the checker: HTML pages, Word (DOCX) files and text-layer PDFs, told from
/// their content. Register it with <c>options.WithDocuments()</c>; the checker's options (edition, input size limit)
/// are honoured, the document limits come from <see cref="DocumentOptions"/>.
/// </summary>
public sealed class DocumentFormatReader : IReportFormatReader
{
    /// <summary>Creates a reader.</summary>
    /// <param name="documentOptions">Document limits; <see langword="null"/> for <see cref="DocumentParserOptions.Default"/>.</param>
    public DocumentFormatReader(DocumentParserOptions? documentOptions = null) =>
        DocumentOptions = documentOptions ?? DocumentParserOptions.Default;

    /// <summary>Gets the document limits (zip, DOCX, PDF and HTML sizes).</summary>
    public DocumentParserOptions DocumentOptions { get; }

    /// <inheritdoc />
    public bool CanRead(ReadOnlySpan<byte> content) => InputSniffer.Sniff(content) is not InputKind.Text;

    /// <inheritdoc />
    public ParseResult Read(byte[] content, string? source, ReportCheckerOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        return DocumentParser.ParseBytes(content, source, DocumentOptions.For(options));
    }
}
