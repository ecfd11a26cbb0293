using FluentValidation;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Rules.Engine;

namespace ReportRules.Rules.National;

/// <summary>Table 2: T2-F1 … T2-F5 and P2-2 from the catalog, plus P2-3 (amount units) and P2-4 (deltas written as text).</summary>
internal sealed class Table2Rules : CatalogValidator
{
    public Table2Rules()
        : base(RuleFamily.Table2)
    {
        Register(Rules.RuleIds.P23, AmountUnit);
        Register(Rules.RuleIds.P24, DeltaAsText);
    }

    private static void AmountUnit(RuleDescriptor rule, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        var key = rule.GetInstances(report.Edition)[0].Left[0];
        if (report.GetCell(key) is not { Kind: CellKind.Number, Value: { } value } cell)
        {
            state.Record(rule.Id, InstanceOutcome.NotApplicable);
            return;
        }

        var yuan = cell.Unit == "元" || cell.Raw.Contains('元', StringComparison.Ordinal) && !cell.Raw.Contains("万元", StringComparison.Ordinal);
        string? messageId = report.Edition == ReportEdition.Gb2021
            ? (yuan || (value >= RuleCatalog.FeeAmountYuanThreshold && decimal.Truncate(value) == value) ? "AmountInYuan" : null)
            : (string.IsNullOrEmpty(cell.Unit) && !yuan ? "AmountUnitMissing" : null);
        if (messageId is null)
        {
            state.Record(rule.Id, InstanceOutcome.Passed);
            return;
        }

        Fail(context, CellFailure(rule, messageId, report.Edition, key, cell));
        state.Record(rule.Id, InstanceOutcome.Failed);
    }

    private static void DeltaAsText(RuleDescriptor rule, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        foreach (var key in rule.GetInstances(report.Edition)[0].Left)
        {
            if (report.GetCell(key) is not { Kind: CellKind.Number, Value: { } value } cell)
            {
                state.Record(rule.Id, InstanceOutcome.NotApplicable);
                continue;
            }

            var raw = cell.Raw.Trim();
            if (raw.Length == 0 || (raw[0] is not ('增' or '减' or '+' or '＋')))
            {
                state.Record(rule.Id, InstanceOutcome.Passed);
                continue;
            }

            Fail(context, CellFailure(rule, "DeltaAsText", report.Edition, key, cell));
            state.Record(rule.Id, InstanceOutcome.Failed);
        }
    }

    // A finding about one printed cell: its value, raw text and labels are the message arguments.
    private static FailureState CellFailure(RuleDescriptor rule, string messageId, ReportEdition edition, string key, CellValue cell)
    {
        var def = ReportForms.TryGetCell(edition, key, out var d) ? d : null;
        var failure = new FailureState(rule.Id, rule.Severity, messageId, [key]) { Actual = cell.Value };
        failure.Arguments["value"] = MessageArguments.Format(cell.Value ?? 0);
        failure.Arguments["raw"] = cell.Raw;
        failure.Arguments["labelZh"] = def?.LabelZh ?? key;
        failure.Arguments["labelEn"] = def?.LabelEn ?? key;
        return failure;
    }
}
