using ReportRules.Documents.Tests.TestSupport;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Documents.Tests.Pdf;

/// <summary>
/// The three corpus PDFs through <see cref="DocumentParser"/> into the model: every Table 2, 3 and 4 cell, keyed by
/// the spec cell keys, equals the hand-checked golden file (tests/fixtures/expected/&lt;name&gt;.cells.tsv).
/// </summary>
public class PdfModelTests
{
    public static TheoryData<string> Corpus => new() { "peer_hongze_district_2023", "peer_hongze_district_2024", "peer_huaian_city_2024" };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void ParseFile_CorpusPdf_EveryCellMatchesGolden(string name)
    {
        var result = DocumentParser.ParseFile(Fixtures.Corpus(name + ".pdf"));
        Assert.True(result.Success, result.Error);
        var golden = GoldenCell.Load(Fixtures.Expected(name + ".cells.tsv"));

        var problems = GoldenCell.Mismatches(result, golden);

        Assert.True(problems.Count == 0, $"{problems.Count}/{golden.Count} cells differ:\n" + string.Join("\n", problems) + "\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
    }
}
