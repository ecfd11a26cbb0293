using System.Globalization;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Parsing.Document;
using ReportRules.Parsing.Text;
using ReportRules.Rules;

namespace ReportRules.Parsing.Legacy;

/// <summary>
/// Reads legacy reports: the legacy2014 政府信息公开情况统计表 (three columns 统计指标 | 单位 | 统计数) and the prose;
/// for legacy2008 the prose only (its statistics, where any, were local attachments). Two text layouts of the table
/// are read by one tokenizer: one cell per line ("label |", "条 |", "2848 |", a bare "|" for a blank cell; seed 000),
/// and one row per line ("label | 条 | 181 |"; seed 004). Structured rows (HTML, Word) arrive with their cells split.
/// </summary>
internal static class LegacyReader
{
    private static readonly HashSet<string> UnitTokens = new(StringComparer.Ordinal)
    {
        "条", "件", "次", "篇", "个", "人", "人次", "万元", "元", "项", "家", "份", "场", "期", "户",
    };

    public static ParseResult Read(IReadOnlyList<DocLine> lines, ReportMetadata metadata, string? source, List<Finding> diagnostics)
    {
        var builder = new AnnualReportBuilder(metadata.Edition)
            .WithAgency(metadata.Agency)
            .WithYear(metadata.Year)
            .WithSource(source)
            .WithPublishedOn(metadata.PublishedOn);

        var (start, end) = metadata.Edition == ReportEdition.Legacy2014 ? FindTable(lines) : (-1, -1);
        ProseCollector.Collect(lines, i => start >= 0 && i >= start && i < end, builder);

        if (metadata.Edition == ReportEdition.Legacy2014)
        {
            if (start < 0)
            {
                diagnostics.Add(ReportParser.Diagnostic(
                    RuleIds.Parse7,
                    "the legacy2014 statistics table (政府信息公开情况统计表) was not found",
                    "未找到政府信息公开情况统计表。",
                    null));
            }
            else
            {
                ReadTable(lines, start, end, builder, diagnostics);
            }
        }

        return new ParseResult(source, builder.Build(), diagnostics, null);
    }

    // The table starts at the first table line naming 统计表 or 统计指标 and ends before the first prose line after it.
    private static (int Start, int End) FindTable(IReadOnlyList<DocLine> lines)
    {
        var start = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var isTableLine = lines[i].Cells is not null || lines[i].Text.Contains('|', StringComparison.Ordinal);
            if (start < 0)
            {
                var compact = LegacyRowMatcher.Compact(lines[i].Text);
                if (isTableLine && (compact.Contains("统计表", StringComparison.Ordinal) || compact.Contains("统计指标", StringComparison.Ordinal)))
                {
                    start = i;
                }

                continue;
            }

            if (!isTableLine && lines[i].Text.Trim().Length > 0)
            {
                return (start, i);
            }
        }

        return (start, start < 0 ? -1 : lines.Count);
    }

    private static void ReadTable(IReadOnlyList<DocLine> lines, int start, int end, AnnualReportBuilder builder, List<Finding> diagnostics)
    {
        var rows = GroupRows(Tokenize(lines, start, end));
        var section = 0;
        var seen = new Dictionary<string, TableRow>(StringComparer.Ordinal);
        var extras = new List<(string Key, TableRow Row)>();
        foreach (var row in rows)
        {
            var compact = LegacyRowMatcher.Compact(row.Label.Text);
            var value = row.Value is { } v ? NumberReader.Read(v.Text, v.Location, allowSigned: false) : null;
            var hasUnit = row.Unit is { } u && UnitTokens.Contains(LegacyRowMatcher.Compact(u.Text));
            if (LegacyRowMatcher.TryGetSection(compact, out var opened))
            {
                section = opened;
                if (section is not (4 or 5 or 6 or 7))
                {
                    continue;
                }
            }
            else if (compact.EndsWith("情况", StringComparison.Ordinal) && value is not { Kind: CellKind.Number })
            {
                // A sub-heading such as （二）通过不同渠道和方式公开政府信息的情况.
                continue;
            }

            var key = LegacyRowMatcher.Match(section, compact);
            if (key is null)
            {
                if (IsHeaderOrTitle(compact) || (!hasUnit && value is null or { Kind: CellKind.Blank or CellKind.NotApplicable }))
                {
                    continue;
                }

                extras.Add((ReportForms.LegacyExtraPrefix + (extras.Count + 1).ToString(CultureInfo.InvariantCulture), row));
                continue;
            }

            var cell = value ?? CellValue.Blank(row.Label.Location);
            if (seen.TryGetValue(key, out var previous))
            {
                var before = previous.Value is { } pv ? NumberReader.Read(pv.Text, pv.Location, allowSigned: false) : null;
                if (before?.Value != cell.Value)
                {
                    diagnostics.Add(ReportParser.Diagnostic(
                        RuleIds.Parse13,
                        $"{key} is printed twice ({before?.Raw} and {cell.Raw}); the first was kept",
                        $"{key} 出现两次（{before?.Raw} 与 {cell.Raw}），保留第一次读到的值。",
                        cell.Location));
                }

                continue;
            }

            seen[key] = row;
            builder.Set(key, cell);
        }

        foreach (var (key, row) in extras)
        {
            var value = row.Value is { } v ? NumberReader.Read(v.Text, v.Location, allowSigned: false) : CellValue.Blank(row.Label.Location);
            builder.Set(key, value with { Label = row.Label.Text });
        }

        if (extras.Count > 0)
        {
            var labels = string.Join("; ", extras.Select(e => $"{e.Key} = {e.Row.Label.Text}"));
            diagnostics.Add(ReportParser.Diagnostic(
                RuleIds.Parse11,
                $"{extras.Count} row(s) beyond the national form were kept with their printed labels: {labels}",
                $"统计表有 {extras.Count} 行不在国家表式中，已按原标签保留：{labels}",
                extras[0].Row.Label.Location,
                labels));
        }
    }

    private static bool IsHeaderOrTitle(string compact) =>
        compact.Contains("统计表", StringComparison.Ordinal) || compact.Contains("统计指标", StringComparison.Ordinal) ||
        compact is "单位" or "统计数" or "计量单位" || (compact.Contains("年度", StringComparison.Ordinal) && compact.Length <= 12);

    // Every cell of the table region in reading order. A line of pipes only ("||") is a row marker, not cells.
    private static List<TableCell> Tokenize(IReadOnlyList<DocLine> lines, int start, int end)
    {
        var cells = new List<TableCell>();
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.Cells is not null)
            {
                cells.AddRange(line.Cells.Where(c => !c.Spanned).Select(c => new TableCell(c.Text.Trim(), c.Location)));
                continue;
            }

            var text = line.Text;
            if (!text.Contains('|', StringComparison.Ordinal))
            {
                continue;
            }

            var pipes = text.Count(c => c == '|');
            if (pipes >= 2 && text.All(c => c == '|' || char.IsWhiteSpace(c)))
            {
                continue;
            }

            var segmentStart = 0;
            var lineCells = new List<TableCell>();
            for (var j = 0; j <= text.Length; j++)
            {
                if (j < text.Length && text[j] != '|')
                {
                    continue;
                }

                var segment = text[segmentStart..j];
                var offset = 0;
                while (offset < segment.Length && char.IsWhiteSpace(segment[offset]))
                {
                    offset++;
                }

                var column = line.Location.Column + segmentStart + (offset < segment.Length ? offset : 0);
                lineCells.Add(new TableCell(segment.Trim(), new SourceLocation(line.Location.Line, column) { Page = line.Location.Page }));
                segmentStart = j + 1;
            }

            // The text after the last pipe is not a cell when it is empty ("label |").
            if (lineCells.Count > 1 && lineCells[^1].Text.Length == 0)
            {
                lineCells.RemoveAt(lineCells.Count - 1);
            }

            cells.AddRange(lineCells);
        }

        return cells;
    }

    // A row opens at each label cell (text that is neither a number, a mark, a unit nor blank); the cells after it
    // are its unit and its value. A row with one trailing cell has a value when that cell is not a unit.
    private static List<TableRow> GroupRows(List<TableCell> cells)
    {
        var rows = new List<TableRow>();
        TableCell? label = null;
        var after = new List<TableCell>();
        foreach (var cell in cells)
        {
            if (IsLabel(cell.Text))
            {
                if (label is not null)
                {
                    rows.Add(ToRow(label, after));
                }

                label = cell;
                after.Clear();
                continue;
            }

            if (label is not null)
            {
                after.Add(cell);
            }
        }

        if (label is not null)
        {
            rows.Add(ToRow(label, after));
        }

        return rows;
    }

    private static TableRow ToRow(TableCell label, List<TableCell> after)
    {
        if (after.Count == 0)
        {
            return new TableRow(label, null, null);
        }

        if (after.Count == 1)
        {
            var only = after[0];
            var isUnit = UnitTokens.Contains(LegacyRowMatcher.Compact(only.Text));
            return isUnit ? new TableRow(label, only, null) : new TableRow(label, null, only);
        }

        return new TableRow(label, after[0], after[1]);
    }

    private static bool IsLabel(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var compact = LegacyRowMatcher.Compact(text);
        if (UnitTokens.Contains(compact) || NumberReader.IsNotApplicable(NumberReader.Clean(compact)))
        {
            return false;
        }

        return NumberReader.Read(text, null, allowSigned: false).Kind != CellKind.Number;
    }

    private sealed record TableCell(string Text, SourceLocation Location);

    private sealed record TableRow(TableCell Label, TableCell? Unit, TableCell? Value);
}
