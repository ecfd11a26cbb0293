using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Parsing.Tables;
using ReportRules.Parsing.Text;
using ReportRules.Rules;

namespace ReportRules.Parsing.Editions;

/// <summary>Table 3 (三、收到和处理政府信息公开申请情况): rows × the seven applicant columns.</summary>
internal sealed partial class NationalReader
{
    private const int RequestColumns = 7;
    private const int TotalColumn = 6;

    private static readonly RequestRow[] OutcomeRows =
    [
        RequestRow.Granted, RequestRow.PartlyGranted,
        RequestRow.DeniedStateSecret, RequestRow.DeniedLawProhibited, RequestRow.DeniedSecurityStability, RequestRow.DeniedThirdPartyRights,
        RequestRow.DeniedInternalAffairs, RequestRow.DeniedProcessInfo, RequestRow.DeniedEnforcementFile, RequestRow.DeniedAdminQuery,
        RequestRow.UnableNotHeld, RequestRow.UnableNeedsCreation, RequestRow.UnableStillUnclear,
        RequestRow.NotProcessedPetition, RequestRow.NotProcessedDuplicate, RequestRow.NotProcessedPublication,
        RequestRow.NotProcessedMassRepeated, RequestRow.NotProcessedConfirmOrReissue,
    ];

    private static readonly RequestRow[] SplitOtherRows = [RequestRow.OtherNoCorrection, RequestRow.OtherFeeUnpaid, RequestRow.OtherMisc];

    private void ReadRequests(TableRegion region)
    {
        if (region.IsEmpty)
        {
            TableMissing("表三（收到和处理政府信息公开申请情况）", "Table 3 (applications received and handled)");
            return;
        }

        var (_, assembled) = RowAssembler.Assemble(Tokens(region));

        // 1. Match labels; keep value rows whose label was detached for placement by order.
        var entries = new List<(RequestRow? Row, AssembledRow Data)>();
        foreach (var row in assembled)
        {
            var label = ResolveLabel(row, l =>
            {
                var r = RowLabels.MatchRequest(l, out var ambiguous);
                return (r is not null, ambiguous);
            });
            var matched = label is null ? null : RowLabels.MatchRequest(label, out _);
            var hasNumber = row.Values.Any(v => NumberReader.Read(v.Text, null).Kind == CellKind.Number);
            if (matched is null && (!hasNumber || row.Values.Count < RequestColumns - 1))
            {
                continue;
            }

            entries.Add((matched, row));
        }

        var sequence = Sequence(entries.Where(e => e.Row is not null).Select(e => e.Row!.Value).ToList());
        AssignByOrder(entries, sequence);

        // 2. Read each row: positional where the cells are complete, else candidates for inference.
        var states = new Dictionary<RequestRow, RowState>();
        for (var e = 0; e < entries.Count; e++)
        {
            var (row, data) = entries[e];
            if (row is not { } r)
            {
                continue;
            }

            if (states.TryGetValue(r, out var existing))
            {
                if (!existing.Values.Select(t => t.Text).SequenceEqual(data.Values.Select(t => t.Text)))
                {
                    diagnostics.Add(ReportParser.Diagnostic(
                        RuleIds.Parse13,
                        $"Table 3 row {CellKeys.RowId(r)} is printed twice with different values; the first was kept",
                        $"表三 {CellKeys.RowId(r)} 行出现两次且数值不同，保留第一次读到的值。",
                        data.Location));
                }

                continue;
            }

            states[r] = RowStateFor(r, data, AxesNear(entries, e));
        }

        // 3. Remove candidates that break T3-F1/T3-F2 in a column where every other operand is known.
        Narrow(states, sequence);

        // 4. Write the cells.
        var inferred = new List<(string Key, CellValue? Cell)>();
        var ambiguous = new List<(RequestRow Row, string Printed, List<string> Unplaced, SourceLocation? Location)>();
        foreach (var r in sequence)
        {
            if (states.TryGetValue(r, out var state))
            {
                WriteRequestRow(r, state, inferred, ambiguous);
            }
        }

        Inferred("Table 3", "表三", inferred);
        Ambiguous(ambiguous);
    }

    // One cause, one finding (findings.md): every row whose placement is ambiguous goes into one PARSE-4 for the table.
    private void Ambiguous(List<(RequestRow Row, string Printed, List<string> Unplaced, SourceLocation? Location)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var en = string.Join("; ", rows.Select(r => $"{CellKeys.RowId(r.Row)} prints only \"{r.Printed}\""));
        var zh = string.Join("；", rows.Select(r => $"{CellKeys.RowId(r.Row)} 行只印有“{r.Printed}”"));
        var cells = rows.SelectMany(r => r.Unplaced).ToList();
        diagnostics.Add(Note(
            RuleIds.Parse4,
            $"Table 3: {rows.Count} row(s) lost their empty cells and their numbers fit several columns equally well; {cells.Count} cells were left unplaced ({en})",
            $"表三：{rows.Count} 行丢失了空单元格，其数字有多种同样合理的列位置，{cells.Count} 个单元格未予放置（{zh}）。",
            rows[0].Location,
            [.. cells.Select(k => (k, (CellValue?)null))]));
    }

    /// <summary>The form rows in printed order: gb2019 prints one 其他处理 row, gb2021 three; a report prints what it prints.</summary>
    private List<RequestRow> Sequence(List<RequestRow> labelled)
    {
        var single = labelled.Contains(RequestRow.Other);
        var split = labelled.Any(SplitOtherRows.Contains);
        var useSingle = single && !split || (!single && !split && Edition == ReportEdition.Gb2019);
        if (Edition == ReportEdition.Gb2021 && single && !split)
        {
            diagnostics.Add(ReportParser.Diagnostic(
                RuleIds.Parse9,
                "a gb2021 report prints the single gb2019 row （六）其他处理; read as Requests.Results.Other",
                "2021 版报告仍印单行“（六）其他处理”，按 Requests.Results.Other 读取。",
                null));
        }
        else if (Edition == ReportEdition.Gb2019 && split)
        {
            diagnostics.Add(ReportParser.Diagnostic(
                RuleIds.Parse9,
                "a gb2019 report prints the three gb2021 （六）其他处理 sub-rows; they were not read (the gb2019 form has one row)",
                "2019 版报告印有 2021 版“（六）其他处理”的三个子行，2019 版表式只有一行，未读取。",
                null));
        }

        var rows = new List<RequestRow> { RequestRow.NewReceived, RequestRow.CarriedOver };
        rows.AddRange(OutcomeRows);
        if (useSingle)
        {
            rows.Add(RequestRow.Other);
        }
        else
        {
            rows.AddRange(SplitOtherRows);
        }

        rows.Add(RequestRow.ResultsTotal);
        rows.Add(RequestRow.CarriedForward);
        return rows;
    }

    /// <summary>
    /// Value rows whose label was detached (PDF → Markdown) take the form rows missing between their labelled
    /// neighbours, in order, when the counts match exactly; otherwise they are left unplaced (PARSE-4).
    /// </summary>
    private void AssignByOrder(List<(RequestRow? Row, AssembledRow Data)> entries, List<RequestRow> sequence)
    {
        var labelled = entries.Where(e => e.Row is not null).Select(e => e.Row!.Value).ToHashSet();
        var previous = -1;
        var i = 0;
        while (i < entries.Count)
        {
            if (entries[i].Row is { } row)
            {
                previous = Math.Max(previous, sequence.IndexOf(row));
                i++;
                continue;
            }

            var runStart = i;
            while (i < entries.Count && entries[i].Row is null)
            {
                i++;
            }

            var next = i < entries.Count ? sequence.IndexOf(entries[i].Row!.Value) : sequence.Count;
            if (next < 0)
            {
                next = sequence.Count;
            }

            var missing = new List<RequestRow>();
            for (var s = previous + 1; s < next && s < sequence.Count; s++)
            {
                if (!labelled.Contains(sequence[s]))
                {
                    missing.Add(sequence[s]);
                }
            }

            var run = i - runStart;
            if (missing.Count == run)
            {
                for (var k = 0; k < run; k++)
                {
                    entries[runStart + k] = (missing[k], entries[runStart + k].Data);
                }
            }
            else
            {
                diagnostics.Add(ReportParser.Diagnostic(
                    RuleIds.Parse4,
                    $"Table 3: {run} value row(s) without a label could not be matched to the {missing.Count} unlabelled form row(s) around them; left unplaced",
                    $"表三：{run} 个无标签的数值行无法与其间 {missing.Count} 个缺标签的表式行一一对应，未予放置。",
                    entries[runStart].Data.Location));
            }
        }
    }

    /// <summary>
    /// The column axes of text laid out with spaces, for the row at <paramref name="index"/>: from the nearest row of
    /// the table above it and the nearest below it that print all seven numbers on one line (a page break between
    /// them may move the columns, so both are tried).
    /// </summary>
    private static List<(int Start, int End)[]> AxesNear(List<(RequestRow? Row, AssembledRow Data)> entries, int index)
    {
        var axes = new List<(int Start, int End)[]>();
        if (!entries[index].Data.SpaceSplit || entries[index].Data.Values.Count >= RequestColumns)
        {
            return axes;
        }

        foreach (var step in new[] { -1, 1 })
        {
            for (var k = index + step; k >= 0 && k < entries.Count; k += step)
            {
                if (entries[k].Data is { SpaceSplit: true } full && full.Values.Count == RequestColumns
                    && full.Values.All(v => NumberReader.Read(v.Text, null).Kind == CellKind.Number))
                {
                    if (ColumnAxis.From(full.Values) is { } axis)
                    {
                        axes.Add(axis);
                    }

                    break;
                }
            }
        }

        return axes;
    }

    /// <summary>
    /// A row of text laid out with spaces put under the column axes: only when every axis that places it agrees, and
    /// its 总计 (when printed) is the sum of the placed applicant cells — otherwise the identities decide.
    /// </summary>
    private static List<CellToken>? Aligned(IReadOnlyList<CellToken> values, List<(int Start, int End)[]> axes, SourceLocation location)
    {
        var placements = axes.Select(a => ColumnAxis.Place(values, a, location)).Where(p => p is not null).Select(p => p!).ToList();
        if (placements.Count == 0 || placements.Any(p => !p.Select(t => t.Text).SequenceEqual(placements[0].Select(t => t.Text))))
        {
            return null;
        }

        var placed = placements[0];
        if (placed[TotalColumn].Text.Length == 0)
        {
            return placed;
        }

        var sum = placed.Take(TotalColumn).Sum(GridReconstructor.ValueOrZero);
        return sum == GridReconstructor.ValueOrZero(placed[TotalColumn]) ? placed : null;
    }

    private RowState RowStateFor(RequestRow row, AssembledRow data, List<(int Start, int End)[]> axes)
    {
        var values = data.Values;
        if (axes.Count > 0 && values.Count < RequestColumns && Aligned(values, axes, data.Location) is { } aligned)
        {
            // Text laid out with spaces: the empty cells are spaces under their columns.
            return RowState.Fixed(aligned, data);
        }

        if (values.Count > RequestColumns && data.SpaceSplit)
        {
            var joined = GridReconstructor.JoinSplitDigits(values, RequestColumns, v => v.Take(TotalColumn).Sum() == v[TotalColumn]);
            if (joined is not null)
            {
                var raw = string.Join(" ", values.Select(v => v.Text));
                diagnostics.Add(ReportParser.Diagnostic(
                    RuleIds.Parse6,
                    $"Table 3 row {CellKeys.RowId(row)}: digits split by spaces were joined (\"{raw}\" → {string.Join(" ", joined.Select(j => j.Text.Replace(" ", string.Empty, StringComparison.Ordinal)))})",
                    $"表三 {CellKeys.RowId(row)} 行：被空格分开的数字已合并（原文“{raw}”）。",
                    data.Location,
                    raw));
                values = joined.Select(j => j with { Text = j.Text.Replace(" ", string.Empty, StringComparison.Ordinal) }).ToList();
                return RowState.Fixed(values, data);
            }

            return RowState.Unplaced(values, data);
        }

        if (values.Count >= RequestColumns || (data.Complete && values.Count == RequestColumns))
        {
            return RowState.Fixed(values.Take(RequestColumns).ToList(), data);
        }

        // Lost empty cells: the last number is 总计 when the others sum to it (T3-F3); else every placement stays a candidate.
        var numbers = values.Select(GridReconstructor.ValueOrZero).ToArray();
        var withTotal = GridReconstructor.Placements(values.Count, RequestColumns, layout =>
        {
            if (layout[TotalColumn] < 0)
            {
                return false;
            }

            var sum = 0m;
            for (var c = 0; c < TotalColumn; c++)
            {
                sum += layout[c] >= 0 ? numbers[layout[c]] : 0m;
            }

            return sum == numbers[layout[TotalColumn]];
        });
        var candidates = withTotal.Count > 0 ? withTotal : GridReconstructor.Placements(values.Count, RequestColumns, _ => true);
        return RowState.Inferred(values, numbers, candidates, data);
    }

    private static void Narrow(Dictionary<RequestRow, RowState> states, List<RequestRow> sequence)
    {
        var identities = new List<(RequestRow Row, int Sign)[]>
        {
            // T3-F1: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度.
            new[] { (RequestRow.NewReceived, 1), (RequestRow.CarriedOver, 1), (RequestRow.ResultsTotal, -1), (RequestRow.CarriedForward, -1) },
        };
        var outcome = new List<(RequestRow, int)> { (RequestRow.ResultsTotal, 1) };
        outcome.AddRange(sequence.Where(r => OutcomeRows.Contains(r) || r == RequestRow.Other || SplitOtherRows.Contains(r)).Select(r => (r, -1)));
        identities.Add([.. outcome]); // T3-F2: 总计 = Σ outcome rows.

        for (var round = 0; round < 20; round++)
        {
            var changed = false;
            foreach (var identity in identities)
            {
                if (!identity.All(p => states.ContainsKey(p.Row)))
                {
                    continue;
                }

                for (var c = 0; c < RequestColumns; c++)
                {
                    var unknown = identity.Where(p => states[p.Row].At(c) is null).ToList();
                    if (unknown.Count != 1 || states[unknown[0].Row].Candidates is null)
                    {
                        continue;
                    }

                    var known = identity.Where(p => p != unknown[0]).Sum(p => p.Sign * states[p.Row].At(c)!.Value);
                    var need = -known / unknown[0].Sign;
                    changed |= states[unknown[0].Row].Keep(c, need);
                }
            }

            if (!changed)
            {
                break;
            }
        }
    }

    private void WriteRequestRow(RequestRow row, RowState state, List<(string Key, CellValue? Cell)> inferred, List<(RequestRow Row, string Printed, List<string> Unplaced, SourceLocation? Location)> ambiguous)
    {
        var columns = CellKeys.FormColumns;
        if (state.Candidates is null)
        {
            if (state.IsUnplaced)
            {
                diagnostics.Add(Note(
                    RuleIds.Parse4,
                    $"Table 3 row {CellKeys.RowId(row)} prints {state.Values.Count} values for 7 columns and no single reading fits; left unplaced",
                    $"表三 {CellKeys.RowId(row)} 行印有 {state.Values.Count} 个数，对应 7 列，无法唯一确定，未予放置。",
                    state.Data.Location,
                    []));
                return;
            }

            for (var c = 0; c < RequestColumns; c++)
            {
                var key = CellKeys.Request(row, columns[c]);
                var cell = c < state.Values.Count ? ReadCell(state.Values[c], allowSigned: false) : CellValue.Blank();
                TrySet(key, cell);
                ReportUnreadable(key, cell);
            }

            return;
        }

        var agreed = GridReconstructor.Agreement(state.Candidates, RequestColumns);
        var unplaced = new List<string>();
        for (var c = 0; c < RequestColumns; c++)
        {
            var key = CellKeys.Request(row, columns[c]);
            if (agreed[c] is not { } index)
            {
                unplaced.Add(key);
                continue;
            }

            var cell = index >= 0
                ? ReadCell(state.Values[index], allowSigned: false) with { Inferred = true }
                : CellValue.Blank() with { Inferred = true };
            if (TrySet(key, cell))
            {
                inferred.Add((key, cell));
                ReportUnreadable(key, cell);
            }
        }

        if (unplaced.Count > 0)
        {
            ambiguous.Add((row, string.Join(" ", state.Values.Select(v => v.Text)), unplaced, state.Data.Location));
        }
    }

    private void ReportUnreadable(string key, CellValue cell)
    {
        if (cell.Kind == CellKind.Unreadable)
        {
            diagnostics.Add(Note(
                RuleIds.Parse5,
                $"{key}: \"{cell.Raw}\" is not a number",
                $"{key}：“{cell.Raw}”不是数字。",
                cell.Location,
                [(key, cell)]));
        }
    }
}
