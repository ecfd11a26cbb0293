using FluentValidation;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;

namespace ReportRules.Rules.Engine;

/// <summary>
/// Evaluates every catalog rule of one family whose kind is a plain comparison (equality, upper bound,
/// cell domain, non-negative sum) straight from its declared operands, applying the blank policy of findings.md.
/// </summary>
internal abstract class CatalogValidator : ReportRuleValidator
{
    protected CatalogValidator(RuleFamily family)
    {
        foreach (var rule in RuleCatalog.All.Where(r => r.Family == family && IsGeneric(r.Kind)))
        {
            Register(rule.Id, EvaluateAll);
        }
    }

    internal static bool IsGeneric(RuleKind kind) =>
        kind is RuleKind.Equality or RuleKind.AtMost or RuleKind.CellDomain or RuleKind.NonNegativeSum;

    internal static void EvaluateAll(RuleDescriptor rule, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        foreach (var instance in rule.GetInstances(report.Edition))
        {
            var resolved = OperandResolver.Resolve(instance, report);
            var outcome = rule.Kind == RuleKind.CellDomain
                ? EvaluateDomain(rule, resolved, report, context)
                : EvaluateComparison(rule, resolved, report, state, context);
            if (outcome != InstanceOutcome.Deferred)
            {
                state.Record(rule.Id, outcome);
            }
        }
    }

    private static InstanceOutcome EvaluateComparison(RuleDescriptor rule, RuleInstance instance, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        var operands = instance.Operands.ToList();
        var cells = operands.Select(report.GetCell).ToList();

        // Blank is not zero: nothing printed means nothing to check; a cell the document does not contain at all
        // (an optional column, a row lost in extraction) cannot be checked; unreadable text is already a parse finding.
        if (!BlankPolicy.IsEvaluable(cells) ||
            operands.Any(k => state.Completeness.Suppressed.Contains(k) && report.GetCell(k) is not { Kind: CellKind.Number }))
        {
            return InstanceOutcome.NotApplicable;
        }

        var left = Sum(instance.Left, report);
        var right = Sum(instance.Right, report);
        var blanks = operands.Where(k => report.GetCell(k) is not { Kind: CellKind.Number }).ToList();
        var holds = rule.Kind switch
        {
            RuleKind.Equality => Math.Abs(left - right) <= rule.Tolerance,
            RuleKind.AtMost => left <= right + rule.Tolerance,
            RuleKind.NonNegativeSum => left >= 0,
            _ => true,
        };

        if (holds)
        {
            if (blanks.Count > 0 && rule.Severity == FindingSeverity.Error)
            {
                foreach (var key in blanks)
                {
                    var table = ReportForms.TryGetCell(report.Edition, key, out var def) ? (int)def.Table : 0;
                    if (!state.BlankAsZero.TryGetValue(table, out var set))
                    {
                        state.BlankAsZero[table] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(key);
                }
            }

            return InstanceOutcome.Passed;
        }

        // Blank is not zero (decision 0004): a failure that a value in the blank cells could close is decided by
        // BlankResolution once every identity has run, not reported here as an error.
        var closing = ClosingBlanks(rule.Kind, left - right, instance, blanks);
        if (closing.Count > 0)
        {
            state.Deferred.Add(new DeferredFailure(rule, instance, blanks, closing, left, right));
            return InstanceOutcome.Deferred;
        }

        Fail(context, Failure(rule, instance, report, left, right, blanks));
        return InstanceOutcome.Failed;
    }

    /// <summary>Builds the failure of a comparison that does not hold.</summary>
    internal static FailureState Failure(RuleDescriptor rule, RuleInstance instance, AnnualReport report, decimal left, decimal right, IReadOnlyCollection<string> blanks)
    {
        var operands = instance.Operands.ToList();
        var messageId = rule.Kind switch
        {
            RuleKind.AtMost => "BoundExceeded",
            RuleKind.NonNegativeSum => "NegativeSum",
            _ => "IdentityMismatch",
        };
        var failure = new FailureState(rule.Id, rule.Severity, messageId, operands)
        {
            Scope = instance.Scope,
            Expected = rule.Kind == RuleKind.NonNegativeSum ? 0 : right,
            Actual = left,
            Tolerance = rule.Tolerance,
        };
        MessageArguments.AddScope(failure.Arguments, report.Edition, instance.Scope);
        MessageArguments.AddBlanks(failure.Arguments, blanks);
        MessageArguments.AddExtractionHint(failure.Arguments, report, operands);
        MessageArguments.AddCustomTitle(failure.Arguments, rule);
        return failure;
    }

    /// <summary>
    /// The blank operands that a non-negative value could use to make a failed comparison hold: those on the short
    /// side (the right of an equality whose left is larger, and so on). Empty when no value in the blanks can help.
    /// </summary>
    internal static List<string> ClosingBlanks(RuleKind kind, decimal difference, RuleInstance instance, IReadOnlyCollection<string> blanks)
    {
        var side = kind switch
        {
            RuleKind.Equality => difference < 0 ? instance.Left : instance.Right,
            RuleKind.AtMost => instance.Right,
            RuleKind.NonNegativeSum => instance.Left,
            _ => [],
        };
        return [.. side.Where(blanks.Contains)];
    }

    private static InstanceOutcome EvaluateDomain(RuleDescriptor rule, RuleInstance instance, AnnualReport report, ValidationContext<AnnualReport> context)
    {
        var any = false;
        var failed = false;
        foreach (var key in instance.Left)
        {
            if (report.GetCell(key) is not { Kind: CellKind.Number, Value: { } value } cell)
            {
                continue;
            }

            any = true;
            var type = ReportForms.TryGetCell(report.Edition, key, out var def) ? def.ValueType : CellValueType.Count;
            var ok = type switch
            {
                CellValueType.SignedCount => decimal.Truncate(value) == value,
                CellValueType.Amount => value >= 0,
                _ => value >= 0 && decimal.Truncate(value) == value,
            };
            if (ok)
            {
                continue;
            }

            failed = true;
            var failure = new FailureState(rule.Id, rule.Severity, "CellDomain", [key])
            {
                Scope = instance.Scope,
                Actual = value,
                Location = cell.Location,
            };
            failure.Arguments["value"] = MessageArguments.Format(value);
            failure.Arguments["labelZh"] = def?.LabelZh ?? key;
            failure.Arguments["labelEn"] = def?.LabelEn ?? key;
            (failure.Arguments["domainZh"], failure.Arguments["domainEn"]) = type switch
            {
                CellValueType.SignedCount => ("整数", "a whole number"),
                CellValueType.Amount => ("非负金额", "an amount ≥ 0"),
                _ => ("非负整数", "a whole number ≥ 0"),
            };
            MessageArguments.AddCustomTitle(failure.Arguments, rule);
            Fail(context, failure);
        }

        return !any ? InstanceOutcome.NotApplicable : failed ? InstanceOutcome.Failed : InstanceOutcome.Passed;
    }

    private static decimal Sum(IEnumerable<string> keys, AnnualReport report)
    {
        var total = 0m;
        foreach (var key in keys)
        {
            if (report.GetCell(key) is { Kind: CellKind.Number, Value: { } value })
            {
                total += value;
            }
        }

        return total;
    }
}
