using System.Globalization;
using FluentValidation;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Rules.Engine;

namespace ReportRules.Rules.Legacy;

/// <summary>
/// The legacy2014 统计表: the identities L-F1 … L-F8 and the bounds L-P2, L-P4 evaluated from the catalog's operands,
/// plus the heuristics L-P1 (channel dedup bounds), L-P3 (answered vs closed vs received) and L-P5 (万元 unit).
/// </summary>
internal sealed class Legacy2014Rules : CatalogValidator
{
    public Legacy2014Rules()
        : base(RuleFamily.Legacy)
    {
        Register(Rules.RuleIds.LP1, ChannelBounds);
        Register(Rules.RuleIds.LP3, AnsweredClosedReceived);
        Register(Rules.RuleIds.LP5, AmountUnit);
    }

    // 一（一）"不同渠道和方式公开相同信息计1条": the deduplicated total lies between the largest channel and the channel sum.
    private static void ChannelBounds(RuleDescriptor rule, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        var instance = rule.GetInstances(report.Edition)[0];
        var totalKey = instance.Left[0];
        var channels = instance.Right.Where(k => report.GetCell(k) is { Kind: CellKind.Number }).ToList();
        if (report.GetCell(totalKey) is not { Kind: CellKind.Number, Value: { } total } || channels.Count == 0)
        {
            state.Record(rule.Id, InstanceOutcome.NotApplicable);
            return;
        }

        var largestKey = channels.MaxBy(k => report.GetCell(k)!.Value!.Value)!;
        var largest = report.GetCell(largestKey)!.Value!.Value;
        var sum = channels.Sum(k => report.GetCell(k)!.Value!.Value);
        var failed = false;
        if (largest > total)
        {
            var failure = new FailureState(rule.Id, rule.Severity, "ChannelAboveTotal", [totalKey, largestKey])
            {
                Scope = largestKey,
                Expected = total,
                Actual = largest,
            };
            failure.Arguments["channelZh"] = LabelOf(report, largestKey, zh: true);
            failure.Arguments["channelEn"] = LabelOf(report, largestKey, zh: false);
            Fail(context, failure);
            failed = true;
        }

        if (total > sum)
        {
            var failure = new FailureState(rule.Id, rule.Severity, "TotalAboveChannels", [totalKey, .. instance.Right])
            {
                Scope = totalKey,
                Expected = sum,
                Actual = total,
            };
            Fail(context, failure);
            failed = true;
        }

        state.Record(rule.Id, failed ? InstanceOutcome.Failed : InstanceOutcome.Passed);
    }

    // 三（二）/（三）: every closed application is answered; no carried-over row, so closed > received needs last year's backlog.
    private static void AnsweredClosedReceived(RuleDescriptor rule, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        foreach (var instance in rule.GetInstances(report.Edition))
        {
            var leftKey = instance.Left[0];
            var rightKey = instance.Right[0];
            if (report.GetCell(leftKey) is not { Kind: CellKind.Number, Value: { } left } ||
                report.GetCell(rightKey) is not { Kind: CellKind.Number, Value: { } right })
            {
                state.Record(rule.Id, InstanceOutcome.NotApplicable);
                continue;
            }

            var answeredVsClosed = leftKey == "L14.Apply.Replied";
            var holds = answeredVsClosed ? left == right : left <= right;
            if (holds)
            {
                state.Record(rule.Id, InstanceOutcome.Passed);
                continue;
            }

            var failure = new FailureState(rule.Id, rule.Severity, answeredVsClosed ? "AnsweredNotClosed" : "ClosedAboveReceived", [leftKey, rightKey])
            {
                Scope = instance.Scope,
                Expected = right,
                Actual = left,
            };
            Fail(context, failure);
            state.Record(rule.Id, InstanceOutcome.Failed);
        }
    }

    // 七 / 八（四） are printed in 万元; a 元 suffix or a five-figure amount means the cell was filled in yuan.
    private static void AmountUnit(RuleDescriptor rule, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        foreach (var key in rule.GetInstances(report.Edition)[0].Left)
        {
            if (report.GetCell(key) is not { Kind: CellKind.Number, Value: { } value } cell)
            {
                state.Record(rule.Id, InstanceOutcome.NotApplicable);
                continue;
            }

            if (cell.Unit != "元" && value < RuleCatalog.LegacyWanYuanThreshold)
            {
                state.Record(rule.Id, InstanceOutcome.Passed);
                continue;
            }

            var failure = new FailureState(rule.Id, rule.Severity, "AmountInYuan", [key])
            {
                Scope = key,
                Actual = value,
                Location = cell.Location,
            };
            failure.Arguments["value"] = MessageArguments.Format(value);
            failure.Arguments["raw"] = cell.Raw;
            failure.Arguments["labelZh"] = LabelOf(report, key, zh: true);
            failure.Arguments["labelEn"] = LabelOf(report, key, zh: false);
            Fail(context, failure);
            state.Record(rule.Id, InstanceOutcome.Failed);
        }
    }

    private static string LabelOf(AnnualReport report, string key, bool zh) =>
        ReportForms.TryGetCell(report.Edition, key, out var definition)
            ? (zh ? definition.LabelZh : definition.LabelEn)
            : key.ToString(CultureInfo.InvariantCulture);
}
