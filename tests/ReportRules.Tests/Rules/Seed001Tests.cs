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
    public void Check_Seed001WithNewReceivedTotal12_HasExactlyT3F1TotAndT3F3NewReceived()
    {
        var report = Seed001.Build().ToBuilder().Set("Requests.NewReceived.TOT", 12).Build();

        var errors = ReportChecker.Check(report).Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();

        Assert.Equal(2, errors.Count);
        var column = Assert.Single(errors, f => f.RuleId == RuleIds.T3F1);
        Assert.Equal("TOT", column.Scope);
        Assert.Equal(11m, column.Expected);
        Assert.Equal(12m, column.Actual);
        Assert.Equal(1m, column.Difference);
        var row = Assert.Single(errors, f => f.RuleId == RuleIds.T3F3);
        Assert.Equal(CellKeys.RowId(ReportRules.Model.RequestRow.NewReceived), row.Scope);
        Assert.Equal(11m, row.Expected);
        Assert.Equal(12m, row.Actual);
        Assert.Equal(1m, row.Difference);
        Assert.Contains(row.Cells, c => c.Key == "Requests.NewReceived.TOT" && c.Value == 12m && c.Label.Contains("本年新收", StringComparison.Ordinal));
        Assert.Contains("应为 11，实为 12", row.GetMessage("zh"), StringComparison.Ordinal);
        Assert.Contains("expected 11, found 12", row.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Seed001_ReportsTextDeltasAndMissingProcurementUnitAsNotes()
    {
        var findings = ReportChecker.Check(Seed001.Build()).Findings;

        Assert.Equal(4, findings.Count(f => f.RuleId == RuleIds.P24));
        Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.P23); // 万 is printed in the cell
    }
}
