using ReportRules.Findings;
using ReportRules.Model.Forms;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Rules;

/// <summary>Issue 2's acceptance example: the numbers of 株洲市芦淞区 2019 built in code.</summary>
public class Seed001Tests
{
    [Fact]
    public void Check_Seed001Numbers_HaveNoErrorFinding()
    {
        var result = ReportChecker.Check(Seed001.Build());

        Assert.DoesNotContain(result.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.True(result.RulesEvaluated > 30);
    }

    [Fact]
    public void Check_Seed001WithNewReceivedTotal12_HasExactlyT3F1TotAndOneBlankColumnsWarning()
    {
        var report = Seed001.Build().ToBuilder().Set("Requests.NewReceived.TOT", 12).Build();

        var findings = ReportChecker.Check(report).Findings;
        var errors = findings.Where(f => f.Severity == FindingSeverity.Error).ToList();

        // T3-F1 on TOT reads only printed numbers (12 + 0 ≠ 11 + 0): still an error.
        var column = Assert.Single(errors);
        Assert.Equal((RuleIds.T3F1, "TOT"), (column.RuleId, column.Scope));
        Assert.Equal(11m, column.Expected);
        Assert.Equal(12m, column.Actual);
        Assert.Equal(1m, column.Difference);
        Assert.Contains(column.Cells, c => c.Key == "Requests.NewReceived.TOT" && c.Value == 12m && c.Label.Contains("本年新收", StringComparison.Ordinal));
        Assert.Contains("应为 11，实为 12", column.GetMessage("zh"), StringComparison.Ordinal);
        Assert.Contains("expected 11, found 12", column.GetMessage("en"), StringComparison.Ordinal);

        // T3-F3 on 本年新收 (12 vs NP 11) could be closed by the five applicant columns the seed leaves blank on every
        // row (decision 0004): they are never filled, so no error — one P3-3 for the blank columns instead.
        Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.T3F3);
        var pattern = Assert.Single(findings, f => f.RuleId == RuleIds.P33);
        Assert.Equal(("ColumnBlankOnRows", "COM+RES+NGO+LAW+ORG"), (pattern.MessageId, pattern.Scope));
        Assert.Contains("T3-F3 Requests.NewReceived", pattern.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Seed001_ReportsTextDeltasAndMissingProcurementUnitAsNotes()
    {
        var findings = ReportChecker.Check(Seed001.Build()).Findings;

        Assert.Equal(4, findings.Count(f => f.RuleId == RuleIds.P24));
        Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.P23); // 万 is printed in the cell
    }
}
