using ReportRules.Model;

namespace ReportRules.Findings;

/// <summary>One operand cell of a finding: its key, label, value, raw text and location.</summary>
/// <param name="Key">The cell key.</param>
/// <param name="Label">The Chinese label (row / column).</param>
/// <param name="Kind">What the cell holds; <see langword="null"/> when the document does not contain it.</param>
/// <param name="Value">The number, when the cell holds one.</param>
/// <param name="Raw">The text as printed (empty when absent or blank).</param>
/// <param name="Location">Where the cell was read.</param>
public sealed record FindingCell(string Key, string Label, CellKind? Kind, decimal? Value, string Raw, SourceLocation? Location)
{
    /// <summary>Gets a value indicating whether the cell's column was recovered by inference.</summary>
    public bool Inferred { get; init; }

    /// <summary>
    /// Gets a value indicating whether the cell is printed blank and the finding used the value derived from its
    /// printed parts instead (a blank total beside printed applicant columns; decision 0004).
    /// </summary>
    public bool Derived { get; init; }
}
