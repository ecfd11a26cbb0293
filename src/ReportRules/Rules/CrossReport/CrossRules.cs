using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Rules.Engine;

namespace ReportRules.Rules.CrossReport;

/// <summary>Two reports of one agency for consecutive years, with the rule selection.</summary>
internal sealed record ConsecutiveReports(CrossReportFacts Previous, CrossReportFacts Current, Func<string, bool> IsSelected)
{
    /// <summary>Gets whether the pair was made through the agency map (a renamed or restructured agency): X-1 is then a warning (format-spec §6.4).</summary>
    public bool Renamed { get; init; }
}

/// <summary>
/// The rules over consecutive reports. The comparisons are evaluated generically from their catalog
/// operands with the blank policy of every other rule (<see cref="BlankPolicy"/>): an absent, unreadable or all-blank
/// instance is not applicable; blanks of an evaluated instance count as 0 and are named in the failure. are
/// heuristics over the same pair. Stateless; one instance serves many threads.
/// </summary>
internal sealed class PairRules : AbstractValidator<ConsecutiveReports>
{
    private const int MinimumCopiedNonZero = 3;
    private const decimal MinimumCopiedSum = 20m;
    private const int MaximumCopiedCells = 12;
    private static readonly string[] StockColumns = [".InForce", ".TotalPublic", ".PrevItems"];

    public PairRules()
    {
        foreach (var rule in RuleCatalog.All.Where(r => r.Family == RuleFamily.CrossReport && CatalogValidator.IsGeneric(r.Kind)))
        {
            Register(rule, EvaluateComparison);
        }

        Register(RuleCatalog.Find(RuleIds.X4)!, EvaluateCopied);
        Register(RuleCatalog.Find(RuleIds.X5)!, EvaluatePending);
    }

    private void Register(RuleDescriptor rule, Action<RuleDescriptor, ConsecutiveReports, ValidationContext<ConsecutiveReports>> body) =>
        RuleFor(p => p.Current).Custom((_, context) =>
        {
            var pair = context.InstanceToValidate;
            if (pair.IsSelected(rule.Id) && rule.AppliesTo(pair.Current.Edition) && rule.AppliesTo(pair.Previous.Edition))
            {
                body(rule, pair, context);
            }
        });

    private static void EvaluateComparison(RuleDescriptor rule, ConsecutiveReports pair, ValidationContext<ConsecutiveReports> context)
    {
        foreach (var instance in rule.GetInstances(pair.Current.Edition))
        {
            var operands = new List<(CrossReportFacts Report, string Key)>();
            operands.AddRange(instance.Left.Select(k => (pair.Current, k)));
            operands.AddRange(instance.Right.Select(k => (pair.Previous, k)));
            operands.AddRange(instance.RightFromLater.Select(k => (pair.Current, k)));
            var cells = operands.Select(o => o.Report.Cells.GetValueOrDefault(o.Key)).ToList();
            if (!BlankPolicy.IsEvaluable(cells))
            {
                continue;
            }

            var left = cells.Take(instance.Left.Count).Sum(c => c!.IsNumber ? c.Value!.Value : 0m);
            var right = cells.Skip(instance.Left.Count).Sum(c => c!.IsNumber ? c.Value!.Value : 0m);
            if (Math.Abs(left - right) <= rule.Tolerance)
            {
                continue;
            }

            var findingCells = operands.Select(o => Cell(o.Report, o.Key)).ToArray();
            var blanks = findingCells.Where((_, i) => !cells[i]!.IsNumber).ToList();
            var severity = pair.Renamed && rule.Severity == FindingSeverity.Error ? FindingSeverity.Warning : rule.Severity;
            var state = new FailureState(rule.Id, severity, rule.Id == RuleIds.X1 ? "CarryOverMismatch" : "CrossIdentityMismatch", [.. operands.Select(o => o.Key)])
            {
                Scope = instance.Scope,
                Expected = right,
                Actual = left,
                Tolerance = rule.Tolerance,
                Location = cells[0]?.Location,
            };
            AddPair(state.Arguments, pair);
            state.Arguments["column"] = instance.Scope;
            MessageArguments.AddScope(state.Arguments, pair.Current.Edition, instance.Scope);
            MessageArguments.AddBlankLabels(state.Arguments, [.. blanks.Select(b => b.Label)], [.. blanks.Select(b => b.LabelEn ?? b.Label)]);
            Fail(context, state, findingCells, pair.Current.Source);
        }
    }

    private static void EvaluateCopied(RuleDescriptor rule, ConsecutiveReports pair, ValidationContext<ConsecutiveReports> context)
    {
        if (pair.Current.Edition == pair.Previous.Edition && pair.Current.Edition is ReportEdition.Gb2019 or ReportEdition.Gb2021)
        {
            foreach (var (table, zh, en) in new[] { (FormTable.Active, "表二", "Table 2"), (FormTable.Requests, "表三", "Table 3"), (FormTable.Review, "表四", "Table 4") })
            {
                var current = Numbers(pair.Current, table);
                var previous = Numbers(pair.Previous, table);
                if (current.Count == 0 || current.Count != previous.Count ||
                    current.Any(p => !previous.TryGetValue(p.Key, out var value) || value != p.Value))
                {
                    continue;
                }

                var flows = current.Where(p => p.Value != 0 && !StockColumns.Any(s => p.Key.EndsWith(s, StringComparison.Ordinal))).ToList();
                if (flows.Count < MinimumCopiedNonZero || flows.Sum(p => Math.Abs(p.Value)) < MinimumCopiedSum)
                {
                    continue;
                }

                var state = new FailureState(rule.Id, rule.Severity, "CopiedTable", [.. flows.Take(MaximumCopiedCells).Select(p => p.Key)])
                {
                    Scope = "Table" + ((int)table).ToString(CultureInfo.InvariantCulture),
                };
                AddPair(state.Arguments, pair);
                state.Arguments["tableZh"] = zh;
                state.Arguments["tableEn"] = en;
                state.Arguments["count"] = current.Count.ToString(CultureInfo.InvariantCulture);
                state.Arguments["nonZero"] = flows.Count.ToString(CultureInfo.InvariantCulture);
                var cells = flows.Take(MaximumCopiedCells).SelectMany(p => new[] { Cell(pair.Current, p.Key), Cell(pair.Previous, p.Key) }).ToList();
                Fail(context, state, cells, pair.Current.Source);
            }
        }

        var earlier = new HashSet<string>(pair.Previous.Paragraphs.Select(p => p.Key), StringComparer.Ordinal);
        var copied = pair.Current.Paragraphs.Where(p => earlier.Contains(p.Key)).ToList();
        if (copied.Count > 0)
        {
            var excerpt = copied[0].Value.Trim();
            var paragraphState = new FailureState(rule.Id, rule.Severity, "CopiedParagraphs", [])
            {
                Scope = "Narrative",
                Evidence = excerpt,
            };
            AddPair(paragraphState.Arguments, pair);
            paragraphState.Arguments["count"] = copied.Count.ToString(CultureInfo.InvariantCulture);
            paragraphState.Arguments["excerpt"] = excerpt.Length > 60 ? excerpt[..60] + "…" : excerpt;
            Fail(context, paragraphState, [], pair.Current.Source);
        }
    }

    private static void EvaluatePending(RuleDescriptor rule, ConsecutiveReports pair, ValidationContext<ConsecutiveReports> context)
    {
        foreach (var instance in rule.GetInstances(pair.Previous.Edition))
        {
            var pendingKey = instance.Right[0];
            if (pair.Previous.Cells.GetValueOrDefault(pendingKey) is not { Kind: CellKind.Number, Value: > 0 } pending)
            {
                continue;
            }

            // The later report must print the group (absent is not blank): otherwise there is nothing to look at.
            var totalKey = instance.Left[0];
            var total = pair.Current.Cells.GetValueOrDefault(totalKey);
            if (total is null or { Kind: CellKind.Unreadable })
            {
                continue;
            }

            var state = new FailureState(rule.Id, rule.Severity, "PendingCases", [pendingKey, totalKey])
            {
                Scope = instance.Scope,
                Expected = pending.Value,
                Actual = total is { Kind: CellKind.Number } ? total.Value : null,
                Location = total?.Location,
            };
            AddPair(state.Arguments, pair);
            var group = instance.Scope switch
            {
                "Review" => ("行政复议", "administrative review"),
                "Lit.Direct" => ("未经复议直接起诉的行政诉讼", "litigation without review"),
                _ => ("复议后起诉的行政诉讼", "litigation after review"),
            };
            (state.Arguments["groupZh"], state.Arguments["groupEn"]) = group;
            state.Arguments["total"] = total is { Kind: CellKind.Number, Value: { } value } ? MessageArguments.Format(value) : "—";
            Fail(context, state, [Cell(pair.Previous, pendingKey), Cell(pair.Current, totalKey)], pair.Current.Source);
        }
    }

    private static Dictionary<string, decimal> Numbers(CrossReportFacts facts, FormTable table)
    {
        var numbers = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, cell) in facts.Cells)
        {
            if (cell is { Kind: CellKind.Number, Value: { } value } && ReportForms.TryGetCell(facts.Edition, key, out var def) && def.Table == table)
            {
                numbers[key] = value;
            }
        }

        return numbers;
    }

    private static void AddPair(Dictionary<string, string> arguments, ConsecutiveReports pair)
    {
        arguments["agency"] = pair.Current.Agency ?? string.Empty;
        arguments["year"] = pair.Current.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        arguments["previousYear"] = pair.Previous.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        arguments["previousSource"] = pair.Previous.Source ?? string.Empty;
    }

    internal static string YearLabel(CrossReportFacts facts) =>
        facts.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) + "年 " : string.Empty;

    // The English counterpart of YearLabel: "2020: ".
    internal static string YearLabelEn(CrossReportFacts facts) =>
        facts.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) + ": " : string.Empty;

    internal static FindingCell Cell(CrossReportFacts facts, string key)
    {
        var cell = facts.Cells.GetValueOrDefault(key);
        var known = ReportForms.TryGetCell(facts.Edition, key, out var def);
        var label = YearLabel(facts) + (known ? def!.LabelZh : ReportForms.LabelOf(key));
        return new FindingCell(key, label, cell?.Kind, cell?.Value, cell?.Raw ?? string.Empty, cell?.Location)
        {
            Inferred = cell?.Inferred ?? false,
            LabelEn = YearLabelEn(facts) + (known ? def!.LabelEn : ReportForms.LabelEnOf(key)),
        };
    }

    internal static void Fail<T>(ValidationContext<T> context, FailureState state, IReadOnlyList<FindingCell> cells, string? source) =>
        context.AddFailure(new ValidationFailure(state.RuleId, state.MessageId)
        {
            ErrorCode = state.RuleId,
            CustomState = new CrossFailure(state, cells, source),
        });
}

/// <summary>The custom state of a cross-report failure: the failure plus the operand cells read from several reports.</summary>
/// <param name="State">The failure.</param>
/// <param name="Cells">The operand cells (later report first).</param>
/// <param name="Source">The source of the report the finding is filed under (the later one).</param>
internal sealed record CrossFailure(FailureState State, IReadOnlyList<FindingCell> Cells, string? Source);

/// <summary>One agency's series with the rule selection.</summary>
internal sealed record SeriesToCheck(AgencySeries Series, Func<string, bool> IsSelected);

/// <summary>X-6: a year missing between two reports of a series (one finding per gap, filed under the later report).</summary>
internal sealed class SeriesRules : AbstractValidator<SeriesToCheck>
{
    public SeriesRules()
    {
        var rule = RuleCatalog.Find(RuleIds.X6)!;
        RuleFor(s => s.Series).Custom((series, context) =>
        {
            if (!context.InstanceToValidate.IsSelected(rule.Id))
            {
                return;
            }

            for (var i = 1; i < series.Reports.Count; i++)
            {
                var (before, after) = (series.Reports[i - 1], series.Reports[i]);
                var (from, to) = (before.Year!.Value, after.Year!.Value);
                if (to - from < 2)
                {
                    continue;
                }

                var missing = string.Join(", ", Enumerable.Range(from + 1, to - from - 1).Select(y => y.ToString(CultureInfo.InvariantCulture)));
                var state = new FailureState(rule.Id, rule.Severity, "MissingYear", [])
                {
                    Scope = missing,
                };
                state.Arguments["agency"] = series.Agency;
                state.Arguments["before"] = from.ToString(CultureInfo.InvariantCulture);
                state.Arguments["after"] = to.ToString(CultureInfo.InvariantCulture);
                state.Arguments["missing"] = missing;
                state.Arguments["previousSource"] = before.Source ?? string.Empty;
                PairRules.Fail(context, state, [], after.Source);
            }
        });
    }
}

/// <summary>An aggregate of the manifest: the parent's report and every child's report for one year.</summary>
internal sealed record AggregateToCheck(CrossReportFacts Parent, IReadOnlyList<CrossReportFacts> Children, Func<string, bool> IsSelected);

/// <summary>P-AGG-1: a region's key figures against the sum of its parts (blank policy as everywhere).</summary>
internal sealed class AggregateRules : AbstractValidator<AggregateToCheck>
{
    internal static readonly (string Key, string Zh, string En)[] Figures =
    [
        ("Requests.NewReceived.TOT", "本年新收申请", "new applications"),
        ("Requests.Results.Total.TOT", "办理结果总计", "results total"),
        ("Requests.CarriedForward.TOT", "结转下年度", "carried forward"),
        ("Review.Total", "行政复议总计", "reviews"),
        ("Lit.Direct.Total", "直接起诉总计", "suits without review"),
        ("Lit.AfterReview.Total", "复议后起诉总计", "suits after review"),
    ];

    public AggregateRules()
    {
        var rule = RuleCatalog.Find(RuleIds.PAgg1)!;
        RuleFor(a => a.Parent).Custom((parent, context) =>
        {
            var aggregate = context.InstanceToValidate;
            if (!aggregate.IsSelected(rule.Id) || !rule.AppliesTo(parent.Edition) || aggregate.Children.Any(c => !rule.AppliesTo(c.Edition)))
            {
                return;
            }

            foreach (var (key, zh, en) in Figures)
            {
                var reports = aggregate.Children.Prepend(parent).ToList();
                var cells = reports.Select(r => r.Cells.GetValueOrDefault(key)).ToList();
                if (!BlankPolicy.IsEvaluable(cells))
                {
                    continue;
                }

                var actual = cells[0]!.IsNumber ? cells[0]!.Value!.Value : 0m;
                var expected = cells.Skip(1).Sum(c => c!.IsNumber ? c.Value!.Value : 0m);
                var allowed = Math.Max(1m, rule.Tolerance * Math.Max(actual, expected));
                if (Math.Abs(actual - expected) <= allowed)
                {
                    continue;
                }

                var state = new FailureState(rule.Id, rule.Severity, "AggregateMismatch", [key])
                {
                    Scope = key,
                    Expected = expected,
                    Actual = actual,
                    Tolerance = allowed,
                    Location = cells[0]!.Location,
                };
                state.Arguments["parent"] = parent.Agency ?? string.Empty;
                state.Arguments["year"] = parent.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
                state.Arguments["figureZh"] = zh;
                state.Arguments["figureEn"] = en;
                state.Arguments["count"] = aggregate.Children.Count.ToString(CultureInfo.InvariantCulture);
                state.Arguments["children"] = string.Join("; ", aggregate.Children.Select(c => $"{c.Agency} {MessageArguments.Format(c.Cells.GetValueOrDefault(key)?.Value ?? 0m)} ({c.Source})"));
                PairRules.Fail(context, state, [.. reports.Select(r => PairRules.Cell(r, key))], parent.Source);
            }
        });
    }
}
