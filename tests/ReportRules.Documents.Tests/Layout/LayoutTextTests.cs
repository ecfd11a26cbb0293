using ReportRules.Documents.Tests.TestSupport;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Documents.Tests.Layout;

/// <summary>
/// The text <c>pdftotext -layout</c> writes for each corpus PDF (tests/fixtures/layout, README there) is read as well
/// as the PDF itself: wrapped row labels, split header cells, space-aligned columns and page numbers between rows give
/// the hand-checked golden cells, the same Table 3/4 cells as the PDF path, and the same findings.
/// </summary>
public class LayoutTextTests
{
    public static TheoryData<string> Corpus => new() { "peer_hongze_district_2023", "peer_hongze_district_2024", "peer_huaian_city_2024" };

    private static ParseResult ParseLayout(string name) => ReportParser.ParseFile(Fixtures.Layout(name + ".layout.txt"));

    private static ParseResult ParsePdf(string name) => DocumentParser.ParseFile(Fixtures.Corpus(name + ".pdf"));

    [Theory]
    [MemberData(nameof(Corpus))]
    public void ParseFile_LayoutText_MatchesGoldenCells(string name)
    {
        var result = ParseLayout(name);

        Assert.True(result.Success, result.Error);
        Assert.Equal(ReportEdition.Gb2021, result.Report!.Edition);
        var problems = GoldenCell.Mismatches(result, GoldenCell.Load(Fixtures.Expected(name + ".cells.tsv")));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void ParseFile_LayoutText_Table3And4CellsEqualThePdfPath(string name)
    {
        var text = ParseLayout(name).Report!;
        var pdf = ParsePdf(name).Report!;

        static bool Table3Or4(string key) =>
            key.StartsWith("Requests.", StringComparison.Ordinal) || key.StartsWith("Review.", StringComparison.Ordinal) || key.StartsWith("Lit.", StringComparison.Ordinal);

        var pdfCells = pdf.Cells.Where(c => Table3Or4(c.Key)).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value.Kind, c.Value.Value)).ToList();
        var textCells = text.Cells.Where(c => Table3Or4(c.Key)).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value.Kind, c.Value.Value)).ToList();
        Assert.True(pdfCells.Count >= 23 * 7 + 15, $"the PDF path read only {pdfCells.Count} Table 3/4 cells");
        Assert.Equal(pdfCells, textCells);
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void CheckFile_LayoutText_SameFindingsAsThePdf(string name)
    {
        var text = ReportChecker.CheckFile(Fixtures.Layout(name + ".layout.txt"));
        var pdf = DocumentChecker.CheckFile(Fixtures.Corpus(name + ".pdf"));

        Assert.Equal(CheckStatus.Checked, text.Status);
        Assert.Equal(Summary(pdf), Summary(text));
        Assert.Equal(pdf.Report!.Cells.Count, text.Report!.Cells.Count);
    }

    [Fact]
    public void CheckFile_Hongze2023LayoutText_Table4TotalsPrintedZeroAreTheTwoErrors()
    {
        // NOTES.md: Table 4 prints 10 1 0 0 0 | 0 0 0 0 0 | 5 0 0 0 0 on one line under seven header lines. The two
        // errors are real (行政复议 总计 0 vs 10+1; 复议后起诉 总计 0 vs 5); PARSE-9 is the single （六）其他处理 row.
        var result = ReportChecker.CheckFile(Fixtures.Layout("peer_hongze_district_2023.layout.txt"));

        Assert.Equal(["PARSE-9 Info", "T4-F1 Error", "T4-F3 Error"], Summary(result).Select(s => s.Split(' ')[0] + " " + s.Split(' ')[1]));
        var review = result.Findings.Single(f => f.RuleId == "T4-F1");
        Assert.Equal((11m, 0m), (review.Expected, review.Actual));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void ParseFile_LayoutText_NoCellComesFromAPageNumber(string name)
    {
        var result = ParseLayout(name);
        var pageLines = File.ReadAllLines(Fixtures.Layout(name + ".layout.txt"))
            .Select((text, index) => (text, line: index + 1))
            .Where(l => l.text.Trim().Trim('\f').StartsWith('-') && l.text.Trim().EndsWith('-'))
            .Select(l => l.line)
            .ToHashSet();

        Assert.NotEmpty(pageLines);
        Assert.DoesNotContain(result.Report!.Cells.Values, c => c.Location is { } at && pageLines.Contains(at.Line));
    }

    private static List<string> Summary(CheckResult result) =>
        [.. result.Findings.Select(f => $"{f.RuleId} {f.Severity} {f.Expected} {f.Actual}").Order(StringComparer.Ordinal)];
}
