using ReportRules.Parsing;
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
        var problems = GoldenCell.Mismatches(result, GoldenCell.Load(Fixtures.Expected(golden)));
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(60)) + "\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
    }
}
