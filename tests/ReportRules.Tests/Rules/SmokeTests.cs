using ReportRules.Model;

namespace ReportRules.Tests.Rules;

public class SmokeTests
{
    [Fact]
    public void Check_EmptyGb2019Report_HasNoErrors()
    {
        var report = new AnnualReportBuilder(ReportEdition.Gb2019).WithYear(2019).Build();
        var result = ReportChecker.Check(report);
        Assert.True(result.IsClean);
    }
}
