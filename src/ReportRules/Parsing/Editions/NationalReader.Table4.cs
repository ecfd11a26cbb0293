using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Parsing.Tables;
using ReportRules.Rules;

namespace ReportRules.Parsing.Editions;

/// <summary>Table 4 (行政复议、行政诉讼): one data row of 15 values, read positionally and checked with T4-F1…F3.</summary>
internal sealed partial class NationalReader
{
    private const int ReviewColumns = 15;

    private void ReadReview(TableRegion region, string[] keys)
    {
        if (region.IsEmpty)
        {
            TableMissing("表四（行政复议、行政诉讼情况）", "Table 4 (administrative review and litigation)");
            return;
        }

        // The table ends at the next section (五、…, 主要问题) or at prose (a long line in one piece: the header lines of
        // text laid out with spaces are as long, but split into cells by column gaps).
        var end = region.End;
        for (var i = region.Start + 1; i < region.End; i++)
        {
            var key = keys[i].TrimStart('#');
            if (key.StartsWith("五、", StringComparison.Ordinal) || key.Contains("主要问题", StringComparison.Ordinal) || (lines[i].Cells is null && !lines[i].Text.Contains('|', StringComparison.Ordinal) && TextColumns.IsProse(lines[i].Text)))
            {
                end = i;
                break;
            }
        }

        var tokens = Tokens(new TableRegion(region.Start, end));
        var (values, complete) = RowAssembler.Values(tokens);
        if (values.Count == 0)
        {
            return;
        }

        // A structured table prints an empty label column in front of the data row (under the header's corner cell).
        if (complete && tokens.Any(t => t.Structured))
        {
            while (values.Count > ReviewColumns && values[0].Text.Length == 0)
            {
                values.RemoveAt(0);
            }
        }

        var spaceSplit = tokens.Any(t => t.SpaceSplit);
        if (values.Count > ReviewColumns && spaceSplit && values.Count <= ReviewColumns + 3)
        {
            var joined = GridReconstructor.JoinSplitDigits(values, ReviewColumns, v => Groups(v.Select(x => (decimal?)x).ToArray()));
            if (joined is not null)
            {
                var raw = string.Join(" ", values.Select(v => v.Text));
                diagnostics.Add(ReportParser.Diagnostic(
                    RuleIds.Parse6,
                    $"Table 4: digits split by spaces were joined (\"{raw}\")",
                    $"表四：被空格分开的数字已合并（原文“{raw}”）。",
                    values[0].Location,
                    raw));
                values = [.. joined.Select(j => j with { Text = j.Text.Replace(" ", string.Empty, StringComparison.Ordinal) })];
            }
        }

        if (values.Count >= ReviewColumns || complete)
        {
            for (var c = 0; c < ReviewColumns; c++)
            {
                var key = CellKeys.CaseKeys[c];
                var cell = c < values.Count ? ReadCell(values[c], allowSigned: false) : CellValue.Blank();
                TrySet(key, cell);
                ReportUnreadable(key, cell);
            }

            return;
        }

        var numbers = values.Select(GridReconstructor.ValueOrZero).ToArray();
        var candidates = GridReconstructor.Placements(values.Count, ReviewColumns, layout =>
            Groups([.. layout.Select(i => i >= 0 ? numbers[i] : (decimal?)null)]));
        var agreed = GridReconstructor.Agreement(candidates, ReviewColumns);
        var inferred = new List<(string Key, CellValue? Cell)>();
        var unplaced = new List<string>();
        for (var c = 0; c < ReviewColumns; c++)
        {
            var key = CellKeys.CaseKeys[c];
            if (agreed[c] is not { } index)
            {
                unplaced.Add(key);
                continue;
            }

            var cell = index >= 0 ? ReadCell(values[index], allowSigned: false) with { Inferred = true } : CellValue.Blank() with { Inferred = true };
            if (TrySet(key, cell))
            {
                inferred.Add((key, cell));
            }
        }

        Inferred("Table 4", "表四", inferred);
        if (unplaced.Count > 0)
        {
            diagnostics.Add(Note(
                RuleIds.Parse4,
                $"Table 4 prints {values.Count} of 15 values and their columns cannot be told apart; left unplaced: {string.Join(", ", unplaced)}",
                $"表四只印有 {values.Count} 个数（应为 15 个），列位置无法确定，以下单元格未予放置：{string.Join("、", unplaced)}",
                values[0].Location,
                [.. unplaced.Select(k => (k, (CellValue?)null))]));
        }
    }

    /// <summary>T4-F1…F3 on placed values: where a group's 总计 is placed it equals the sum of the group's placed parts.</summary>
    private static bool Groups(decimal?[] slots)
    {
        for (var g = 0; g < 3; g++)
        {
            if (slots[(g * 5) + 4] is not { } total)
            {
                continue;
            }

            var sum = 0m;
            for (var k = 0; k < 4; k++)
            {
                sum += slots[(g * 5) + k] ?? 0m;
            }

            if (sum != total)
            {
                return false;
            }
        }

        return true;
    }
}
