using ReportRules.Model;

namespace ReportRules.Findings;

/// <summary>The result of checking one report: the findings and what was evaluated.</summary>
public sealed class CheckResult
{
    internal CheckResult(string? source, CheckStatus status, string? error, AnnualReport? report, IReadOnlyList<Finding> findings, RuleTally tally)
    {
        Source = source;
        Status = status;
        Error = error;
        Report = report;
        Findings = findings;
        RulesEvaluated = tally.Evaluated;
        RulesPassed = tally.Passed;
        RulesNotApplicable = tally.NotApplicable;
    }

    /// <summary>Gets the source (path or name) of the report.</summary>
    public string? Source { get; }

    /// <summary>Gets whether the input was checked or could not be read.</summary>
    public CheckStatus Status { get; }

    /// <summary>Gets what was wrong with an unreadable input; otherwise <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>Gets the report that was checked (possibly partial), when one was read.</summary>
    public AnnualReport? Report { get; }

    /// <summary>Gets the findings (parse diagnostics included), in a deterministic order: table order, then rule id, then cell.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets how many rules were evaluated on at least one set of operands.</summary>
    public int RulesEvaluated { get; }

    /// <summary>Gets how many evaluated rules raised no finding.</summary>
    public int RulesPassed { get; }

    /// <summary>Gets how many rules were not applicable (every operand absent or blank, or the edition does not have them).</summary>
    public int RulesNotApplicable { get; }

    /// <summary>Gets the number of findings of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    public int Count(FindingSeverity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>
    /// Gets the outcome word: unreadable; not checked (no rule evaluated, or no table cell holds a number, as in a
    /// blank template); findings (an error or a warning); or clean.
    /// </summary>
    public CheckOutcome Outcome =>
        Status == CheckStatus.Unreadable ? CheckOutcome.Unreadable
        : RulesEvaluated == 0 || Report is null || HasFormButNoNumber(Report) ? CheckOutcome.NotChecked
        : Findings.Any(f => f.Severity is FindingSeverity.Error or FindingSeverity.Warning) ? CheckOutcome.Findings
        : CheckOutcome.Clean;

    // An edition with table forms whose tables hold no number at all (a blank template, tables not found): the few
    // rules that ran (metadata, prose) do not make it checked. A prose-only edition (legacy2008) is judged by its rules.
    private static bool HasFormButNoNumber(AnnualReport report) =>
        Model.Forms.ReportForms.GetCells(report.Edition).Count > 0 && !report.Cells.Values.Any(c => c.Kind == CellKind.Number);

    /// <summary>Gets a value indicating whether no finding is an error.</summary>
    public bool IsClean => Status == CheckStatus.Checked && Findings.All(f => f.Severity != FindingSeverity.Error);

    /// <summary>Creates the result for an input that could not be read at all.</summary>
    /// <param name="source">The source.</param>
    /// <param name="error">What was wrong.</param>
    /// <param name="diagnostics">Parse diagnostics, if any.</param>
    /// <returns>The result.</returns>
    public static CheckResult Unreadable(string? source, string error, IReadOnlyList<Finding>? diagnostics = null) =>
        new(source, CheckStatus.Unreadable, error, null, diagnostics ?? [], default);
}

/// <summary>Counts of rules evaluated, passed and not applicable.</summary>
/// <param name="Evaluated">Rules evaluated.</param>
/// <param name="Passed">Rules passed.</param>
/// <param name="NotApplicable">Rules not applicable.</param>
internal readonly record struct RuleTally(int Evaluated, int Passed, int NotApplicable);
