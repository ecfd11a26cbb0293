using System.Text.Json;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Rules;

namespace ReportRules.Tests.Rules.Narrative;

/// <summary>Issue 10.2: a blank total whose parts are printed is compared with the prose at the sum of its parts.</summary>
public class DerivedTotalTests
{
    // 无法提供 rows with 总计 printed blank: 100+20 + 20 + 10 = 150 over the applicant columns.
    private static AnnualReport Report(string sentence)
    {
        var builder = new AnnualReportBuilder(ReportEdition.Gb2021).WithYear(2023);
        foreach (var (row, np, com) in new[] { (RequestRow.UnableNotHeld, 100, 20), (RequestRow.UnableNeedsCreation, 20, 0), (RequestRow.UnableStillUnclear, 10, 0) })
        {
            foreach (var column in CellKeys.ApplicantColumns)
            {
                var value = column == Applicant.NaturalPerson ? np : column == Applicant.Commercial ? com : 0;
                builder.Set(CellKeys.Request(row, column), CellValue.Number(value));
            }

            builder.Set(CellKeys.Request(row, Applicant.Total), CellValue.Blank());
        }

        return builder.AddNarrative(sentence, new SourceLocation(3, 1)).Build();
    }

    [Fact]
    public void Check_NarrativeAgainstBlankTotalsWithPrintedParts_ComparesTheDerivedSum()
    {
        var findings = ReportChecker.Check(Report("本年度办结的政府信息公开申请中，无法提供120件。")).Findings;

        var n1 = Assert.Single(findings, f => f.RuleId == RuleIds.N1);
        Assert.Equal((150m, 120m), (n1.Expected, n1.Actual));
        Assert.Equal(3, n1.Cells.Count);
        Assert.All(n1.Cells, c => Assert.True(c.Derived && c.Kind == CellKind.Blank, c.Key));
        Assert.Contains("derived from its parts", n1.GetMessage("en"), StringComparison.Ordinal);
        Assert.Contains("由分项推算", n1.GetMessage("zh"), StringComparison.Ordinal);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            FindingsJson.WriteFinding(writer, n1);
        }

        var json = JsonDocument.Parse(stream.ToArray()).RootElement;
        Assert.All(json.GetProperty("cells").EnumerateArray(), c => Assert.True(c.GetProperty("derived").GetBoolean()));
    }

    [Fact]
    public void Check_NarrativeEqualToTheDerivedSum_IsNoFinding()
    {
        var findings = ReportChecker.Check(Report("本年度办结的政府信息公开申请中，无法提供150件。")).Findings;

        Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.N1);
    }

    [Fact]
    public void Check_BlankTotalWithABlankPart_IsNotDerived()
    {
        var report = Report("本年度办结的政府信息公开申请中，无法提供120件。").ToBuilder()
            .Set(CellKeys.Request(RequestRow.UnableNotHeld, Applicant.Research), CellValue.Blank())
            .Set(CellKeys.Request(RequestRow.UnableNeedsCreation, Applicant.Research), CellValue.Blank())
            .Set(CellKeys.Request(RequestRow.UnableStillUnclear, Applicant.Research), CellValue.Blank())
            .Build();

        // Parts with a blank do not give a total: nothing printed to compare with, so nothing is reported (blank ≠ 0).
        Assert.DoesNotContain(ReportChecker.Check(report).Findings, f => f.RuleId == RuleIds.N1);
    }
}
