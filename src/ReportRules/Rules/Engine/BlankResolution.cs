using System.Globalization;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;

namespace ReportRules.Rules.Engine;

/// <summary>
/// Decides the comparisons that failed only because blank operands were taken as 0 (decision 0004): a Table 3
/// column left blank on several rows is one <c>P3-3</c> warning; a lone blank whose value the identities imply is one
/// <c>P3-3</c> warning naming that value; a blank the form requires, of a kind the publisher filled elsewhere in the
/// table, keeps the identity's error; anything else is noted once per table as left unchecked (<c>PARSE-10</c>).
/// </summary>
internal static class BlankResolution
{
    /// <summary>A Table 3 column is "blank on rows" when at least this many of its data rows are printed blank.</summary>
    internal const int PatternMinimumRows = 2;

    public static List<FailureState> Resolve(AnnualReport report, EvaluationState state)
    {
        var results = new List<FailureState>();
        var deferred = state.Deferred;
        if (deferred.Count == 0)
        {
            return results;
        }

        var handled = new bool[deferred.Count];
        var patternCells = new HashSet<string>(StringComparer.Ordinal);

        // 1. Table 3 columns printed blank on (most of) their rows: one finding for the pattern, never one per row.
        //    Columns whose blanks could close the same failure (five blank applicant columns under one row total) are
        //    one group: the finding cannot tell which of them holds the missing number.
        var columns = BlankColumns(report).ToList();
        foreach (var group in Groups(columns, deferred))
        {
            var cells = group.SelectMany(g => g.Cells).ToList();
            var set = cells.ToHashSet(StringComparer.Ordinal);
            var covered = Enumerable.Range(0, deferred.Count).Where(i => !handled[i] && deferred[i].Closing.Any(set.Contains)).ToList();
            if (covered.Count == 0)
            {
                continue;
            }

            patternCells.UnionWith(cells);

            // The pattern's finding names every blank of the column: no PARSE-10 note repeats them.
            if (state.BlankAsZero.TryGetValue((int)FormTable.Requests, out var asZero))
            {
                asZero.ExceptWith(cells);
                if (asZero.Count == 0)
                {
                    state.BlankAsZero.Remove((int)FormTable.Requests);
                }
            }

            Settle(state, deferred, handled, covered, InstanceOutcome.NotApplicable);
            if (!state.IsSelected(RuleIds.P33))
            {
                continue;
            }

            var codes = group.Select(g => CellKeys.ColumnCode(g.Column)).ToList();
            var failure = new FailureState(RuleIds.P33, FindingSeverity.Warning, "ColumnBlankOnRows", cells)
            {
                Scope = string.Join("+", codes),
            };
            if (codes.Count == 1)
            {
                MessageArguments.AddScope(failure.Arguments, report.Edition, codes[0]);
            }
            else
            {
                var one = new Dictionary<string, string>(StringComparer.Ordinal);
                var zh = new List<string>();
                var en = new List<string>();
                foreach (var code in codes)
                {
                    MessageArguments.AddScope(one, report.Edition, code);
                    zh.Add(one["scopeZh"].Trim('（', '）')[..^1]);
                    en.Add(one["scopeEn"].Trim(' ', '(', ')'));
                }

                failure.Arguments["scopeZh"] = $"（{string.Join("、", zh)}列）";
                failure.Arguments["scopeEn"] = $" ({string.Join("; ", en)})";
            }

            var rows = group.SelectMany(g => g.Cells).Select(k => k[..k.LastIndexOf('.')]).Distinct(StringComparer.Ordinal).ToList();
            failure.Arguments["count"] = rows.Count.ToString(CultureInfo.InvariantCulture);
            failure.Arguments["rowsZh"] = string.Join("、", rows.Select(r => RowLabel(report, r + "." + codes[0], zh: true)));
            failure.Arguments["rowsEn"] = string.Join("; ", rows.Select(r => RowLabel(report, r + "." + codes[0], zh: false)));
            failure.Arguments["failed"] = covered.Count.ToString(CultureInfo.InvariantCulture);
            failure.Arguments["checks"] = Checks(covered.Select(i => deferred[i]));
            results.Add(failure);
        }

        // 2. A lone blank of a kind the publisher fills elsewhere, whose value every identity reading it implies alike:
        //    an omission, with the value to print.
        var lone = deferred.Where((d, i) => !handled[i]).SelectMany(d => d.Closing).Where(k => !patternCells.Contains(k))
            .Distinct(StringComparer.Ordinal).OrderBy(k => ReportForms.OrderOf(report.Edition, k)).ToList();
        foreach (var key in RuleCatalog.Find(RuleIds.P33)!.AppliesTo(report.Edition) ? lone : [])
        {
            var singles = Enumerable.Range(0, deferred.Count)
                .Where(i => !handled[i] && deferred[i].Closing.Count == 1 && deferred[i].Closing[0] == key)
                .ToList();
            var implied = singles.Where(i => deferred[i].Rule.Kind == RuleKind.Equality)
                .Select(i => Math.Abs(deferred[i].Left - deferred[i].Right)).Distinct().ToList();
            if (implied.Count != 1 || !IsExpectedFilled(report, key) || !Fits(report, key, implied[0]) || !HoldsWith(report, state, key, implied[0]))
            {
                continue;
            }

            Settle(state, deferred, handled, singles, InstanceOutcome.NotApplicable);
            if (!state.IsSelected(RuleIds.P33))
            {
                continue;
            }

            var failure = new FailureState(RuleIds.P33, FindingSeverity.Warning, "CellBlankImplied", [key])
            {
                Scope = key,
                Expected = implied[0],
            };
            ReportForms.TryGetCell(report.Edition, key, out var def);
            failure.Arguments["labelZh"] = def?.LabelZh ?? key;
            failure.Arguments["labelEn"] = def?.LabelEn ?? key;
            failure.Arguments["value"] = MessageArguments.Format(implied[0]);
            failure.Arguments["checks"] = Checks(singles.Select(i => deferred[i]));
            results.Add(failure);
        }

        // 3. The rest: an error where a blank is a cell the publisher fills elsewhere, otherwise left unchecked.
        var leftUnchecked = new SortedDictionary<int, List<DeferredFailure>>();
        for (var i = 0; i < deferred.Count; i++)
        {
            if (handled[i])
            {
                continue;
            }

            var d = deferred[i];
            if (d.Closing.Any(k => IsExpectedFilled(report, k)))
            {
                results.Add(CatalogValidator.Failure(d.Rule, d.Instance, report, d.Left, d.Right, d.Blanks));
                Settle(state, deferred, handled, [i], InstanceOutcome.Failed);
                continue;
            }

            Settle(state, deferred, handled, [i], InstanceOutcome.NotApplicable);
            var table = ReportForms.TryGetCell(report.Edition, d.Closing[0], out var def) ? (int)def.Table : 0;
            if (!leftUnchecked.TryGetValue(table, out var list))
            {
                leftUnchecked[table] = list = [];
            }

            list.Add(d);
        }

        if (state.IsSelected(RuleIds.Parse10))
        {
            foreach (var (table, list) in leftUnchecked)
            {
                var cells = list.SelectMany(d => d.Closing).Distinct(StringComparer.Ordinal).OrderBy(k => ReportForms.OrderOf(report.Edition, k)).ToList();
                var failure = new FailureState(RuleIds.Parse10, FindingSeverity.Info, "BlankLeftUnchecked", cells)
                {
                    Scope = "T" + table.ToString(CultureInfo.InvariantCulture) + ".unchecked",
                };
                MessageArguments.AddTable(failure.Arguments, table);
                failure.Arguments["failed"] = list.Count.ToString(CultureInfo.InvariantCulture);
                failure.Arguments["checks"] = Checks(list);
                failure.Arguments["cells"] = string.Join(", ", cells);
                results.Add(failure);
            }
        }

        return results;
    }

    /// <summary>
    /// The Table 3 columns printed blank on at least <see cref="PatternMinimumRows"/> data rows and on no fewer rows
    /// than they print a number (a whole blank column, or a total column filled only on its summary rows).
    /// </summary>
    private static IEnumerable<(Applicant Column, List<string> Cells)> BlankColumns(AnnualReport report)
    {
        if (!report.Edition.IsNational())
        {
            yield break;
        }

        var rows = RuleCatalog.DataRows(report.Edition);
        foreach (var column in CellKeys.FormColumns)
        {
            var keys = rows.Select(r => CellKeys.Request(r, column)).ToList();
            var blank = keys.Where(k => report.GetCell(k) is { Kind: CellKind.Blank or CellKind.NotApplicable }).ToList();
            var filled = keys.Count(k => report.GetCell(k) is { Kind: CellKind.Number });
            if (blank.Count >= PatternMinimumRows && blank.Count >= filled)
            {
                yield return (column, blank);
            }
        }
    }

    /// <summary>Merges the blank columns whose cells close the same deferred failure; each column alone otherwise.</summary>
    private static List<List<(Applicant Column, List<string> Cells)>> Groups(List<(Applicant Column, List<string> Cells)> columns, List<DeferredFailure> deferred)
    {
        var groups = columns.Select(c => new List<(Applicant Column, List<string> Cells)> { c }).ToList();
        foreach (var failure in deferred)
        {
            var touched = groups.Where(g => g.Any(c => c.Cells.Any(failure.Closing.Contains))).ToList();
            for (var i = 1; i < touched.Count; i++)
            {
                touched[0].AddRange(touched[i]);
                groups.Remove(touched[i]);
            }
        }

        foreach (var group in groups)
        {
            group.Sort((x, y) => x.Column.CompareTo(y.Column));
        }

        return groups;
    }

    /// <summary>
    /// Whether a blank cell is one the publisher should have filled: the form requires it and the same table prints a
    /// number in another cell of the same kind (the same applicant column in Table 3, the same field elsewhere).
    /// </summary>
    private static bool IsExpectedFilled(AnnualReport report, string key)
    {
        if (!ReportForms.TryGetCell(report.Edition, key, out var def) || def.Optional)
        {
            return false;
        }

        var kind = KindOf(def);
        return ReportForms.GetCells(report.Edition).Any(other =>
            other.Table == def.Table &&
            other.Key != key &&
            KindOf(other) == kind &&
            report.GetCell(other.Key) is { Kind: CellKind.Number });
    }

    // The legacy 统计表 has one value column: every cell is of one kind. National tables: the column, or the field.
    private static string KindOf(FormCellDefinition def) =>
        def.Table == FormTable.Legacy ? "L14" : def.Column ?? def.Key[(def.Key.LastIndexOf('.') + 1)..];

    // A count is a whole number ≥ 0; an amount ≥ 0; a signed count whole.
    private static bool Fits(AnnualReport report, string key, decimal value)
    {
        var type = ReportForms.TryGetCell(report.Edition, key, out var def) ? def.ValueType : CellValueType.Count;
        return type switch
        {
            CellValueType.SignedCount => decimal.Truncate(value) == value,
            CellValueType.Amount => value > 0,
            _ => value > 0 && decimal.Truncate(value) == value,
        };
    }

    /// <summary>Whether every comparison that reads <paramref name="key"/> as its only blank holds with the key set to <paramref name="value"/>.</summary>
    private static bool HoldsWith(AnnualReport report, EvaluationState state, string key, decimal value)
    {
        foreach (var rule in RuleCatalog.All)
        {
            // The comparisons CatalogValidator evaluates within one report (X-1 compares two reports).
            if (rule.Kind is not (RuleKind.Equality or RuleKind.AtMost or RuleKind.NonNegativeSum) ||
                rule.Family is not (RuleFamily.Table2 or RuleFamily.Table3 or RuleFamily.Table4 or RuleFamily.Legacy) ||
                !rule.AppliesTo(report.Edition) || !state.IsSelected(rule.Id))
            {
                continue;
            }

            foreach (var instance in rule.GetInstances(report.Edition))
            {
                if (!instance.Operands.Contains(key, StringComparer.Ordinal))
                {
                    continue;
                }

                var cells = instance.Operands.Select(report.GetCell).ToList();
                if (cells.Any(c => c is null or { Kind: CellKind.Unreadable }) ||
                    instance.Operands.Any(k => k != key && report.GetCell(k) is not { Kind: CellKind.Number }))
                {
                    continue;
                }

                decimal Sum(IEnumerable<string> keys) => keys.Sum(k => k == key ? value : report.GetCell(k)!.Value ?? 0);
                var left = Sum(instance.Left);
                var right = Sum(instance.Right);
                var holds = rule.Kind switch
                {
                    RuleKind.Equality => Math.Abs(left - right) <= rule.Tolerance,
                    RuleKind.AtMost => left <= right + rule.Tolerance,
                    _ => left >= 0,
                };
                if (!holds)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void Settle(EvaluationState state, List<DeferredFailure> deferred, bool[] handled, IEnumerable<int> indexes, InstanceOutcome outcome)
    {
        foreach (var i in indexes)
        {
            handled[i] = true;
            state.Record(deferred[i].Rule.Id, outcome);
        }
    }

    private static string Checks(IEnumerable<DeferredFailure> failures) =>
        string.Join(", ", failures.Select(d => string.IsNullOrEmpty(d.Instance.Scope) ? d.Rule.Id : $"{d.Rule.Id} {d.Instance.Scope}"));

    private static string RowLabel(AnnualReport report, string key, bool zh)
    {
        if (!ReportForms.TryGetCell(report.Edition, key, out var def))
        {
            return key;
        }

        return (zh ? def.LabelZh : def.LabelEn).Split(" / ")[0];
    }
}
