using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Rules.Engine;

/// <summary>
/// What a validator attaches to a FluentValidation failure (as its custom state); <see cref="FailureMapper"/>
/// turns it into a public <see cref="Finding"/>.
/// </summary>
internal sealed record FailureState(string RuleId, FindingSeverity Severity, string MessageId, IReadOnlyList<string> CellKeys)
{
    public Dictionary<string, string> Arguments { get; init; } = new(StringComparer.Ordinal);

    public string? Scope { get; init; }

    public decimal? Expected { get; init; }

    public decimal? Actual { get; init; }

    public decimal? Tolerance { get; init; }

    public string? Evidence { get; init; }

    public SourceLocation? Location { get; init; }

    /// <summary>Gets the blank cells whose value was derived from their printed parts (FindingCell.Derived).</summary>
    public IReadOnlySet<string>? DerivedKeys { get; init; }
}
