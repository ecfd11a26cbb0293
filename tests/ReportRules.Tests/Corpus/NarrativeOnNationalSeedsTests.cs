using System.Globalization;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Corpus;

/// <summary>
/// The gb2019 seeds 001 and 003 with their golden tables (tests/fixtures/expected) and their own prose, built with
/// <see cref="AnnualReportBuilder"/>: the narrative rules against real tables, before the gb table parser is merged.
/// </summary>
public class NarrativeOnNationalSeedsTests
{
    [Fact]
    public void Check_Seed001GoldenTableWithItsProse_NoNarrativeFinding()
    {
        // 受理政府信息公开申请11件 (line 141) = Requests.NewReceived.TOT 11.
        var result = ReportChecker.Check(Build(SeedFixtures.Seed001).Build());
        Assert.DoesNotContain(result.Findings, IsNarrative);
    }

    [Fact]
    public void Check_Seed001WithNewReceivedChanged_N1ErrorQuotesLine141()
    {
        var report = Build(SeedFixtures.Seed001).Set("Requests.NewReceived.TOT", 12m).Build();
        var finding = Assert.Single(ReportChecker.Check(report).Findings, IsNarrative);
        Assert.Equal(RuleIds.N1, finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(12m, finding.Expected);
        Assert.Equal(11m, finding.Actual);
        Assert.Equal(141, finding.Location!.Line);
        Assert.Contains("区政府共受理政府信息公开申请11件", finding.Evidence, StringComparison.Ordinal);
        Assert.Equal(["Requests.NewReceived.TOT"], finding.Cells.Select(c => c.Key));
    }

    [Fact]
    public void Check_Seed003BlankTableWithItsProse_NoNarrativeFinding()
    {
        // "并未接收到一例依申请公开请求" beside a blank table: blank is not zero, and not a contradiction either.
        var result = ReportChecker.Check(Build(SeedFixtures.Seed003).Build());
        Assert.DoesNotContain(result.Findings, IsNarrative);
    }

    [Fact]
    public void Check_Seed003WithApplicationsInTable_N1ErrorAgainstNoneStatement()
    {
        var report = Build(SeedFixtures.Seed003)
            .Set("Requests.NewReceived.TOT", 3m)
            .Set("Review.Total", 1m)
            .Build();
        var findings = ReportChecker.Check(report).Findings.Where(IsNarrative).ToList();

        // Two sentences say no application was received (lines 23 and 24); line 24 also says no review arose.
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal((RuleIds.N1, FindingSeverity.Error), (f.RuleId, f.Severity)));
        Assert.Equal(2, findings.Count(f => f.Cells.Single().Key == "Requests.NewReceived.TOT" && f.Actual == 0m && f.Expected == 3m));
        Assert.Single(findings, f => f.Cells.Single().Key == "Review.Total" && f.Location!.Line == 24);
    }

    private static bool IsNarrative(Finding finding) => RuleCatalog.Find(finding.RuleId)?.Family == RuleFamily.Narrative;

    private static AnnualReportBuilder Build(string seed)
    {
        var parsed = SeedFixtures.Parse(seed).Report!;
        var builder = new AnnualReportBuilder(ReportEdition.Gb2019).WithYear(2019);
        foreach (var row in SeedFixtures.ReadTsv(seed + ".cells.tsv"))
        {
            builder.Set(row[0], row[1] == "number"
                ? CellValue.Number(decimal.Parse(row[2], CultureInfo.InvariantCulture), row[3])
                : CellValue.Blank());
        }

        foreach (var paragraph in parsed.Narrative)
        {
            builder.AddNarrative(paragraph.Text, paragraph.Location);
        }

        return builder;
    }
}
