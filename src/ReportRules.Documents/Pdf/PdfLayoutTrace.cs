namespace ReportRules.Documents.Pdf;

/// <summary>
/// What the PDF layout detected, kept when a caller asks for it (<c>reportrules parse --debug-layout</c>): the pages
/// with their words, the table regions, the value columns, the table rows, the group labels and the lines dropped as
/// page furniture. The layout writes to it only when one is passed, so reading without a trace costs nothing.
/// </summary>
internal sealed class PdfLayoutTrace
{
    /// <summary>Gets the pages as read (size, words, ruling lines).</summary>
    public List<PdfPageContent> Pages { get; } = [];

    /// <summary>Gets the table regions merged from ruling lines, per page.</summary>
    public List<PdfTraceBox> Regions { get; } = [];

    /// <summary>Gets the value columns of each table section (x span of the column, y span of the section on that page).</summary>
    public List<PdfTraceBox> Columns { get; } = [];

    /// <summary>Gets the header lines of each table section.</summary>
    public List<PdfTraceBox> Headers { get; } = [];

    /// <summary>Gets the value rows of each table (the box of the row's values line, labelled with the row's own label).</summary>
    public List<PdfTraceBox> Rows { get; } = [];

    /// <summary>Gets the group labels spanning several rows, put back together from their parts.</summary>
    public List<PdfTraceBox> LabelGroups { get; } = [];

    /// <summary>Gets the lines dropped as page furniture (page numbers in the margins).</summary>
    public List<PdfTraceBox> Furniture { get; } = [];
}

/// <summary>A detected box on a page, with what it is (a row's label, a group's text, "table 2").</summary>
internal sealed record PdfTraceBox(int Page, PdfBox Box, string Label);
