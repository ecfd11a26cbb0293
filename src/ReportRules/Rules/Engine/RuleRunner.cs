using System.Collections.Frozen;
using FluentValidation;
using Microsoft.Extensions.Logging;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Rules.Legacy;
using ReportRules.Rules.Narrative;
using ReportRules.Rules.National;

namespace ReportRules.Rules.Engine;

/// <summary>
/// Runs the registered validators over a report. The list is explicit (no assembly scanning); validators are
/// built once and are safe to share between threads.
/// </summary>
internal static class RuleRunner
{
    /// <summary>Gets every validator, in evaluation order.</summary>
    private static readonly Lazy<System.Collections.Frozen.FrozenDictionary<string, int>> RuleOrder = new(() =>
        RuleCatalog.All.Select((r, i) => (r.Id, i)).ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.Ordinal));

    public static IReadOnlyList<ReportRuleValidator> Validators { get; } =
    [
        new Table3Rules(),
        new Table4Rules(),
        new Table2Rules(),
        new MetadataRules(),
        new Legacy2014Rules(),
        new NarrativeRules(),
    ];

    public static (IReadOnlyList<Finding> Findings, RuleTally Tally) Run(AnnualReport report, Func<string, bool> isSelected, ILogger logger) =>
        Run(report, isSelected, logger, Validators);

    /// <summary>Runs the given validators (the built-in ones, then a checker's own rules) over a report.</summary>
    public static (IReadOnlyList<Finding> Findings, RuleTally Tally) Run(AnnualReport report, Func<string, bool> isSelected, ILogger logger, IReadOnlyList<ReportRuleValidator> validators)
    {
        var state = new EvaluationState(report, isSelected);
        var findings = new List<Finding>();
        foreach (var validator in validators)
        {
            var context = new ValidationContext<AnnualReport>(report);
            state.Attach(context);
            var result = validator.Validate(context);
            foreach (var failure in result.Errors)
            {
                findings.Add(FailureMapper.Map(failure, report));
            }
        }

        foreach (var failure in BlankResolution.Resolve(report, state))
        {
            findings.Add(FailureMapper.ToFinding(failure, report));
        }

        if (isSelected(RuleIds.Parse10))
        {
            foreach (var (table, keys) in state.BlankAsZero)
            {
                var note = new FailureState(RuleIds.Parse10, FindingSeverity.Info, "BlankTreatedAsZero", [.. keys])
                {
                    Arguments =
                    {
                        ["count"] = keys.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["cells"] = string.Join(", ", keys),
                    },
                    Scope = "T" + table.ToString(System.Globalization.CultureInfo.InvariantCulture),
                };
                MessageArguments.AddTable(note.Arguments, table);
                findings.Add(FailureMapper.ToFinding(note, report));
            }
        }

        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("Checked {Source}: {Count} findings", report.Metadata.Source, findings.Count);
        }
        return (findings, state.Tally());
    }

    /// <summary>Sorts findings deterministically: catalog order of the rule, then form order of the first cell, then scope and fingerprint.</summary>
    public static List<Finding> Order(IEnumerable<Finding> findings, ReportEdition edition) =>
        Order(findings, edition, RuleOrder.Value);

    /// <summary>Sorts findings by a given rule order (a checker's catalog: the built-in rules, then its own).</summary>
    public static List<Finding> Order(IEnumerable<Finding> findings, ReportEdition edition, IReadOnlyDictionary<string, int> ruleOrder)
    {
        return findings
            .OrderBy(f => ruleOrder.TryGetValue(f.RuleId, out var i) ? i : int.MaxValue)
            .ThenBy(f => f.Cells.Count > 0 ? ReportForms.OrderOf(edition, f.Cells[0].Key) : -1)
            .ThenBy(f => f.Scope, StringComparer.Ordinal)
            .ThenBy(f => f.Location?.Line ?? 0)
            .ThenBy(f => f.Fingerprint, StringComparer.Ordinal)
            .ToList();
    }
}
