using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Corpus;

/// <summary>Every corpus text file parses to the hand-checked cells in tests/fixtures/expected.</summary>
public class CorpusGoldenTests
{
    public static TheoryData<string, string> Files => new()
    {
        { "001_c9b27cee782bad7f.txt", "001_c9b27cee782bad7f.cells.tsv" },
        { "003_2d935e81099e023a.txt", "003_2d935e81099e023a.cells.tsv" },
        { "peer_shanghai_stcsm_2024_pdf2md.md", "peer_shanghai_stcsm_2024_pdf2md.cells.tsv" },
        { "peer_shuyang_county_2025_ocr.md", "peer_shuyang_county_2025_ocr.cells.tsv" },
        { "peer_huaian_city_2024_sec3_pdftext.txt", "peer_huaian_city_2024_sec3_pdftext.cells.tsv" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void ParseFile_CorpusFile_MatchesGoldenCells(string file, string golden)
    {
        var result = ReportParser.ParseFile(Fixtures.Corpus(file));
        Assert.True(result.Success, result.Error);
        var report = result.Report!;
        var problems = new List<string>();
        foreach (var expected in GoldenCell.Load(Fixtures.Expected(golden)))
        {
            var actual = report.GetCell(expected.Key);
            if (expected.Ambiguous)
            {
                // The document does not fix the column: the parser must not place it silently.
                var named = result.Diagnostics.Any(d => d.RuleId == RuleIds.Parse4 && d.Cells.Any(c => c.Key == expected.Key));
                if (actual is not null && !named)
                {
                    problems.Add($"{expected.Key}: AMBIGUOUS in the golden file but placed as {actual.Kind} {actual.Raw} without PARSE-4");
                }

                continue;
            }

            if (actual is null)
            {
                problems.Add($"{expected.Key}: missing (expected {expected.Kind} {expected.Raw})");
                continue;
            }

            var kind = expected.Kind switch
            {
                "number" => CellKind.Number,
                "blank" => CellKind.Blank,
                "notApplicable" => CellKind.NotApplicable,
                _ => CellKind.Unreadable,
            };
            if (actual.Kind != kind || actual.Value != expected.Value || (kind == CellKind.Number && actual.Raw != expected.Raw))
            {
                problems.Add($"{expected.Key}: expected {expected.Kind} {expected.Value} '{expected.Raw}', got {actual.Kind} {actual.Value} '{actual.Raw}' at {actual.Location}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(60)) + "\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
    }
}
