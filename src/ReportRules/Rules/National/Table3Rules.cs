using FluentValidation;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Rules.Engine;

namespace ReportRules.Rules.National;

/// <summary>Table 3: the identities T3-F1 … T3-F5 and P3-1 from the catalog, plus the heuristics P3-2, P3-3, P3-5.</summary>
internal sealed class Table3Rules : CatalogValidator
{
    public Table3Rules()
        : base(RuleFamily.Table3)
    {
        Register(Rules.RuleIds.P32, CarriedForwardShare);
        Register(Rules.RuleIds.P33, Completeness);
        Register(Rules.RuleIds.P35, ColumnShift);
    }

    // 表三 结转下年度 vs 本年新收: the 40-working-day limit makes a large carried-forward share unusual.
    private static void CarriedForwardShare(RuleDescriptor rule, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        var forward = CellKeys.Request(RequestRow.CarriedForward, Applicant.Total);
        var received = CellKeys.Request(RequestRow.NewReceived, Applicant.Total);
        if (report.GetCell(forward) is not { Kind: CellKind.Number, Value: { } f } ||
            report.GetCell(received) is not { Kind: CellKind.Number, Value: { } n })
        {
            state.Record(rule.Id, InstanceOutcome.NotApplicable);
            return;
        }

        if (f < RuleCatalog.CarriedForwardMinimum || f <= RuleCatalog.CarriedForwardShare * n)
        {
            state.Record(rule.Id, InstanceOutcome.Passed);
            return;
        }

        var failure = new FailureState(rule.Id, rule.Severity, "CarriedForwardShare", [forward, received])
        {
            Scope = "TOT",
            Actual = f,
            Expected = RuleCatalog.CarriedForwardShare * n,
        };
        failure.Arguments["base"] = MessageArguments.Format(n);
        failure.Arguments["share"] = n == 0 ? "∞" : (f / n).ToString("P0", System.Globalization.CultureInfo.InvariantCulture);
        failure.Arguments["limit"] = RuleCatalog.CarriedForwardShare.ToString("P0", System.Globalization.CultureInfo.InvariantCulture);
        Fail(context, failure);
        state.Record(rule.Id, InstanceOutcome.Failed);
    }

    private static void Completeness(RuleDescriptor rule, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        var analysis = state.Completeness;
        if (rule.GetInstances(report.Edition)[0].Operands.All(k => report.GetCell(k) is not { Kind: CellKind.Number }))
        {
            state.Record(rule.Id, InstanceOutcome.NotApplicable);
            return;
        }

        if (analysis.MessageId is null)
        {
            state.Record(rule.Id, InstanceOutcome.Passed);
            return;
        }

        var failure = new FailureState(rule.Id, rule.Severity, analysis.MessageId, analysis.BlankCells);
        failure.Arguments["count"] = analysis.BlankCells.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Fail(context, failure);
        state.Record(rule.Id, InstanceOutcome.Failed);
    }

    // Flattened tables that drop empty cells slide numbers left into RES/NGO (format-spec §6.5 P3-5).
    private static void ColumnShift(RuleDescriptor rule, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        var instance = rule.GetInstances(report.Edition)[0];
        if (instance.Operands.All(k => report.GetCell(k) is not { Kind: CellKind.Number }))
        {
            state.Record(rule.Id, InstanceOutcome.NotApplicable);
            return;
        }

        var suspect = instance.Left.Sum(k => report.GetCell(k)?.Value ?? 0);
        var others = instance.Right.Sum(k => report.GetCell(k)?.Value ?? 0);
        if (suspect < 3 || suspect <= others)
        {
            state.Record(rule.Id, InstanceOutcome.Passed);
            return;
        }

        var failure = new FailureState(rule.Id, rule.Severity, "ColumnShift", [.. instance.Operands])
        {
            Scope = instance.Scope,
            Actual = suspect,
            Expected = others,
        };
        MessageArguments.AddExtractionHint(failure.Arguments, report, instance.Operands);
        Fail(context, failure);
        state.Record(rule.Id, InstanceOutcome.Failed);
    }
}
