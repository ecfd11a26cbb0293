using ReportRules.Documents.Pdf;
using ReportRules.Documents.Tests.TestSupport;
using ReportRules.Model;
using ReportRules.Parsing.Document;

namespace ReportRules.Documents.Tests.Pdf;

/// <summary>
/// The three corpus PDFs against the hand-checked golden cells (tests/fixtures/expected): every Table 2, 3 and 4
/// value the page prints must come out of the rows, in form order. These compare the rows the PDF reader builds,
/// so they hold whatever the shared table logic does with them.
/// </summary>
public class PdfCorpusTests
{
    public static TheoryData<string> Corpus => new() { "peer_hongze_district_2023", "peer_hongze_district_2024", "peer_huaian_city_2024" };

    private static IReadOnlyList<DocLine> Lines(string name, out List<ReportRules.Findings.Finding> diagnostics)
    {
        var doc = PdfDocumentReader.Read(File.ReadAllBytes(Fixtures.Corpus(name + ".pdf")), DocumentParserOptions.Default);
        Assert.Null(doc.FailureRuleId);
        diagnostics = doc.Diagnostics;
        return doc.Lines;
    }

    private static List<DocLine> TableWith(IReadOnlyList<DocLine> lines, string header) =>
        lines.Where(l => l.TableIndex == lines.First(r => r.Cells is not null && r.Cells.Any(c => c.Text == header)).TableIndex).ToList();

    private static bool IsValue(string text) => text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] == '-');

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Table3_EveryRowMatchesGolden(string name)
    {
        var golden = GoldenCells.Load(name + ".cells.tsv").Where(g => g.Key.StartsWith("Requests.", StringComparison.Ordinal)).ToList();
        var rows = TableWith(Lines(name, out _), "自然人")
            .Where(r => r.Cells!.Skip(r.Cells!.Count - 7).All(c => IsValue(c.Text)))
            .Select(r => r.Cells!.Skip(r.Cells!.Count - 7).Select(c => c.Text))
            .ToList();

        Assert.Equal(golden.Count / 7, rows.Count);
        Assert.Equal(golden.Select(g => g.Raw), rows.SelectMany(r => r));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Table4_FifteenValuesMatchGolden(string name)
    {
        var golden = GoldenCells.Load(name + ".cells.tsv").Where(g => g.Key.StartsWith("Review.", StringComparison.Ordinal) || g.Key.StartsWith("Lit.", StringComparison.Ordinal)).ToList();
        var data = TableWith(Lines(name, out _), "尚未审结")
            .Single(r => r.Cells!.Count(c => IsValue(c.Text)) == 15);

        Assert.Equal(15, golden.Count);
        Assert.Equal(golden.Select(g => g.Raw), data.Cells!.Where(c => IsValue(c.Text)).Select(c => c.Text));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Table2_ValuesInFormOrderMatchGolden(string name)
    {
        var golden = GoldenCells.Load(name + ".cells.tsv").Where(g => g.Key.StartsWith("Active.", StringComparison.Ordinal)).ToList();
        var values = TableWith(Lines(name, out _), "本年制发件数")
            .SelectMany(r => r.Cells!.Where(c => IsValue(c.Text) && !c.Spanned).Select(c => c.Text))
            .ToList();

        Assert.Equal(golden.Select(g => g.Raw), values);
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Rows_TablesFollowedAcrossPageBreaks(string name)
    {
        var table3 = TableWith(Lines(name, out _), "自然人");

        // NOTES.md: Table 3 starts on one page and ends on the next; one table, two pages.
        Assert.Equal(2, table3.Select(r => r.Location.Page).Distinct().Count());
        Assert.Contains(table3, r => r.Cells!.Any(c => c.Text == "四、结转下年度继续办理"));
    }

    [Fact]
    public void Hongze2023_LabelsInterleavedInTheTextLayer_StayWithTheirValues()
    {
        var table3 = TableWith(Lines("peer_hongze_district_2023", out _), "自然人");

        var notHeld = table3.Single(r => r.Cells!.Any(c => c.Text == "1.本机关不掌握相关政府信息"));
        var partly = table3.Single(r => r.Cells!.Any(c => c.Text.StartsWith("（二）部分公开", StringComparison.Ordinal)));
        Assert.Equal(["10", "0", "0", "0", "0", "0", "10"], notHeld.Cells!.TakeLast(7).Select(c => c.Text));
        Assert.Equal("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", partly.Cells!.Single(c => c.Text.StartsWith("（二）", StringComparison.Ordinal)).Text);
        Assert.Equal(["4", "0", "0", "0", "0", "0", "4"], partly.Cells!.TakeLast(7).Select(c => c.Text));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Parse_CorpusPdf_IsGb2021WithAgencyAndYear(string name)
    {
        var result = DocumentParser.ParseFile(Fixtures.Corpus(name + ".pdf"));

        Assert.True(result.Success, result.Error);
        Assert.Equal(ReportEdition.Gb2021, result.Report!.Edition);
        Assert.Equal(name.EndsWith("2023", StringComparison.Ordinal) ? 2023 : 2024, result.Report.Metadata.Year);
        Assert.Contains(name.Contains("hongze", StringComparison.Ordinal) ? "洪泽区" : "淮安市", result.Report.Metadata.Agency, StringComparison.Ordinal);
    }
}
