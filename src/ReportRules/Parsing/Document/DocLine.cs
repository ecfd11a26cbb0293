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

    /// <summary>
    /// Gets the text normalised by <see cref="TextNormalizer.Normalize"/>, computed once per line and shared by edition
    /// detection, metadata and the table readers.
    /// </summary>
    internal string Normalized => Memo().Normalized;

    /// <summary>Gets the text normalised and without whitespace (<see cref="TextNormalizer.Compact"/>), computed once per line.</summary>
    internal string Compact => Memo().Compact;

    /// <summary>The derived forms of <see cref="Text"/>; never null, and left out of equality (see <see cref="LineMemo"/>).</summary>
    private LineMemo memo = new();

    private LineMemo Memo()
    {
        if (!memo.IsFor(Text))
        {
            // First use (fill in place), or a copy made with another text that shares the original's memo (replace it).
            memo = memo.IsEmpty ? memo.Fill(Text) : new LineMemo().Fill(Text);
        }

        return memo;
    }

    /// <summary>
    /// The lazily computed forms of a line's text. It remembers the text it was computed for, so a copy made with
    /// <c>with { Text = … }</c> (which shares the memo) recomputes; all memos are equal, so record equality still
    /// compares only the line's own members.
    /// </summary>
    private sealed class LineMemo
    {
        private string? source;
        private string? normalized;
        private string? compact;

        public bool IsEmpty => source is null;

        public string Normalized => normalized!;

        public string Compact => compact ??= TextNormalizer.Compact(source!);

        public bool IsFor(string text) => ReferenceEquals(source, text);

        public LineMemo Fill(string text)
        {
            source = text;
            normalized = TextNormalizer.Normalize(text);
            return this;
        }

        public override bool Equals(object? obj) => obj is LineMemo;

        public override int GetHashCode() => 0;
    }
}

/// <summary>One cell of a structured table row.</summary>
/// <param name="Text">The cell text, whitespace-normalised (paragraphs inside the cell joined by a space).</param>
/// <param name="Location">Where the cell is (line/column of the extracted text, page, and a detail such as <c>table 3, row 5, cell 2</c>).</param>
internal sealed record DocCell(string Text, SourceLocation Location)
{
    /// <summary>Gets a value indicating whether this grid position is covered by a rowspan/colspan of an earlier cell.</summary>
    public bool Spanned { get; init; }
}
