using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Tests.Docs;

/// <summary>The C# example of README.md does what the README says it does.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_RowTotalOffByOne_PrintsOneT3F3()
    {
        var report = new AnnualReportBuilder(ReportEdition.Gb2021)
            .WithAgency("某县人民政府").WithYear(2024)
            .SetRequestRow(RequestRow.NewReceived, 10, 1, 0, 0, 0, 0, 12)
            .Build();

        var finding = Assert.Single(ReportChecker.Check(report).Findings, f => f.Severity == FindingSeverity.Error);

        Assert.Equal("T3-F3", finding.RuleId);
        Assert.Equal(
            "Total column equals the sum of the applicant columns does not hold (I. New applications this year): expected 11, found 12, difference +1.",
            finding.GetMessage("en"));
    }
}
