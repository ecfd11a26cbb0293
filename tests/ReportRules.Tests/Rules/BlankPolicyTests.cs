using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Rules;

/// <summary>findings.md: blank is not zero; all-blank identities are not applicable; one cause, one finding.</summary>
public class BlankPolicyTests
{
    [Theory]
    [InlineData(ReportEdition.Gb2019)]
    [InlineData(ReportEdition.Gb2021)]
    public void Check_AllBlankTables_IdentitiesNotApplicable(ReportEdition edition)
    {
        var builder = new AnnualReportBuilder(edition);
        foreach (var def in ReportForms.GetCells(edition).Where(d => !d.Optional))
        {
            builder.Set(def.Key, CellValue.Blank());
        }

        var result = ReportChecker.Check(builder.Build());

        Assert.DoesNotContain(result.Findings, f => f.Severity != FindingSeverity.Info);
        Assert.Equal(0, result.RulesEvaluated);
        Assert.True(result.RulesNotApplicable > 40, $"not applicable: {result.RulesNotApplicable}");
    }

    [Property(MaxTest = 80)]
    public Property Check_BlankTotalColumn_IsOneCompletenessFindingAndNoRowTotals() =>
        Prop.ForAll(ConsistentReports.Arbitrary, report =>
        {
            var builder = report.ToBuilder();
            foreach (var row in RuleCatalog.DataRows(report.Edition))
            {
                builder.Set(CellKeys.Request(row, Applicant.Total), CellValue.Blank());
            }

            var findings = ReportChecker.Check(builder.Build()).Findings;
            var completeness = Assert.Single(findings, f => f.RuleId == RuleIds.P33);
            Assert.Equal(RuleCatalog.DataRows(report.Edition).Count, completeness.Cells.Count);
            Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.T3F3);
            Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
            return true;
        });

    [Fact]
    public void Check_BlankApplicantCellsThatSumToTotal_PassWithOneInfoPerTable()
    {
        var report = Seed001.Build();

        var result = ReportChecker.Check(report);

        Assert.DoesNotContain(result.Findings, f => f.Severity == FindingSeverity.Error);
        var note = Assert.Single(result.Findings, f => f.RuleId == RuleIds.Parse10);
        Assert.Contains(note.Cells, c => c.Key == "Requests.NewReceived.COM");
        Assert.Equal("T3", note.Scope);
    }

    [Fact]
    public void Check_BlankOperandInFailingIdentity_ListsTheBlankCell()
    {
        var report = Seed001.Build().ToBuilder().Set("Requests.Results.Granted.TOT", CellValue.Blank()).Build();

        var findings = ReportChecker.Check(report).Findings;

        var rowTotal = Assert.Single(findings, f => f.RuleId == RuleIds.T3F3 && f.Scope == "Requests.Results.Granted");
        // Named by its printed label in the message's language (issue 15); the key stays in the cells.
        Assert.Contains(ReportRules.Model.Forms.ReportForms.LabelEnOf("Requests.Results.Granted.TOT"), rowTotal.GetMessage("en"), StringComparison.Ordinal);
        Assert.Contains(ReportRules.Model.Forms.ReportForms.LabelOf("Requests.Results.Granted.TOT"), rowTotal.GetMessage("zh"), StringComparison.Ordinal);
        Assert.DoesNotContain("Requests.Results.Granted.TOT", rowTotal.GetMessage("en"), StringComparison.Ordinal);
        Assert.Contains(rowTotal.Cells, c => c.Key == "Requests.Results.Granted.TOT" && c.Kind == CellKind.Blank);
    }

    [Fact]
    public void Check_NotApplicableMarks_AreNotZero()
    {
        var report = new AnnualReportBuilder(ReportEdition.Gb2021)
            .SetCaseRow(null, null, null, null, null, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0)
            .Set("Review.Total", CellValue.NotApplicable("/"))
            .Set("Review.Maintained", CellValue.NotApplicable("—"))
            .Build();

        var findings = ReportChecker.Check(report).Findings;

        Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.T4F1);
    }

    [Fact]
    public void Check_UnreadableOperand_DoesNotCascadeIntoIdentityErrors()
    {
        var report = Seed001.Build().ToBuilder().Set("Requests.NewReceived.TOT", CellValue.Unreadable("十一")).Build();

        var findings = ReportChecker.Check(report).Findings;

        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
    }
}
