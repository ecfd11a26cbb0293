using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Parsing;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Parsing;

/// <summary>
/// A generated consistent report, rendered to each text layout and parsed back, gives the same cells. In the lossy
/// layout (empty cells dropped) every cell is either placed correctly (and marked inferred when its row lost cells)
/// or left unplaced with PARSE-4: never misplaced.
/// </summary>
public class RoundTripPropertyTests
{
    private static readonly Gen<(AnnualReport Report, int Seed)> Reports =
        from report in ConsistentReports.Any
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select (WithBlanks(report, seed), seed);

    [Property(MaxTest = 60)]
    public Property ParseText_LosslessLayouts_RoundTripEveryCell() =>
        Prop.ForAll(Reports.ToArbitrary(), input =>
        {
            foreach (var layout in new[] { TextLayout.CellPerLineBlanksKept, TextLayout.CellPipeLines, TextLayout.Markdown, TextLayout.PipeRows })
            {
                var text = ReportRenderer.Render(input.Report, layout);
                var parsed = ReportParser.ParseText(text, "generated");
                Assert.True(parsed.Success, $"{layout}: {parsed.Error}");
                var report = parsed.Report!;
                Assert.Equal(input.Report.Edition, report.Edition);
                Assert.Equal(input.Report.Metadata.Year, report.Metadata.Year);
                Assert.Equal(input.Report.Metadata.Agency, report.Metadata.Agency);
                var problems = Differences(input.Report, report).ToList();
                Assert.True(problems.Count == 0, $"{layout}:\n{string.Join("\n", problems.Take(20))}\n{text}");
                Assert.DoesNotContain(report.Cells.Values, c => c.Inferred);
                Assert.DoesNotContain(parsed.Diagnostics, d => d.RuleId is RuleIds.Parse3 or RuleIds.Parse4);
            }
        });

    [Property(MaxTest = 150)]
    public Property ParseText_BlanksDropped_PlacesCorrectlyOrLeavesUnplacedWithParse4() =>
        Prop.ForAll(Reports.ToArbitrary(), input =>
        {
            var text = ReportRenderer.Render(input.Report, TextLayout.CellPerLineBlanksDropped);
            var parsed = ReportParser.ParseText(text, "generated");
            Assert.True(parsed.Success, parsed.Error);
            var report = parsed.Report!;
            var unplaced = parsed.Diagnostics.Where(d => d.RuleId == RuleIds.Parse4).SelectMany(d => d.Cells).Select(c => c.Key).ToHashSet();
            var listedInferred = parsed.Diagnostics.Where(d => d.RuleId == RuleIds.Parse3).SelectMany(d => d.Cells).Select(c => c.Key).ToHashSet();
            foreach (var (key, expected) in input.Report.Cells)
            {
                var actual = report.GetCell(key);
                if (actual is null)
                {
                    Assert.True(unplaced.Contains(key), $"{key} is neither placed nor named by PARSE-4\n{text}");
                    continue;
                }

                Assert.True(actual.Kind == expected.Kind && actual.Value == expected.Value, $"{key}: expected {expected.Kind} {expected.Value}, got {actual.Kind} {actual.Value} (misplaced)\n{text}");
                Assert.Equal(actual.Inferred, listedInferred.Contains(key));
                Assert.False(unplaced.Contains(key), $"{key} is placed and also named unplaced");
            }

            // A row that lost a cell has every placed cell marked inferred; a complete row has none.
            foreach (var row in Enum.GetValues<RequestRow>())
            {
                var keys = CellKeys.FormColumns.Select(c => CellKeys.Request(row, c)).Where(input.Report.Cells.ContainsKey).ToList();
                if (keys.Count == 0)
                {
                    continue;
                }

                var lost = keys.Any(k => input.Report.Cells[k].Kind == CellKind.Blank);
                foreach (var key in keys.Where(k => report.GetCell(k) is not null))
                {
                    Assert.Equal(lost, report.GetCell(key)!.Inferred);
                }
            }

            Assert.Empty(report.Cells.Keys.Except(input.Report.Cells.Keys));
        });

    /// <summary>Blanks some zero applicant cells of Table 3 and zero part cells of Table 4 (totals stay printed).</summary>
    private static AnnualReport WithBlanks(AnnualReport report, int seed)
    {
        var random = new Random(seed);
        var builder = report.ToBuilder();
        var candidates = report.Cells
            .Where(p => p.Value is { Kind: CellKind.Number, Value: 0m })
            .Where(p => (p.Key.StartsWith("Requests.", StringComparison.Ordinal) && !p.Key.EndsWith(".TOT", StringComparison.Ordinal))
                        || ((p.Key.StartsWith("Review.", StringComparison.Ordinal) || p.Key.StartsWith("Lit.", StringComparison.Ordinal)) && !p.Key.EndsWith(".Total", StringComparison.Ordinal)))
            .Select(p => p.Key)
            .ToList();
        var share = random.Next(0, 3) switch { 0 => 0.0, 1 => 0.3, _ => 0.9 };
        foreach (var key in candidates)
        {
            if (random.NextDouble() < share)
            {
                builder.Set(key, CellValue.Blank());
            }
        }

        return builder.Build();
    }

    private static IEnumerable<string> Differences(AnnualReport expected, AnnualReport actual)
    {
        foreach (var (key, cell) in expected.Cells)
        {
            var got = actual.GetCell(key);
            if (got is null)
            {
                yield return $"{key}: missing (expected {cell.Kind} {cell.Value})";
            }
            else if (got.Kind != cell.Kind || got.Value != cell.Value)
            {
                yield return $"{key}: expected {cell.Kind} {cell.Value}, got {got.Kind} {got.Value} '{got.Raw}'";
            }
        }

        foreach (var key in actual.Cells.Keys.Except(expected.Cells.Keys))
        {
            yield return $"{key}: not in the report";
        }
    }
}
