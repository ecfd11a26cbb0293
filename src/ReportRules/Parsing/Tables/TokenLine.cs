using ReportRules.Model;

namespace ReportRules.Parsing.Tables;

/// <summary>One input line cut into a label and value cells.</summary>
/// <param name="Kind">What the line is.</param>
/// <param name="Label">The label text (leading non-numeric cells joined by a space); empty when none.</param>
/// <param name="Values">The value cells after the label, in printed order; empty cells kept where the layout shows them.</param>
/// <param name="Location">Where the line starts.</param>
internal sealed record TokenLine(LineKind Kind, string Label, IReadOnlyList<CellToken> Values, SourceLocation Location)
{
    /// <summary>Gets a value indicating whether the cells were delimited (pipes or a structured table), so empty cells are kept.</summary>
    public bool Delimited { get; init; }

    /// <summary>Gets a value indicating whether the values came from splitting text on spaces (PDF text), where digits may be split.</summary>
    public bool SpaceSplit { get; init; }

    /// <summary>Gets a value indicating whether the line is a table row of a structured format (HTML, Word, PDF), cut into cells by the reader.</summary>
    public bool Structured { get; init; }
}
