using ReportRules.Model;

namespace ReportRules.Findings;

/// <summary>One operand cell of a finding: its key, label, value, raw text and location.</summary>
/// <param name="Key">The cell key.</param>
/// <param name="Label">The Chinese label (row / column) as printed.</param>
/// <param name="Kind">What the cell holds; <see langword="null"/> when the document does not contain it.</param>
/// <param name="Value">The number, when the cell holds one.</param>
/// <param name="Raw">The text as printed (empty when absent or blank).</param>
/// <param name="Location">Where the cell was read.</param>
public sealed record FindingCell(string Key, string Label, CellKind? Kind, decimal? Value, string Raw, SourceLocation? Location)
{
    /// <summary>Gets a value indicating whether the cell's column was recovered by inference.</summary>
    public bool Inferred { get; init; }

    /// <summary>Gets the English label; <see langword="null"/> when the cell has none (then <see cref="Label"/> serves both languages).</summary>
    public string? LabelEn { get; init; }

    /// <summary>Gets the label in a language: <see cref="LabelEn"/> for <c>en</c> when there is one, else <see cref="Label"/>.</summary>
    /// <param name="language"><c>zh</c> or <c>en</c>.</param>
    /// <returns>The label.</returns>
    public string GetLabel(string language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) && LabelEn is not null ? LabelEn : Label;

    /// <summary>
    /// Gets a value indicating whether the cell is printed blank and the finding used the value derived from its
    /// printed parts instead (a blank total beside printed applicant columns; decision 0004).
    /// </summary>
    public bool Derived { get; init; }
}
