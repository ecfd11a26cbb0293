using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules;
using ReportRules.Rules.CrossReport;

namespace ReportRules.Tests.Rules.CrossReport;

public sealed class CrossReportCheckerTests
{
    private static AnnualReport Report(string agency, int year, decimal carriedOverTotal, decimal carriedForwardTotal, string? source = null) =>
        new AnnualReportBuilder(ReportEdition.Gb2019)
            .WithAgency(agency).WithYear(year).WithSource(source ?? $"{agency}-{year}.txt")
            .SetRequest(RequestRow.CarriedOver, Applicant.Total, carriedOverTotal)
            .SetRequest(RequestRow.CarriedForward, Applicant.Total, carriedForwardTotal)
            .Build();

    [Fact]
    public void Check_CarriedOverDiffersFromPreviousCarriedForward_ReportsX1OnTheLaterReport()
    {
        var findings = CrossReportChecker.Check([Report("甲县", 2020, 5, 0), Report("甲县", 2019, 0, 3)]);

        var finding = Assert.Single(findings);
        Assert.Equal(RuleIds.X1, finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("TOT", finding.Scope);
        Assert.Equal(3m, finding.Expected);
        Assert.Equal(5m, finding.Actual);
        Assert.Equal(2m, finding.Difference);
        Assert.Equal("甲县-2020.txt", finding.Source);
        Assert.Equal(["Requests.CarriedOver.TOT", "Requests.CarriedForward.TOT"], finding.Cells.Select(c => c.Key));
        Assert.Contains("甲县-2019.txt", finding.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Consistent_NoFinding()
    {
        Assert.Empty(CrossReportChecker.Check([Report("甲县", 2019, 0, 3), Report("甲县", 2020, 3, 1), Report("甲县", 2021, 1, 0)]));
    }

    [Fact]
    public void Check_OtherAgencyOrGapYear_IsNotCompared()
    {
        Assert.Empty(CrossReportChecker.Check([Report("甲县", 2019, 0, 3), Report("乙县", 2020, 9, 0), Report("甲县", 2021, 7, 0)]));
    }

    [Fact]
    public void Check_AgencyWhitespaceIgnored_AndExcludedRuleSkipped()
    {
        IReadOnlyList<AnnualReport> reports = [Report("甲 县", 2019, 0, 3), Report("甲县", 2020, 5, 0)];
        Assert.Single(CrossReportChecker.Check(reports));
        Assert.Empty(CrossReportChecker.Check(reports, new ReportCheckerOptions { ExcludeRules = [RuleIds.X1] }));
    }

    [Fact]
    public void Facts_KeepOnlyTheCarryCells()
    {
        var facts = CrossReportFacts.From(Report("甲县", 2019, 0, 3));
        Assert.Equal(["Requests.CarriedOver.TOT", "Requests.CarriedForward.TOT"], facts.Cells.Keys.Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(2019, facts.Year);
    }

    [Fact]
    public void Check_NameGainsACityPrefix_StillPairsTheYears()
    {
        // 洪泽区 2023 signs as "洪泽区人民政府", 2024 as "淮安市洪泽区人民政府": the same agency.
        var findings = CrossReportChecker.Check([Report("洪泽区人民政府", 2023, 0, 2), Report("淮安市洪泽区人民政府", 2024, 0, 0)]);

        var finding = Assert.Single(findings);
        Assert.Equal((2m, 0m), (finding.Expected, finding.Actual));
        Assert.Equal("淮安市洪泽区人民政府-2024.txt", finding.Source);
    }

    [Fact]
    public void Check_NameLosesItsPrefix_StillPairsTheYears()
    {
        var findings = CrossReportChecker.Check([Report("淮安市洪泽区人民政府", 2023, 0, 2), Report("洪泽区人民政府", 2024, 0, 0)]);

        Assert.Single(findings);
    }

    [Fact]
    public void Check_TwoPossiblePreviousReports_PairsWithNeither()
    {
        // "人民政府" alone would match both earlier names: ambiguous, so no pair and no guess.
        var findings = CrossReportChecker.Check([Report("甲县人民政府", 2023, 0, 2), Report("乙县人民政府", 2023, 0, 4), Report("人民政府", 2024, 0, 0)]);

        Assert.Empty(findings);
    }
}
