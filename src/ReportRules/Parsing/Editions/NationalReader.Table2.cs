using ReportRules.Model;
using ReportRules.Parsing.Tables;
using ReportRules.Parsing.Text;
using ReportRules.Rules;

namespace ReportRules.Parsing.Editions;

/// <summary>Table 2 (二、主动公开政府信息情况): the 第二十条 items, columns per edition.</summary>
internal sealed partial class NationalReader
{
    private static readonly Dictionary<string, string[]> Gb2019Columns = new(StringComparer.Ordinal)
    {
        ["A20_1.Rules"] = ["NewMade", "NewPublished", "TotalPublic"],
        ["A20_1.NormDocs"] = ["NewMade", "NewPublished", "TotalPublic"],
        ["A20_5.Licensing"] = ["PrevItems", "Delta", "Decisions"],
        ["A20_5.OtherServices"] = ["PrevItems", "Delta", "Decisions"],
        ["A20_6.Penalty"] = ["PrevItems", "Delta", "Decisions"],
        ["A20_6.Coercion"] = ["PrevItems", "Delta", "Decisions"],
        ["A20_8.Fees"] = ["PrevItems", "Delta"],
        ["A20_9.Procurement"] = ["Projects", "Amount"],
    };

    private static readonly Dictionary<string, string[]> Gb2021Columns = new(StringComparer.Ordinal)
    {
        ["A20_1.Rules"] = ["Issued", "Repealed", "InForce"],
        ["A20_1.NormDocs"] = ["Issued", "Repealed", "InForce"],
        ["A20_5.Licensing"] = ["Decisions"],
        ["A20_6.Penalty"] = ["Decisions"],
        ["A20_6.Coercion"] = ["Decisions"],
        ["A20_8.Fees"] = ["AmountWan"],
    };

    private void ReadActive(TableRegion region)
    {
        if (region.IsEmpty)
        {
            TableMissing("表二（主动公开政府信息情况）", "Table 2 (proactive disclosure)");
            return;
        }

        var (_, rows) = RowAssembler.Assemble(Tokens(region));
        var columnsOf = Edition == ReportEdition.Gb2019 ? Gb2019Columns : Gb2021Columns;

        // gb2019 本年增/减: where the table writes its changes with 增/减/+/−, an unsigned number is not a change.
        var signedDeltas = rows.SelectMany(r => r.Values).Any(v => IsSigned(v.Text));
        var inferred = new List<(string Key, CellValue? Cell)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var label = ResolveLabel(row, l => (RowLabels.MatchActive(l) is not null, false));
            if (label is null || RowLabels.MatchActive(label) is not { } id || !seen.Add(id))
            {
                continue;
            }

            if (!columnsOf.TryGetValue(id, out var columns))
            {
                diagnostics.Add(ReportParser.Diagnostic(
                    RuleIds.Parse9,
                    $"Table 2 row {id} belongs to the other edition's form; it was not read",
                    $"表二 {id} 行属于另一版本的表式，未读取。",
                    row.Location));
                continue;
            }

            PlaceActiveRow(id, columns, row, signedDeltas, inferred);
        }

        Inferred("Table 2", "表二", inferred);
    }

    private void PlaceActiveRow(string id, string[] columns, AssembledRow row, bool signedDeltas, List<(string Key, CellValue? Cell)> inferred)
    {
        var values = row.Values;
        if (values.Count > columns.Length && row.SpaceSplit)
        {
            var joined = GridReconstructor.JoinSplitDigits(values, columns.Length, _ => true);
            if (joined is not null)
            {
                var raw = string.Join(" ", values.Select(v => v.Text));
                diagnostics.Add(ReportParser.Diagnostic(
                    RuleIds.Parse6,
                    $"Table 2 row {id}: digits split by spaces were joined (\"{raw}\")",
                    $"表二 {id} 行：被空格分开的数字已合并（原文“{raw}”）。",
                    row.Location,
                    raw));
                values = [.. joined.Select(j => j with { Text = j.Text.Replace(" ", string.Empty, StringComparison.Ordinal) })];
            }
        }

        if (values.Count >= columns.Length || row.Complete)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                var key = $"Active.{id}.{columns[c]}";
                var cell = c < values.Count ? ReadCell(values[c], columns[c] == "Delta") : CellValue.Blank();
                TrySet(key, cell);
                ReportUnreadable(key, cell);
            }

            return;
        }

        var candidates = GridReconstructor.Placements(values.Count, columns.Length, layout =>
        {
            for (var c = 0; c < layout.Length; c++)
            {
                if (layout[c] < 0)
                {
                    continue;
                }

                var signed = IsSigned(values[layout[c]].Text);
                var isDelta = columns[c] == "Delta";
                if ((signed && !isDelta) || (!signed && isDelta && signedDeltas))
                {
                    return false;
                }
            }

            return true;
        });
        var agreed = GridReconstructor.Agreement(candidates, columns.Length);
        var unplaced = new List<string>();
        for (var c = 0; c < columns.Length; c++)
        {
            var key = $"Active.{id}.{columns[c]}";
            if (agreed[c] is not { } index)
            {
                unplaced.Add(key);
                continue;
            }

            var cell = index >= 0
                ? ReadCell(values[index], columns[c] == "Delta") with { Inferred = true }
                : CellValue.Blank() with { Inferred = true };
            if (TrySet(key, cell))
            {
                inferred.Add((key, cell));
            }
        }

        if (unplaced.Count > 0)
        {
            diagnostics.Add(Note(
                RuleIds.Parse4,
                $"Table 2 row {id} prints {values.Count} of {columns.Length} values and their columns cannot be told apart; left unplaced: {string.Join(", ", unplaced)}",
                $"表二 {id} 行只印有 {values.Count} 个数（应为 {columns.Length} 个），列位置无法确定，以下单元格未予放置：{string.Join("、", unplaced)}",
                row.Location,
                [.. unplaced.Select(k => (k, (CellValue?)null))]));
        }
    }

    private static bool IsSigned(string text)
    {
        var clean = NumberReader.Clean(text);
        return clean.Length > 1 && clean[0] is '增' or '减' or '+' or '-' or '−' or '–' && NumberReader.Read(clean, null).Kind == CellKind.Number;
    }
}
