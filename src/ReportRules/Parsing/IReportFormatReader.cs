namespace ReportRules.Parsing;

/// <summary>
/// Reads one published format (HTML, DOCX, PDF, …) into a report. Registered in
/// <see cref="ReportCheckerOptions.Readers"/>; the ReportRules.Documents package provides one for HTML, DOCX and PDF.
/// Implementations must be thread-safe and must not throw on bad input (return an unreadable <see cref="ParseResult"/>).
/// </summary>
public interface IReportFormatReader
{
    /// <summary>Gets whether this reader reads an input, told from its content (not its name).</summary>
    /// <param name="content">The whole input.</param>
    /// <returns><see langword="true"/> when <see cref="Read"/> should be used for it.</returns>
    bool CanRead(ReadOnlySpan<byte> content);

    /// <summary>Reads an input.</summary>
    /// <param name="content">The whole input.</param>
    /// <param name="source">A name for the source, shown in findings.</param>
    /// <param name="options">The checker options (edition, limits).</param>
    /// <returns>The parse result; an input that cannot be read is an unreadable result with a <c>PARSE-n</c> finding.</returns>
    ParseResult Read(byte[] content, string? source, ReportCheckerOptions options);
}
