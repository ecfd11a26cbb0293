using ReportRules.Model;

namespace ReportRules.Parsing.Tables;

/// <summary>A table row put together from the lines: its label (matched to a form row when possible) and its value cells.</summary>
/// <param name="Label">The label text as printed (may be empty for a value row whose label was detached).</param>
/// <param name="Values">The value cells in printed order.</param>
/// <param name="Complete">Whether empty cells are kept (the values are positional); otherwise empty cells may have been dropped.</param>
/// <param name="Location">Where the row starts.</param>
internal sealed record AssembledRow(string Label, IReadOnlyList<CellToken> Values, bool Complete, SourceLocation Location)
{
    /// <summary>Gets a value indicating whether the values came from text split on spaces (digits may be split, "35 1").</summary>
    public bool SpaceSplit { get; init; }

    /// <summary>Gets a value indicating whether the row came cut into cells from a structured format (HTML, Word, PDF).</summary>
    public bool Structured { get; init; }

    /// <summary>Gets the label lines that preceded the row (used to match wrapped labels), last first.</summary>
    public IReadOnlyList<string> PendingLabels { get; init; } = [];
}
