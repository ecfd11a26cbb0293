using ReportRules.Documents.Pdf;
using ReportRules.Documents.Tests.TestSupport;
using ReportRules.Parsing.Document;

namespace ReportRules.Documents.Tests.Pdf;

/// <summary>The layout trace keeps what was detected and changes nothing that is read.</summary>
public class PdfLayoutTraceTests
{
    public static TheoryData<string> Corpus => new() { "peer_hongze_district_2023", "peer_hongze_district_2024", "peer_huaian_city_2024" };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Trace_DoesNotChangeTheLinesOrDiagnostics(string name)
    {
        var bytes = File.ReadAllBytes(Fixtures.Corpus(name + ".pdf"));
        var plain = PdfDocumentReader.Read(bytes, DocumentParserOptions.Default);
        var trace = new PdfLayoutTrace();
        var traced = PdfDocumentReader.Read(bytes, DocumentParserOptions.Default, trace);
        Assert.Equal(Render(plain.Lines), Render(traced.Lines));
        Assert.Equal(plain.Diagnostics.Select(d => d.GetMessage("en")), traced.Diagnostics.Select(d => d.GetMessage("en")));
        Assert.NotEmpty(trace.Pages);
        Assert.NotEmpty(trace.Regions);
        Assert.NotEmpty(trace.Rows);
    }

    [Fact]
    public void Trace_Hongze2023_KeepsRegionsRowsGroupsAndFurniture()
    {
        var trace = new PdfLayoutTrace();
        var doc = PdfDocumentReader.Read(File.ReadAllBytes(Fixtures.Corpus("peer_hongze_district_2023.pdf")), DocumentParserOptions.Default, trace);
        Assert.Null(doc.FailureRuleId);
        Assert.Equal(5, trace.Pages.Count);
        Assert.Equal(5, trace.Regions.Count);
        Assert.Equal(5, trace.Furniture.Count);

        // One traced row per value row emitted (header rows are traced as header lines).
        Assert.Equal(30, trace.Rows.Count);
        Assert.Contains(trace.Rows, r => r.Label.EndsWith("行政处罚", StringComparison.Ordinal));
        Assert.Contains(trace.LabelGroups, g => g.Label.Contains("（四）无法提供", StringComparison.Ordinal));
        Assert.All(trace.Furniture, f => Assert.True(ReportRules.Parsing.Tables.PageFurniture.IsPageNumber(f.Label, allowBare: true)));
    }

    [Fact]
    public void Settings_DefaultIsOneInstanceWithTheValuesTheReaderWasTunedWith()
    {
        Assert.Same(PdfLayoutSettings.Default, PdfLayoutSettings.Default);
        Assert.Equal(2, PdfLayoutSettings.Default.EdgeSlack);
        Assert.Equal(0.5, PdfLayoutSettings.Default.LineOverlapFraction);
        Assert.Equal(8, PdfLayoutSettings.Default.SlotTolerance);
    }

    private static List<string> Render(IReadOnlyList<DocLine> lines) =>
        lines.Select(l => l.Cells is null ? l.Text : string.Join(" | ", l.Cells.Select(c => $"{c.Text}@{c.Location.Line}:{c.Location.Column}{(c.Spanned ? "^" : string.Empty)}"))).ToList();
}
