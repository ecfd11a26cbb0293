using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Rules;

namespace ReportRules.Tests.Rules.Legacy;

public class Legacy2014RulesTests
{
    public static TheoryData<string, string, string[]> Identities => new()
    {
        { RuleIds.LF1, "L14.Apply.Received", ["L14.Apply.Received.InPerson", "L14.Apply.Received.Fax", "L14.Apply.Received.Online", "L14.Apply.Received.Letter"] },
        { RuleIds.LF2, "L14.Apply.Closed", ["L14.Apply.Closed.OnTime", "L14.Apply.Closed.Extended"] },
        {
            RuleIds.LF3, "L14.Apply.Replied",
            ["L14.Apply.Replied.AlreadyPublic", "L14.Apply.Replied.Granted", "L14.Apply.Replied.PartlyGranted", "L14.Apply.Replied.Denied",
             "L14.Apply.Replied.NotThisAgency", "L14.Apply.Replied.NotExist", "L14.Apply.Replied.AskAmend", "L14.Apply.Replied.OtherChannel"]
        },
        { RuleIds.LF5, "L14.Review", ["L14.Review.Maintained", "L14.Review.Corrected", "L14.Review.Other"] },
        { RuleIds.LF6, "L14.Lit", ["L14.Lit.Maintained", "L14.Lit.Corrected", "L14.Lit.Other"] },
        { RuleIds.LF7, "L14.Org.Staff", ["L14.Org.Staff.FullTime", "L14.Org.Staff.PartTime"] },
    };

    [Theory]
    [MemberData(nameof(Identities))]
    public void Check_TotalEqualsParts_NoFinding(string ruleId, string total, string[] parts)
    {
        var builder = Legacy();
        for (var i = 0; i < parts.Length; i++)
        {
            builder.Set(parts[i], i + 1);
        }

        builder.Set(total, parts.Length * (parts.Length + 1) / 2);
        Assert.DoesNotContain(ReportChecker.Check(builder.Build()).Findings, f => f.RuleId == ruleId);
    }

    [Theory]
    [MemberData(nameof(Identities))]
    public void Check_TotalOffByOne_ReportsErrorWithExpectedAndActual(string ruleId, string total, string[] parts)
    {
        var builder = Legacy();
        foreach (var part in parts)
        {
            builder.Set(part, 2);
        }

        builder.Set(total, (2 * parts.Length) + 1);
        var finding = Assert.Single(ReportChecker.Check(builder.Build()).Findings, f => f.RuleId == ruleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(2 * parts.Length, finding.Expected);
        Assert.Equal((2 * parts.Length) + 1, finding.Actual);
        Assert.Equal([total, .. parts], finding.Cells.Select(c => c.Key));
    }

    [Fact]
    public void Check_DenialReasonsAboveDenials_IsLF4Warning()
    {
        // Every operand printed (an absent operand makes an identity not applicable: docs/decisions/0003).
        var report = WithZeros(Legacy(), RuleIds.LF4).Set("L14.Apply.Replied.Denied", 2).Set("L14.Apply.Replied.Denied.Privacy", 2).Set("L14.Apply.Replied.Denied.StateSecret", 1).Build();
        var finding = Assert.Single(ReportChecker.Check(report).Findings, f => f.RuleId == RuleIds.LF4);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);

        // A non-exhaustive 其中 list may fall short of the total.
        var fewer = WithZeros(Legacy(), RuleIds.LF4).Set("L14.Apply.Replied.Denied", 5).Set("L14.Apply.Replied.Denied.Privacy", 2).Build();
        Assert.DoesNotContain(ReportChecker.Check(fewer).Findings, f => f.RuleId == RuleIds.LF4);
    }

    [Theory]
    [InlineData("L14.Resp.PressConf.Leader", "L14.Resp.PressConf")]
    [InlineData("L14.Resp.Interview.Leader", "L14.Resp.Interview")]
    [InlineData("L14.Active.NormDocsPublished", "L14.Active.InfoCount")]
    public void Check_QiZhongItemAboveItsTotal_IsLF8Error(string item, string total)
    {
        var report = Legacy().Set(item, 3).Set(total, 2).Build();
        var finding = Assert.Single(ReportChecker.Check(report).Findings, f => f.RuleId == RuleIds.LF8);
        Assert.Equal((FindingSeverity.Error, item, 3m, 2m), (finding.Severity, finding.Scope, finding.Actual, finding.Expected));
    }

    [Fact]
    public void Check_ChannelAboveTotal_IsLP1Warning()
    {
        var report = Legacy().Set("L14.Active.InfoCount", 181).Set("L14.Active.Ch.Website", 181).Set("L14.Active.Ch.WeChat", 260).Build();
        var finding = Assert.Single(ReportChecker.Check(report).Findings, f => f.RuleId == RuleIds.LP1);
        Assert.Equal((FindingSeverity.Warning, "ChannelAboveTotal", 260m, 181m), (finding.Severity, finding.MessageId, finding.Actual, finding.Expected));
        Assert.Contains("260", finding.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TotalAboveChannelSum_IsLP1Warning()
    {
        var report = Legacy().Set("L14.Active.InfoCount", 500).Set("L14.Active.Ch.Website", 300).Set("L14.Active.Ch.Other", 100).Build();
        var finding = Assert.Single(ReportChecker.Check(report).Findings, f => f.RuleId == RuleIds.LP1);
        Assert.Equal(("TotalAboveChannels", 500m, 400m), (finding.MessageId, finding.Actual, finding.Expected));
    }

    [Fact]
    public void Check_TotalBetweenLargestChannelAndSum_NoLP1()
    {
        var report = Legacy().Set("L14.Active.InfoCount", 350).Set("L14.Active.Ch.Website", 300).Set("L14.Active.Ch.WeChat", 100).Build();
        Assert.DoesNotContain(ReportChecker.Check(report).Findings, f => f.RuleId == RuleIds.LP1);
    }

    [Fact]
    public void Check_PublishedMoreNormativeDocumentsThanIssued_IsLP2Warning()
    {
        var report = Legacy().Set("L14.Active.NormDocsPublished", 3).Set("L14.Active.NormDocsIssued", 2).Build();
        Assert.Equal(FindingSeverity.Warning, Assert.Single(ReportChecker.Check(report).Findings, f => f.RuleId == RuleIds.LP2).Severity);
    }

    [Fact]
    public void Check_AnsweredDiffersFromClosedAndClosedAboveReceived_AreTwoLP3Warnings()
    {
        var report = Legacy().Set("L14.Apply.Received", 4).Set("L14.Apply.Closed", 5).Set("L14.Apply.Replied", 6).Build();
        var findings = ReportChecker.Check(report).Findings.Where(f => f.RuleId == RuleIds.LP3).ToList();
        Assert.Equal(["AnsweredNotClosed", "ClosedAboveReceived"], findings.Select(f => f.MessageId).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
    }

    [Fact]
    public void Check_HotspotsAboveResponses_IsLP4Warning()
    {
        var report = WithZeros(Legacy(), RuleIds.LP4).Set("L14.Resp.Hotspots", 9).Set("L14.Resp.PressConf", 2).Set("L14.Resp.WeiboWeChat", 3).Build();
        var finding = Assert.Single(ReportChecker.Check(report).Findings, f => f.RuleId == RuleIds.LP4);
        Assert.Equal((9m, 5m), (finding.Actual, finding.Expected));
    }

    [Theory]
    [InlineData("L14.FeesWan", "250元", 250, true)]
    [InlineData("L14.FeesWan", "12000", 12000, true)]
    [InlineData("L14.Org.BudgetWan", "30000", 30000, true)]
    [InlineData("L14.Org.BudgetWan", "2.5", 2.5, false)]
    [InlineData("L14.FeesWan", "0", 0, false)]
    public void Check_WanYuanCells_LP5WhenEnteredInYuan(string key, string raw, double value, bool expected)
    {
        var cell = ReportRules.Parsing.Text.NumberReader.Read(raw, new SourceLocation(80, 23));
        Assert.Equal((decimal)value, cell.Value);
        var report = Legacy().Set(key, cell).Build();
        var findings = ReportChecker.Check(report).Findings.Where(f => f.RuleId == RuleIds.LP5).ToList();
        Assert.Equal(expected, findings.Count == 1);
    }

    [Fact]
    public void Check_BlankOperandsThatHold_ReportOneParse10ForTheLegacyTable()
    {
        var report = Legacy().Set("L14.Org.Staff", 2).Set("L14.Org.Staff.FullTime", CellValue.Blank()).Set("L14.Org.Staff.PartTime", 2).Build();
        var findings = ReportChecker.Check(report).Findings;
        var note = Assert.Single(findings);
        Assert.Equal((RuleIds.Parse10, "L14.Org.Staff.FullTime"), (note.RuleId, note.Cells.Single().Key));
    }

    [Fact]
    public void Catalog_LegacyRules_ReadOnlyFormCells()
    {
        var legacy = RuleCatalog.All.Where(r => r.Family == RuleFamily.Legacy).ToList();
        Assert.Equal(
            [RuleIds.LF1, RuleIds.LF2, RuleIds.LF3, RuleIds.LF4, RuleIds.LF5, RuleIds.LF6, RuleIds.LF7, RuleIds.LF8, RuleIds.LP1, RuleIds.LP2, RuleIds.LP3, RuleIds.LP4, RuleIds.LP5],
            legacy.Select(r => r.Id));
        foreach (var key in legacy.SelectMany(r => r.GetInstances(ReportEdition.Legacy2014)).SelectMany(i => i.Operands))
        {
            Assert.True(ReportForms.TryGetCell(ReportEdition.Legacy2014, key, out _), key);
        }

        Assert.All(legacy, r => Assert.Equal([ReportEdition.Legacy2014], r.Editions));
    }

    [Fact]
    public void Form_Legacy2014_HasTheSpecItemsPlusTheLocalRow()
    {
        var cells = ReportForms.GetCells(ReportEdition.Legacy2014);
        Assert.Equal(59, cells.Count);
        Assert.All(cells, c => Assert.StartsWith("L14.", c.Key, StringComparison.Ordinal));
        Assert.Single(cells, c => c.Optional && c.Key == "L14.Active.NpcCppccResults");
        Assert.Equal(2, cells.Count(c => c.ValueType == CellValueType.Amount));
    }

    private static AnnualReportBuilder Legacy() => new AnnualReportBuilder(ReportEdition.Legacy2014).WithYear(2018);

    private static AnnualReportBuilder WithZeros(AnnualReportBuilder builder, string ruleId)
    {
        foreach (var key in RuleCatalog.Find(ruleId)!.GetInstances(ReportEdition.Legacy2014).SelectMany(i => i.Operands))
        {
            builder.Set(key, 0);
        }

        return builder;
    }
}
