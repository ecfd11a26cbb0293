namespace ReportRules.Model;

/// <summary>
/// Where a value was read in the input: a 1-based line and column of the (decoded) text, and for paged or
/// tabular inputs the page and a human-readable detail such as <c>table 3, row 5, cell 2</c>.
/// </summary>
/// <param name="Line">The 1-based line in the decoded input text (for PDF and DOCX: in the extracted text).</param>
/// <param name="Column">The 1-based column (in UTF-16 code units) on that line.</param>
public sealed record SourceLocation(int Line, int Column)
{
    /// <summary>Gets the 1-based page number, for paged inputs such as PDF.</summary>
    public int? Page { get; init; }

    /// <summary>Gets a human-readable detail, e.g. the table cell of an HTML or Word table.</summary>
    public string? Detail { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = Page is { } page ? $"page {page}, line {Line}, column {Column}" : $"line {Line}, column {Column}";
        return Detail is null ? text : $"{text} ({Detail})";
    }
}
