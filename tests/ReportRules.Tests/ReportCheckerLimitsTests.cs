using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests;

/// <summary>
/// Issue 13: two 29-digit cells overflowed <see cref="decimal"/> in the rule sums and made the whole report
/// UNREADABLE, losing its other findings; <c>ReportChecker.Check</c> threw on <see cref="decimal.MaxValue"/>. An
/// out-of-range number is now a PARSE-5 finding on that cell and the rest of the report is checked.
/// </summary>
public sealed class ReportCheckerLimitsTests
{
    private const string Huge = "50000000000000000000000000000"; // 5·10^28: parses as a decimal, two overflow a sum

    [Fact]
    public void Check_TwoHugeCellsInAReport_AreFindingsOnThoseCellsAndTheReportIsChecked()
    {
        var sample = File.ReadAllText(SeedFixtures.CorpusPath(SeedFixtures.Seed001));
        // 新收 and 上年结转 (total column) are both operands of T3-F1: their sum overflowed.
        var text = sample
            .Replace("一、本年新收政府信息公开申请数量\n\n11\n\n11\n", "一、本年新收政府信息公开申请数量\n\n" + Huge + "\n\n" + Huge + "\n", StringComparison.Ordinal)
            .Replace("二、上年结转政府信息公开申请数量\n\n0\n\n0\n", "二、上年结转政府信息公开申请数量\n\n" + Huge + "\n\n" + Huge + "\n", StringComparison.Ordinal);
        Assert.NotEqual(sample, text);

        var parsed = ReportParser.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "huge.txt");
        var result = ReportChecker.Check(parsed);
        var clean = SeedFixtures.Check(SeedFixtures.Seed001);

        Assert.Equal(CheckStatus.Checked, result.Status);
        var outOfRange = result.Findings.Where(f => f.RuleId == RuleIds.Parse5 && f.GetMessage("en").Contains("out of range", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, outOfRange.Count);
        Assert.All(outOfRange, f => Assert.Equal(Huge, Assert.Single(f.Cells).Raw));
        Assert.True(result.RulesEvaluated > clean.RulesEvaluated / 2, $"{result.RulesEvaluated} of {clean.RulesEvaluated} rules evaluated");
    }

    [Theory]
    [InlineData("max")]
    [InlineData("min")]
    [InlineData("limit")]
    public void Check_BuiltReportWithExtremeValues_DoesNotThrowAndNamesTheCell(string which)
    {
        var value = which switch { "max" => decimal.MaxValue, "min" => decimal.MinValue, _ => ReportChecker.MaxCellMagnitude };
        var report = new AnnualReportBuilder(ReportEdition.Gb2019).WithYear(2019)
            .SetRequest(RequestRow.NewReceived, Applicant.Total, value)
            .SetRequest(RequestRow.CarriedOver, Applicant.Total, value)
            .SetRequest(RequestRow.Granted, Applicant.Total, 1)
            .Build();

        var result = ReportChecker.Check(report);

        Assert.Equal(2, result.Findings.Count(f => f.RuleId == RuleIds.Parse5));
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.Parse5 && f.Cells[0].Key == "Requests.NewReceived.TOT");
    }

    [Fact]
    public void Check_JustBelowTheLimit_IsANumber()
    {
        var report = new AnnualReportBuilder(ReportEdition.Gb2019).WithYear(2019)
            .SetRequest(RequestRow.NewReceived, Applicant.Total, ReportChecker.MaxCellMagnitude - 1)
            .Build();

        Assert.DoesNotContain(ReportChecker.Check(report).Findings, f => f.RuleId == RuleIds.Parse5);
    }
}
