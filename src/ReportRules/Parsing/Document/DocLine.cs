using ReportRules.Model;

namespace ReportRules.Parsing.Document;

/// <summary>
/// One line of a document on its way to the model: the common currency of every input format.
/// Plain text gives one <see cref="DocLine"/> per text line with <see cref="Cells"/> null (the text table
/// logic decides what is a row). HTML, Word and PDF readers give table rows with their cells already split
/// (rowspan/colspan expanded: a spanned cell repeats its text in every grid position it covers, with
/// <see cref="DocCell.Spanned"/> set), and paragraphs as lines with <see cref="Cells"/> null.
/// </summary>
/// <param name="Text">The line text (for a row: the cells joined with <c> | </c>).</param>
/// <param name="Location">Where the line starts.</param>
/// <param name="Cells">The cells of a table row read from a structured format; <see langword="null"/> for text.</param>
internal sealed record DocLine(string Text, SourceLocation Location, IReadOnlyList<DocCell>? Cells = null)
{
    /// <summary>Gets the 0-based index of the table this row belongs to, for structured formats.</summary>
    public int? TableIndex { get; init; }
}

/// <summary>One cell of a structured table row.</summary>
/// <param name="Text">The cell text, whitespace-normalised (paragraphs inside the cell joined by a space).</param>
/// <param name="Location">Where the cell is (line/column of the extracted text, page, and a detail such as <c>table 3, row 5, cell 2</c>).</param>
internal sealed record DocCell(string Text, SourceLocation Location)
{
    /// <summary>Gets a value indicating whether this grid position is covered by a rowspan/colspan of an earlier cell.</summary>
    public bool Spanned { get; init; }
}
