using ReportRules.Documents.Tests.TestSupport;
using ReportRules.Model;
using ReportRules.Rules;
using ReportRules.Rules.CrossReport;

namespace ReportRules.Documents.Tests.Pdf;

/// <summary>X-1 on the corpus pair: 洪泽区 2023 and 2024 (the MANIFEST names them a pair for cross-year checks).</summary>
public class PdfCrossYearTests
{
    private static AnnualReport Parse(string name) => DocumentParser.ParseFile(Fixtures.Corpus(name + ".pdf")).Report!;

    [Fact]
    public void CrossCheck_Hongze2023And2024_CarryOverMatches()
    {
        // 2023 结转下年度 is 0 in every column and 2024 上年结转 is 0 in every column (pages 3 of both PDFs).
        var findings = CrossReportChecker.Check([Parse("peer_hongze_district_2023"), Parse("peer_hongze_district_2024")]);

        Assert.Empty(findings);
    }

    [Fact]
    public void CrossCheck_Hongze2024CarriedOverChanged_IsX1AgainstThe2023Report()
    {
        // The agency is printed "洪泽区人民政府" in 2023 and "淮安市洪泽区人民政府" in 2024; the pair must still be found.
        var earlier = Parse("peer_hongze_district_2023");
        var later = Parse("peer_hongze_district_2024").ToBuilder().SetRequest(RequestRow.CarriedOver, Applicant.Total, 3).Build();

        var finding = Assert.Single(CrossReportChecker.Check([earlier, later]));

        Assert.Equal(RuleIds.X1, finding.RuleId);
        Assert.Equal((0m, 3m), (finding.Expected, finding.Actual));
        Assert.EndsWith("peer_hongze_district_2024.pdf", finding.Source, StringComparison.Ordinal);
    }
}
