using FluentValidation;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Parsing.Narrative;
using ReportRules.Rules.Engine;

namespace ReportRules.Rules.Narrative;

/// <summary>
/// The narrative rules N-1 … N-4 and P4-2 over <see cref="AnnualReport.Facts"/> (read once when the report was built;
/// nothing here scans text). Every finding quotes its sentence as evidence.
/// </summary>
internal sealed class NarrativeRules : ReportRuleValidator
{
    public NarrativeRules()
    {
        Register(Rules.RuleIds.N1, NarrativeVersusTable);
        Register(Rules.RuleIds.N2, PartsAndPercentages);
        Register(Rules.RuleIds.N3, StatedTwice);
        Register(Rules.RuleIds.N4, Placeholders);
        Register(Rules.RuleIds.P42, AllUpheldClaim);
    }

    /// <summary>Gets every fact with its parts, depth first.</summary>
    internal static IEnumerable<NarrativeFact> Flatten(IEnumerable<NarrativeFact> facts)
    {
        foreach (var fact in facts)
        {
            yield return fact;
            foreach (var part in Flatten(fact.Parts))
            {
                yield return part;
            }
        }
    }

    // N-1: a number the prose restates must equal the cells that hold it; blank cells are not compared (blank ≠ 0).
    private static void NarrativeVersusTable(RuleDescriptor rule, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        foreach (var fact in Flatten(report.Facts))
        {
            if (fact.Kind is not (NarrativeFactKind.Count or NarrativeFactKind.None) || fact.Value is not { } stated || fact.CellKeys.Count == 0)
            {
                continue;
            }

            // A blank total whose parts are printed is compared at the sum of its parts, marked derived (decision 0004).
            var values = new List<(string Key, decimal Value, bool Derived)>();
            foreach (var key in fact.CellKeys)
            {
                if (report.GetCell(key) is { Kind: CellKind.Number, Value: { } value })
                {
                    values.Add((key, value, false));
                }
                else if (TryDerive(report, key, out var derived))
                {
                    values.Add((key, derived, true));
                }
            }

            if (values.Count == 0)
            {
                state.Record(rule.Id, InstanceOutcome.NotApplicable);
                continue;
            }

            var table = values.Sum(v => v.Value);
            var holds = fact.Approximate ? table >= stated : table == stated;

            // 受理/收到 is used both for this year's new applications and for all handled this year (new + carried
            // over, format-spec §6.5 N-1; e.g. 沭阳县 2025 受理749 = 713 + 36): either reading agrees with the table.
            if (!holds && fact.Concept == NarrativeConcepts.Received && report.Edition.IsNational() &&
                report.GetCell("Requests.CarriedOver.TOT") is { Kind: CellKind.Number, Value: { } carriedOver })
            {
                holds = fact.Approximate ? table + carriedOver >= stated : table + carriedOver == stated;
            }

            if (holds)
            {
                state.Record(rule.Id, InstanceOutcome.Passed);
                continue;
            }

            // A count given for a unit acting for the reporting body ("区政府办代表区政府受理政府信息公开申请17件" beside a
            // table of 95 for the whole district, 洪泽区 2024) is that unit's share: at most the table's number, so a
            // smaller count is a different scope, not a conflict. A share larger than the whole still cannot be right,
            // but the scope is uncertain, so it is a warning.
            if (fact.PartialScope && !fact.Approximate && stated < table)
            {
                state.Record(rule.Id, InstanceOutcome.NotApplicable);
                continue;
            }

            var severity = fact.Explicit && !fact.PartialScope ? FindingSeverity.Error : FindingSeverity.Warning;
            var failure = new FailureState(rule.Id, severity, fact.Approximate ? "NarrativeBelowApproximate" : "NarrativeTableMismatch", fact.CellKeys)
            {
                Scope = fact.Concept,
                Expected = table,
                Actual = stated,
                Tolerance = 0,
                Evidence = fact.Sentence,
                Location = fact.Location,
                DerivedKeys = values.Where(v => v.Derived).Select(v => v.Key).ToHashSet(StringComparer.Ordinal),
            };
            string DerivedZh(string k) => values.FirstOrDefault(v => v.Key == k) is { Derived: true } d ? $"，空白，由分项推算为 {MessageArguments.Format(d.Value)}" : string.Empty;
            string DerivedEn(string k) => values.FirstOrDefault(v => v.Key == k) is { Derived: true } d ? $" (blank; {MessageArguments.Format(d.Value)} derived from its parts)" : string.Empty;
            failure.Arguments["stated"] = Stated(fact);
            failure.Arguments["table"] = MessageArguments.Format(table);
            failure.Arguments["cellsZh"] = string.Join("、", fact.CellKeys.Select(k => $"{Label(report, k)}（{k}{DerivedZh(k)}）"));
            failure.Arguments["cells"] = string.Join(" + ", fact.CellKeys.Select(k => k + DerivedEn(k)));
            failure.Arguments["sentence"] = fact.Sentence;
            failure.Arguments["certaintyZh"] = fact.Explicit && !fact.PartialScope ? string.Empty : "句子措辞可能指不同口径，请核对。";
            failure.Arguments["certaintyEn"] = fact.Explicit && !fact.PartialScope ? string.Empty : " The wording may mean a different scope; please check.";
            Fail(context, failure);
            state.Record(rule.Id, InstanceOutcome.Failed);
        }
    }

    /// <summary>
    /// Derives a blank cell from its printed parts: every within-report equality that has the cell alone on one side
    /// and only printed numbers on the other (the row's applicant columns for a 总计, the four outcomes for a 表四 总计)
    /// must give the same value.
    /// </summary>
    internal static bool TryDerive(AnnualReport report, string key, out decimal value)
    {
        value = 0;
        if (report.GetCell(key) is not { Kind: CellKind.Blank })
        {
            return false;
        }

        decimal? found = null;
        foreach (var rule in RuleCatalog.All)
        {
            if (rule.Kind != RuleKind.Equality || rule.Family is not (RuleFamily.Table2 or RuleFamily.Table3 or RuleFamily.Table4 or RuleFamily.Legacy))
            {
                continue;
            }

            foreach (var instance in rule.GetInstances(report.Edition))
            {
                var parts = instance.Left is [var l] && l == key ? instance.Right : instance.Right is [var r] && r == key ? instance.Left : null;
                if (parts is null || parts.Count == 0 || parts.Any(p => report.GetCell(p) is not { Kind: CellKind.Number }))
                {
                    continue;
                }

                var sum = parts.Sum(p => report.GetCell(p)!.Value!.Value);
                if (found is { } other && other != sum)
                {
                    return false;
                }

                found = sum;
            }
        }

        value = found ?? 0;
        return found is not null;
    }

    // N-2: 其中 parts add up to their total (≤ with 等); a printed percentage matches part ÷ total to its printed precision.
    private static void PartsAndPercentages(RuleDescriptor rule, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        foreach (var fact in Flatten(report.Facts))
        {
            if (fact.Kind != NarrativeFactKind.Count || fact.Value is not { } total)
            {
                continue;
            }

            if (fact.Parts.Count > 0)
            {
                CheckParts(rule, fact, total, state, context);
            }

            if (fact.Percentage is { } percentage && fact.PercentageBase is { } denominator && denominator > 0)
            {
                CheckPercentage(rule, fact, total, percentage, denominator, state, context);
            }
        }
    }

    private static void CheckParts(RuleDescriptor rule, NarrativeFact fact, decimal total, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        if (fact.Approximate || fact.Parts.Any(p => p.Approximate || p.Value is null))
        {
            // 余/逾 are approximate: never an error.
            state.Record(rule.Id, InstanceOutcome.NotApplicable);
            return;
        }

        var sum = fact.Parts.Sum(p => p.Value!.Value);

        // Parts above the total cannot be right: an error. Parts below it are a warning, because a 其中 list may name only
        // some kinds ("发布信息300条，其中政务动态200条，公开目录60条"); a single part ("共编发文章1640篇，其中原创文章294篇")
        // or a list ending in 等 is a subset by its wording, so only exceeding the total counts there.
        var subset = fact.NonExhaustive || fact.Parts.Count == 1;
        if (sum == total || (sum < total && subset))
        {
            state.Record(rule.Id, InstanceOutcome.Passed);
            return;
        }

        var (severity, messageId) = sum > total
            ? (rule.Severity, fact.NonExhaustive ? "NarrativePartsExceed" : "NarrativePartsMismatch")
            : (FindingSeverity.Warning, "NarrativePartsShort");
        var failure = new FailureState(rule.Id, severity, messageId, [])
        {
            Scope = fact.Concept ?? fact.Label,
            Expected = sum,
            Actual = total,
            Tolerance = 0,
            Evidence = fact.Sentence,
            Location = fact.Location,
        };
        failure.Arguments["total"] = fact.Raw;
        failure.Arguments["parts"] = string.Join(" + ", fact.Parts.Select(p => p.Raw));
        failure.Arguments["sentence"] = fact.Sentence;
        Fail(context, failure);
        state.Record(rule.Id, InstanceOutcome.Failed);
    }

    private static void CheckPercentage(RuleDescriptor rule, NarrativeFact fact, decimal part, decimal percentage, decimal denominator, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        var exact = part * 100m / denominator;
        var scale = Pow10(fact.PercentageDecimals);
        var half = 0.5m / scale;

        // Both rounding and truncation are in use (1/130 is printed 0.77% or 0.76%).
        var rounded = Math.Abs(percentage - exact) <= half;
        var truncated = decimal.Truncate(exact * scale) / scale == percentage;
        if (rounded || truncated)
        {
            state.Record(rule.Id, InstanceOutcome.Passed);
            return;
        }

        var failure = new FailureState(rule.Id, rule.Severity, "NarrativePercentMismatch", [])
        {
            Scope = (fact.Concept ?? fact.Label) + "%",
            Expected = decimal.Round(exact, fact.PercentageDecimals + 2, MidpointRounding.AwayFromZero),
            Actual = percentage,
            Tolerance = half,
            Evidence = fact.Sentence,
            Location = fact.Location,
        };
        failure.Arguments["part"] = fact.Raw;
        failure.Arguments["base"] = MessageArguments.Format(denominator);
        failure.Arguments["printed"] = MessageArguments.Format(percentage);
        failure.Arguments["exact"] = MessageArguments.Format(decimal.Round(exact, fact.PercentageDecimals + 2, MidpointRounding.AwayFromZero));
        failure.Arguments["sentence"] = fact.Sentence;
        Fail(context, failure);
        state.Record(rule.Id, InstanceOutcome.Failed);
    }

    // N-3: one quantity, two exact values.
    private static void StatedTwice(RuleDescriptor rule, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        var groups = Flatten(report.Facts)
            .Where(f => f.Kind is NarrativeFactKind.Count or NarrativeFactKind.None && f.Concept is not null && f.Value is not null && !f.Approximate)
            .GroupBy(f => f.Concept!, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var first = group.First();
            var other = group.FirstOrDefault(f => f.Value != first.Value);
            if (other is null)
            {
                state.Record(rule.Id, group.Count() > 1 ? InstanceOutcome.Passed : InstanceOutcome.NotApplicable);
                continue;
            }

            var failure = new FailureState(rule.Id, rule.Severity, "NarrativeStatedTwice", first.CellKeys)
            {
                Scope = group.Key,
                Expected = first.Value,
                Actual = other.Value,
                Evidence = first.Sentence == other.Sentence ? first.Sentence : first.Sentence + " / " + other.Sentence,
                Location = other.Location,
            };
            failure.Arguments["first"] = Stated(first);
            failure.Arguments["second"] = Stated(other);
            failure.Arguments["firstAt"] = first.Location?.ToString() ?? string.Empty;
            failure.Arguments["secondAt"] = other.Location?.ToString() ?? string.Empty;
            Fail(context, failure);
            state.Record(rule.Id, InstanceOutcome.Failed);
        }
    }

    // N-4: "XX件", "××", "共主动公开条".
    private static void Placeholders(RuleDescriptor rule, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        var any = false;
        foreach (var fact in report.Facts.Where(f => f.Kind == NarrativeFactKind.Placeholder))
        {
            any = true;
            var failure = new FailureState(rule.Id, rule.Severity, "NarrativePlaceholder", [])
            {
                Scope = fact.Location?.ToString(),
                Evidence = fact.Sentence,
                Location = fact.Location,
            };
            failure.Arguments["raw"] = fact.Raw;
            failure.Arguments["sentence"] = fact.Sentence;
            Fail(context, failure);
            state.Record(rule.Id, InstanceOutcome.Failed);
        }

        if (!any)
        {
            state.Record(rule.Id, report.Narrative.Count > 0 ? InstanceOutcome.Passed : InstanceOutcome.NotApplicable);
        }
    }

    // P4-2: "均获维持 / 零败诉" while the table shows corrected (or pending) cases.
    private static void AllUpheldClaim(RuleDescriptor rule, AnnualReport report, EvaluationState state, ValidationContext<AnnualReport> context)
    {
        var claim = report.Facts.FirstOrDefault(f => f.Kind == NarrativeFactKind.AllUpheldClaim);
        var keys = rule.GetInstances(report.Edition).SelectMany(i => i.Left).ToList();
        if (claim is null || keys.All(k => report.GetCell(k) is not { Kind: CellKind.Number }))
        {
            state.Record(rule.Id, InstanceOutcome.NotApplicable);
            return;
        }

        var against = keys.Where(k => report.GetCell(k) is { Kind: CellKind.Number, Value: > 0 }).ToList();
        if (against.Count == 0)
        {
            state.Record(rule.Id, InstanceOutcome.Passed);
            return;
        }

        var failure = new FailureState(rule.Id, rule.Severity, "AllUpheldContradicted", against)
        {
            Actual = against.Sum(k => report.GetCell(k)!.Value!.Value),
            Expected = 0,
            Evidence = claim.Sentence,
            Location = claim.Location,
        };
        failure.Arguments["phrase"] = claim.Raw;
        failure.Arguments["cells"] = string.Join(", ", against.Select(k => $"{k} = {MessageArguments.Format(report.GetCell(k)!.Value!.Value)}"));
        failure.Arguments["sentence"] = claim.Sentence;
        Fail(context, failure);
        state.Record(rule.Id, InstanceOutcome.Failed);
    }

    private static string Stated(NarrativeFact fact) =>
        fact.Kind == NarrativeFactKind.None ? "0" : fact.Raw;

    private static string Label(AnnualReport report, string key) =>
        ReportForms.TryGetCell(report.Edition, key, out var definition) ? definition.LabelZh : key;

    private static decimal Pow10(int decimals)
    {
        var value = 1m;
        for (var i = 0; i < decimals; i++)
        {
            value *= 10m;
        }

        return value;
    }
}
