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
    public void Check_LoneBlankTotalTheIdentitiesImply_IsOneOmissionWarning()
    {
        // Seed 001 予以公开 prints 3 in NP and 总计; with 总计 blank, T3-F3 (row) and T3-F2 (TOT column) would fail
        // with it as 0, and both imply 3.
        var report = Seed001.Build().ToBuilder().Set("Requests.Results.Granted.TOT", CellValue.Blank()).Build();

        var findings = ReportChecker.Check(report).Findings;

        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
        var omission = Assert.Single(findings, f => f.RuleId == RuleIds.P33);
        Assert.Equal(("CellBlankImplied", 3m), (omission.MessageId, omission.Expected));
        Assert.Equal("Requests.Results.Granted.TOT", Assert.Single(omission.Cells).Key);
        Assert.Contains("T3-F3 Requests.Results.Granted", omission.GetMessage("en"), StringComparison.Ordinal);
        Assert.Contains("T3-F2 TOT", omission.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BlankThatCannotCloseTheGap_StaysAnErrorListingTheBlank()
    {
        // 总计 of 本年新收 printed 11 while NP prints 11 and one applicant cell is blank: a value in the blank can only
        // raise the sum, so 11 + x = 9 has no answer. The printed numbers themselves disagree: error.
        var report = Seed001.Build().ToBuilder()
            .Set("Requests.NewReceived.TOT", CellValue.Number(9m, "9"))
            .Set("Requests.NewReceived.COM", CellValue.Blank())
            .Build();

        var findings = ReportChecker.Check(report).Findings;

        var rowTotal = Assert.Single(findings, f => f.RuleId == RuleIds.T3F3 && f.Scope == "Requests.NewReceived");
        Assert.Equal(FindingSeverity.Error, rowTotal.Severity);
        Assert.Contains(ReportRules.Model.Forms.ReportForms.LabelEnOf("Requests.NewReceived.COM"), rowTotal.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BlanksOfAKindFilledElsewhereWithoutOneImpliedValue_StayAnError()
    {
        // 表四 行政复议: 总计 3, 结果维持 and 结果纠正 blank, the rest 0. T4-F1 fails with blanks as 0 (3 ≠ 0); values in
        // the two blanks could close it, but no single value is implied, and both kinds are printed in the litigation
        // groups: the publisher fills those cells, so three cases without an outcome are an error.
        var report = new AnnualReportBuilder(ReportEdition.Gb2021)
            .SetCaseRow(null, null, 0, 0, 3, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1)
            .Build();

        var findings = ReportChecker.Check(report).Findings;

        var review = Assert.Single(findings, f => f.RuleId == RuleIds.T4F1);
        Assert.Equal(FindingSeverity.Error, review.Severity);
        Assert.Contains(ReportRules.Model.Forms.ReportForms.LabelEnOf("Review.Maintained"), review.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LegacyTableBlankThatCouldCloseTheGap_StaysAnError()
    {
        // The legacy 统计表 has one value column, so every cell is of the kind the publisher fills; P3-3 is a national
        // rule. 收到申请数 10 vs 2 + blank + 3 + 3: the L-F1 error stays and names the blank.
        var report = new AnnualReportBuilder(ReportEdition.Legacy2014).WithYear(2018)
            .Set("L14.Apply.Received", 10).Set("L14.Apply.Received.InPerson", 2).Set("L14.Apply.Received.Fax", CellValue.Blank())
            .Set("L14.Apply.Received.Online", 3).Set("L14.Apply.Received.Letter", 3)
            .Build();

        var findings = ReportChecker.Check(report).Findings;

        var channels = Assert.Single(findings, f => f.RuleId == RuleIds.LF1);
        Assert.Equal(FindingSeverity.Error, channels.Severity);
        Assert.Contains(ReportRules.Model.Forms.ReportForms.LabelEnOf("L14.Apply.Received.Fax"), channels.GetMessage("en"), StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.P33);
    }

    [Fact]
    public void Check_BlankOfAKindNeverFilled_IsLeftUncheckedWithOneNote()
    {
        // Every 表四 总计 blank while the outcomes are printed: the publisher does not fill totals here. T4-F1 … T4-F3
        // fail only because of the blanks: no error, one PARSE-10 note for Table 4 naming the three checks.
        var report = new AnnualReportBuilder(ReportEdition.Gb2021)
            .SetCaseRow(2, 1, 0, 0, null, 1, 0, 0, 0, null, 0, 1, 0, 0, null)
            .Build();

        var findings = ReportChecker.Check(report).Findings;

        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
        var note = Assert.Single(findings, f => f.MessageId == "BlankLeftUnchecked");
        Assert.Equal(RuleIds.Parse10, note.RuleId);
        Assert.Equal(["Review.Total", "Lit.Direct.Total", "Lit.AfterReview.Total"], note.Cells.Select(c => c.Key));
        Assert.Contains("T4-F1, T4-F2, T4-F3", note.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckFile_TotalColumnFilledOnlyOnSummaryRows_IsOneWarningNotAnErrorPerRow()
    {
        // Shape of a Shanghai government-office 2019 web report: 总计 printed on 一、二、（七）总计 and 四 only, blank on
        // the 19 outcome rows. With blanks as 0 this gave T3-F2 (TOT: 139 ≠ 0) and 16 T3-F3 errors.
        var result = ReportChecker.CheckFile(Fixtures.Constructed("shanghai_office_2019_total_blank_on_detail_rows.md"));

        Assert.Equal(ReportEdition.Gb2019, result.Report!.Edition);
        Assert.DoesNotContain(result.Findings, f => f.Severity == FindingSeverity.Error);
        var pattern = Assert.Single(result.Findings);
        Assert.Equal((RuleIds.P33, "ColumnBlankOnRows", "TOT"), (pattern.RuleId, pattern.MessageId, pattern.Scope));
        Assert.Equal(19, pattern.Cells.Count);
        Assert.All(pattern.Cells, c => Assert.Equal(CellKind.Blank, c.Kind));

        // The identities whose printed cells are all present are still checked: T3-F1 TOT 142 + 7 = 139 + 10.
        Assert.Equal(0, result.Findings.Count(f => f.RuleId == RuleIds.T3F1));
        var broken = result.Report.ToBuilder().Set("Requests.CarriedForward.TOT", CellValue.Number(11m, "11")).Build();
        Assert.Contains(ReportChecker.Check(broken).Findings, f => f.RuleId == RuleIds.T3F1 && f.Scope == "TOT" && f.Severity == FindingSeverity.Error);
    }

    [Property(MaxTest = 80)]
    public Property Check_OneApplicantColumnBlanked_IsOnePatternWarningAndNoError() =>
        Prop.ForAll(ConsistentReports.Arbitrary, Gen.Choose(0, CellKeys.ApplicantColumns.Count - 1).ToArbitrary(), (report, pick) =>
        {
            var column = CellKeys.ApplicantColumns[pick];
            var keys = RuleCatalog.DataRows(report.Edition).Select(r => CellKeys.Request(r, column)).ToList();
            var builder = report.ToBuilder();
            foreach (var key in keys)
            {
                builder.Set(key, CellValue.Blank());
            }

            var findings = ReportChecker.Check(builder.Build()).Findings;

            Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
            var patterns = findings.Where(f => f.RuleId == RuleIds.P33).ToList();
            if (keys.Any(k => report.GetCell(k) is { Value: not 0m }))
            {
                // A non-zero cell now blank breaks that row's total: one finding for the column, naming all its rows.
                var pattern = Assert.Single(patterns);
                Assert.Equal(("ColumnBlankOnRows", CellKeys.ColumnCode(column)), (pattern.MessageId, pattern.Scope));
                Assert.Equal(keys.Count, pattern.Cells.Count);
            }
            else
            {
                // Only zeros were blanked: every identity holds with blanks as 0 (PARSE-10), nothing to warn about.
                Assert.Empty(patterns);
            }

            return true;
        });

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
