using FluentValidation;
using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Rules.Engine;

/// <summary>
/// Per-check state shared by the validators through FluentValidation's root context data: the rule
/// selection, the outcome tally, the blank cells treated as zero and the cells explained by a completeness finding.
/// </summary>
internal sealed class EvaluationState
{
    private const string ContextKey = "ReportRules.EvaluationState";
    private readonly Dictionary<string, InstanceTally> tallies = new(StringComparer.Ordinal);
    private readonly Func<string, bool> isSelected;

    public EvaluationState(AnnualReport report, Func<string, bool> isSelected)
    {
        Report = report;
        this.isSelected = isSelected;
        Completeness = CompletenessAnalysis.Analyze(report);
    }

    public AnnualReport Report { get; }

    public CompletenessAnalysis Completeness { get; }

    /// <summary>Gets the blank or absent operands of identities that held with blank as 0, by table.</summary>
    public SortedDictionary<int, SortedSet<string>> BlankAsZero { get; } = [];

    /// <summary>Gets the failed comparisons that blank operands could close, left for <see cref="BlankResolution"/> (decision 0004).</summary>
    public List<DeferredFailure> Deferred { get; } = [];

    public static EvaluationState From(ValidationContext<AnnualReport> context) =>
        (EvaluationState)context.RootContextData[ContextKey];

    public void Attach(ValidationContext<AnnualReport> context) => context.RootContextData[ContextKey] = this;

    public bool IsSelected(string ruleId) => isSelected(ruleId);

    public void Record(string ruleId, InstanceOutcome outcome)
    {
        tallies.TryGetValue(ruleId, out var tally);
        tallies[ruleId] = outcome switch
        {
            InstanceOutcome.Passed => tally with { Passed = tally.Passed + 1 },
            InstanceOutcome.Failed => tally with { Failed = tally.Failed + 1 },
            _ => tally with { NotApplicable = tally.NotApplicable + 1 },
        };
    }

    public RuleTally Tally()
    {
        int evaluated = 0, passed = 0, notApplicable = 0;
        foreach (var tally in tallies.Values)
        {
            evaluated += tally.Passed + tally.Failed;
            passed += tally.Passed;
            notApplicable += tally.NotApplicable;
        }

        return new RuleTally(evaluated, passed, notApplicable);
    }

    private readonly record struct InstanceTally(int Passed, int Failed, int NotApplicable);
}

/// <summary>What one rule instance came to.</summary>
internal enum InstanceOutcome
{
    NotApplicable,
    Passed,
    Failed,

    /// <summary>Failed only with blanks taken as 0; decided later by <see cref="BlankResolution"/>.</summary>
    Deferred,
}

/// <summary>
/// A comparison that failed with its blank operands taken as 0, while values in some of them (<paramref name="Closing"/>,
/// those on the short side) could make it hold.
/// </summary>
internal sealed record DeferredFailure(RuleDescriptor Rule, RuleInstance Instance, IReadOnlyList<string> Blanks, IReadOnlyList<string> Closing, decimal Left, decimal Right);
