using ReportRules.Model;

namespace ReportRules.Parsing;

/// <summary>Options and safety limits for parsing.</summary>
public sealed record ReportParserOptions
{
    /// <summary>Gets the default options.</summary>
    public static ReportParserOptions Default { get; } = new();

    /// <summary>Gets an edition to use instead of the detected one.</summary>
    public ReportEdition? Edition { get; init; }

    /// <summary>Gets the largest input read, in bytes (default 64 MiB); a larger input is a <c>PARSE-8</c> finding.</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Gets the largest number of lines read (default 2,000,000); the rest is a <c>PARSE-8</c> finding.</summary>
    public int MaxLines { get; init; } = 2_000_000;

    /// <summary>
    /// Gets the largest number of table rows read (default 100,000; a real report has a few hundred): rows of HTML, DOCX
    /// and PDF tables and Markdown (<c>|</c>) or tab-separated text rows. Reading stops at the first row over the limit,
    /// with a <c>PARSE-8</c> finding naming this option.
    /// </summary>
    public int MaxTableRows { get; init; } = 100_000;
}
