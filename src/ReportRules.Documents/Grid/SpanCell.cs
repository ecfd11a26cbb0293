namespace ReportRules.Documents.Grid;

/// <summary>A cell as a structured document declares it: its text and how many grid rows and columns it covers.</summary>
/// <param name="Text">The cell text, whitespace-normalised.</param>
/// <param name="RowSpan">The number of grid rows covered (1 or more).</param>
/// <param name="ColSpan">The number of grid columns covered (1 or more).</param>
internal sealed record SpanCell(string Text, int RowSpan = 1, int ColSpan = 1)
{
    /// <summary>Gets the line and column of the cell in the source markup, when the reader knows them.</summary>
    public (int Line, int Column)? At { get; init; }
}
