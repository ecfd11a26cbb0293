using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Parsing.Narrative;
using ReportRules.Rules;

namespace ReportRules.Tests.Rules.Narrative;

public class NarrativeRulesTests
{
    [Fact]
    public void Check_ExplicitCountAgainstItsCell_IsN1ErrorQuotingTheSentence()
    {
        var report = Legacy().Set("L14.Apply.Received", 5).AddNarrative("全年共收到政府信息公开申请6件。", new SourceLocation(12, 1)).Build();
        var finding = Assert.Single(Narrative(report));
        Assert.Equal((RuleIds.N1, FindingSeverity.Error, 5m, 6m), (finding.RuleId, finding.Severity, finding.Expected, finding.Actual));
        Assert.Equal("全年共收到政府信息公开申请6件。", finding.Evidence);
        Assert.Equal(new SourceLocation(12, 14), finding.Location);
        Assert.Equal(["L14.Apply.Received"], finding.Cells.Select(c => c.Key));
        Assert.Contains("6件", finding.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("L14.Apply.Received", finding.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LooselyWordedCountAgainstItsCell_IsN1Warning()
    {
        var report = Legacy().Set("L14.Apply.Received", 5).Set("L14.Apply.Closed.OnTime", 5)
            .AddNarrative("年度依申请公开5件，按期答复6件。").Build();
        var finding = Assert.Single(Narrative(report));
        Assert.Equal((RuleIds.N1, FindingSeverity.Warning, "L14.Apply.Closed.OnTime"), (finding.RuleId, finding.Severity, finding.Cells.Single().Key));
    }

    [Theory]
    [InlineData(120, false)]
    [InlineData(100, false)]
    [InlineData(80, true)]
    public void Check_ApproximateCount_OnlyBelowItsMinimumIsAWarning(int table, bool expected)
    {
        var report = Legacy().Set("L14.Apply.Received", table).AddNarrative("全年共收到政府信息公开申请100余件。").Build();
        var findings = Narrative(report);
        Assert.Equal(expected, findings.Count == 1);
        Assert.All(findings, f => Assert.Equal((RuleIds.N1, FindingSeverity.Warning), (f.RuleId, f.Severity)));
    }

    [Fact]
    public void Check_BlankCell_IsNotComparedWithTheProse()
    {
        var report = Legacy().Set("L14.Review", CellValue.Blank()).AddNarrative("全年发生行政复议2件。").Build();
        Assert.Empty(Narrative(report));
    }

    [Fact]
    public void Check_NationalLitigationTotal_ComparesWithBothLitigationGroups()
    {
        AnnualReportBuilder Builder() => new AnnualReportBuilder(ReportEdition.Gb2021).WithYear(2022)
            .SetCase(CaseGroup.LitigationDirect, CaseOutcome.Total, 3)
            .SetCase(CaseGroup.LitigationAfterReview, CaseOutcome.Total, 2);
        Assert.Empty(Narrative(Builder().AddNarrative("全年发生政府信息公开行政诉讼5件。").Build()));
        var finding = Assert.Single(Narrative(Builder().AddNarrative("本年度被提起行政诉讼4件。").Build()));
        Assert.Equal((RuleIds.N1, 5m, 4m), (finding.RuleId, finding.Expected, finding.Actual));
    }

    [Theory]
    [InlineData(95, null)] // 洪泽区 2024: the office's 17 are a share of the district's 95 — a different scope, no finding
    [InlineData(17, null)]
    [InlineData(10, FindingSeverity.Warning)] // a share larger than the whole cannot be right, but the scope is uncertain
    public void Check_CountGivenForAUnitActingForTheBody_IsComparedAsAShare(int table, FindingSeverity? expected)
    {
        var report = new AnnualReportBuilder(ReportEdition.Gb2021).WithYear(2024).Set("Requests.NewReceived.TOT", table)
            .AddNarrative("2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。").Build();
        Assert.Equal(expected, Narrative(report).SingleOrDefault(f => f.RuleId == RuleIds.N1)?.Severity);
    }

    [Fact]
    public void Check_CountGivenForTheBodyItself_StaysAnN1Error()
    {
        // Without "代表…" the subject is the reporting body: 17 against 95 is a real conflict. 人大代表 is no scope word.
        var body = new AnnualReportBuilder(ReportEdition.Gb2021).WithYear(2024).Set("Requests.NewReceived.TOT", 95)
            .AddNarrative("2024年，区政府受理政府信息公开申请17件。").Build();
        Assert.Equal(FindingSeverity.Error, Assert.Single(Narrative(body), f => f.RuleId == RuleIds.N1).Severity);
        Assert.False(NarrativeConcepts.IsPartialScope("办理人大代表政府"));
        Assert.True(NarrativeConcepts.IsPartialScope("区政府办代表区政府受理政府信息公开申请"));
    }

    [Fact]
    public void Check_NoneStatementAgainstNonZeroCell_IsN1Error()
    {
        var report = Legacy().Set("L14.Apply.Received", 2).AddNarrative("全年未收到政府信息公开申请。").Build();
        var finding = Assert.Single(Narrative(report));
        Assert.Equal((RuleIds.N1, FindingSeverity.Error, 0m), (finding.RuleId, finding.Severity, finding.Actual));
    }

    [Fact]
    public void Check_PartsShortOfTheTotal_IsN2Warning()
    {
        // A 其中 list may name only some kinds: falling short is worth a look, not an error.
        var report = Legacy2008("全市共收到依申请公开166件，其中当面申请20件，传真申请3件，网络申请81件，信函申请61件。");
        var finding = Assert.Single(Narrative(report));
        Assert.Equal((RuleIds.N2, FindingSeverity.Warning, "NarrativePartsShort", 165m, 166m), (finding.RuleId, finding.Severity, finding.MessageId, finding.Expected, finding.Actual));
        Assert.StartsWith("全市共收到依申请公开166件", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PartsAboveTheTotal_IsN2Error()
    {
        var report = Legacy2008("全市共收到依申请公开166件，其中当面申请20件，传真申请3件，网络申请81件，信函申请63件。");
        var finding = Assert.Single(Narrative(report));
        Assert.Equal((RuleIds.N2, FindingSeverity.Error, "NarrativePartsMismatch", 167m, 166m), (finding.RuleId, finding.Severity, finding.MessageId, finding.Expected, finding.Actual));
    }

    [Theory]
    [InlineData("全年共公布政府信息2602条(其中机构职能类信息82条，政策文件类信息1468条，其他应主动公开政府信息1053条)，对于主动公开的政府信息，主要通过网站发布，全年另发简报9条。", FindingSeverity.Error, 2603)]
    [InlineData("全年共公布政府信息2599条，(其中机构职能类信息25条，政策文件类信息1652条，其他应主动公开政府信息856条)对于主动公开的政府信息，主要通过网站发布，全年另发简报66条。", FindingSeverity.Warning, 2533)]
    public void Check_BracketedQiZhongList_IsCheckedAgainstItsTotalAlone(string text, FindingSeverity severity, int parts)
    {
        // Pingtan 2020 (parts one above the total: error) and 2019 (parts short: warning); the count after the bracket is no part.
        var finding = Assert.Single(Narrative(Legacy2008(text)));
        Assert.Equal((RuleIds.N2, severity, (decimal)parts), (finding.RuleId, finding.Severity, finding.Expected));
    }

    [Fact]
    public void Check_IssueExampleOfAPartialList_IsOneWarning()
    {
        // Issue 10 item 4: "发布信息300条，其中政务动态200条，公开目录60条" names two kinds of 300 items.
        var finding = Assert.Single(Narrative(Legacy2008("发布信息300条，其中政务动态200条，公开目录60条。")));
        Assert.Equal((RuleIds.N2, FindingSeverity.Warning, 260m, 300m), (finding.RuleId, finding.Severity, finding.Expected, finding.Actual));
        Assert.Contains("260", MessageCatalog.Render(finding, "zh"), StringComparison.Ordinal);
        Assert.Contains("260", MessageCatalog.Render(finding, "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PartNamedLikeItsTotal_IsNotASecondTotal()
    {
        // "其中，各部门主动公开政府信息800条" is the departments' share of the 1500: no N-3 (stated twice), no N-1 against the cell.
        var report = Legacy().Set("L14.Active.InfoCount", 1500)
            .AddNarrative("本年度主动公开政府信息1500条，其中，各部门主动公开政府信息800条。", new SourceLocation(1, 1)).Build();
        Assert.Empty(Narrative(report));
    }

    [Fact]
    public void Check_NegatedOutcome_DoesNotDenyTheCases()
    {
        // Issue 10 item 4: three reviews and two suits, none corrected; the sentence says only that none was corrected
        // or lost, so Review.Total and Lit.Total are not "0" and nothing is raised.
        var sentence = "本年度未出现因政府信息公开被复议纠错、诉讼败诉的情况。";
        var consistent = new AnnualReportBuilder(ReportEdition.Gb2021).WithYear(2023)
            .SetCaseRow(3, 0, 0, 0, 3, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0)
            .AddNarrative(sentence).Build();
        Assert.Empty(Narrative(consistent));

        // One review corrected: now the sentence contradicts the table, on the corrected cell only.
        var corrected = new AnnualReportBuilder(ReportEdition.Gb2021).WithYear(2023)
            .SetCaseRow(2, 1, 0, 0, 3, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0)
            .AddNarrative(sentence).Build();
        var finding = Assert.Single(Narrative(corrected));
        Assert.Equal((RuleIds.N1, "Review.Corrected", 1m, 0m), (finding.RuleId, finding.Scope, finding.Expected, finding.Actual));
        Assert.Equal(["Review.Corrected"], finding.Cells.Select(c => c.Key));
    }

    [Fact]
    public void Check_ListEndingWithDeng_MayFallShortButNotExceed()
    {
        Assert.Empty(Narrative(Legacy2008("主动公开政府信息181条，包含政策文件6条；工作动态26条等。")));
        var finding = Assert.Single(Narrative(Legacy2008("主动公开政府信息20条，包含政策文件6条；工作动态26条等。")));
        Assert.Equal((RuleIds.N2, "NarrativePartsExceed"), (finding.RuleId, finding.MessageId));
    }

    [Fact]
    public void Check_ApproximateParts_AreNeverAnError()
    {
        Assert.Empty(Narrative(Legacy2008("全年共收到政府信息公开申请100件，其中网络申请80余件，信函申请10件。")));
    }

    [Theory]
    [InlineData("1.68", false)]
    [InlineData("1.7", false)]
    [InlineData("2", false)]
    [InlineData("1.69", true)]
    [InlineData("1.6", false)]
    [InlineData("1.5", true)]
    [InlineData("2.68", true)]
    public void Check_PercentageOfTotal_ToleranceFollowsPrintedDecimals(string printed, bool expected)
    {
        // 20 / 1190 = 1.6807 %: 1.68 (2 decimals), 1.7 (1 decimal, rounded), 1.6 (1 decimal, truncated), 2 (0 decimals) are right.
        var findings = Narrative(Legacy2008($"共答复申请1190件，其中同意公开1170件，不予公开20件（{printed}%）。"));
        Assert.Equal(expected, findings.Any(f => f.RuleId == RuleIds.N2 && f.MessageId == "NarrativePercentMismatch"));
    }

    [Theory]
    [InlineData("0.77")]
    [InlineData("0.76")]
    public void Check_PercentageRoundedOrTruncated_BothAccepted(string printed)
    {
        // 1 / 130 = 0.7692 %: rounded 0.77, truncated 0.76 (format-spec N-2).
        Assert.Empty(Narrative(Legacy2008($"全年共收到政府信息公开申请130件，其中网络申请129件，信函申请1件（{printed}%）。")));
    }

    [Fact]
    public void Check_SameQuantityTwiceWithDifferentValues_IsN3Warning()
    {
        var report = Legacy2008("全年共收到政府信息公开申请20件。", "本年度受理政府信息公开申请16件。");
        var finding = Assert.Single(Narrative(report));
        Assert.Equal((RuleIds.N3, FindingSeverity.Warning, 20m, 16m), (finding.RuleId, finding.Severity, finding.Expected, finding.Actual));
        Assert.Equal("全年共收到政府信息公开申请20件。 / 本年度受理政府信息公开申请16件。", finding.Evidence);
    }

    [Fact]
    public void Check_Placeholder_IsN4Warning()
    {
        var finding = Assert.Single(Narrative(Legacy2008("本年度共主动公开政府信息XX条。")));
        Assert.Equal((RuleIds.N4, FindingSeverity.Warning), (finding.RuleId, finding.Severity));
        Assert.Equal("本年度共主动公开政府信息XX条。", finding.Evidence);
    }

    [Fact]
    public void Check_AllUpheldClaimWithCorrectedOrPendingCases_IsP42Warning()
    {
        var builder = new AnnualReportBuilder(ReportEdition.Gb2021).WithYear(2023)
            .SetCaseRow(1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            .AddNarrative("全年发生行政复议2件，均获维持。");
        var finding = Assert.Single(Narrative(builder.Build()));
        Assert.Equal((RuleIds.P42, FindingSeverity.Warning), (finding.RuleId, finding.Severity));
        Assert.Equal(["Review.Pending"], finding.Cells.Select(c => c.Key));
        Assert.Equal("全年发生行政复议2件，均获维持。", finding.Evidence);

        var upheld = new AnnualReportBuilder(ReportEdition.Gb2021).WithYear(2023)
            .SetCaseRow(2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            .AddNarrative("全年发生行政复议2件，均获维持。").Build();
        Assert.Empty(Narrative(upheld));
    }

    [Fact]
    public void Check_LegacyAllUpheldClaimWithCorrectedLawsuit_IsP42Warning()
    {
        var report = Legacy().Set("L14.Lit", 1).Set("L14.Lit.Corrected", 1).AddNarrative("行政诉讼实现零败诉。").Build();
        Assert.Equal(["L14.Lit.Corrected"], Assert.Single(Narrative(report), f => f.RuleId == RuleIds.P42).Cells.Select(c => c.Key));
    }

    [Fact]
    public void Catalog_NarrativeRules_ApplyToEveryEditionExceptP42()
    {
        foreach (var id in new[] { RuleIds.N1, RuleIds.N2, RuleIds.N3, RuleIds.N4 })
        {
            Assert.Equal(ReportEditions.All, RuleCatalog.Find(id)!.Editions);
        }

        Assert.DoesNotContain(ReportEdition.Legacy2008, RuleCatalog.Find(RuleIds.P42)!.Editions);
    }

    private static List<Finding> Narrative(AnnualReport report) =>
        [.. ReportChecker.Check(report).Findings.Where(f => RuleCatalog.Find(f.RuleId)?.Family == RuleFamily.Narrative)];

    private static AnnualReportBuilder Legacy() => new AnnualReportBuilder(ReportEdition.Legacy2014).WithYear(2018);

    private static AnnualReport Legacy2008(params string[] paragraphs)
    {
        var builder = new AnnualReportBuilder(ReportEdition.Legacy2008).WithYear(2012);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            builder.AddNarrative(paragraphs[i], new SourceLocation(i + 1, 1));
        }

        return builder.Build();
    }
}
