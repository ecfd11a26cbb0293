using ReportRules.Model;
using ReportRules.Parsing.Narrative;

namespace ReportRules.Tests.Parsing.Narrative;

public class NarrativeScannerTests
{
    [Fact]
    public void Scan_TotalWithParts_KeepsPartsConceptsAndSentence()
    {
        var fact = Assert.Single(Facts("全市共收到依申请公开166件，其中当面申请20件，传真申请3件，网络申请81件，信函申请62件。"));
        Assert.Equal(("Apply.Received", 166m, "件", true), (fact.Concept, fact.Value, fact.Unit, fact.Explicit));
        Assert.Equal(["L14.Apply.Received"], fact.CellKeys);
        Assert.Equal([20m, 3m, 81m, 62m], fact.Parts.Select(p => p.Value!.Value));
        Assert.Equal(
            ["Apply.Received.InPerson", "Apply.Received.Fax", "Apply.Received.Online", "Apply.Received.Letter"],
            fact.Parts.Select(p => p.Concept));
        Assert.All(fact.Parts, p => Assert.Equal(166m, p.PercentageBase));
        Assert.Equal("全市共收到依申请公开166件，其中当面申请20件，传真申请3件，网络申请81件，信函申请62件。", fact.Sentence);
        Assert.Equal(new SourceLocation(7, 11), fact.Location);
        Assert.False(fact.NonExhaustive);
    }

    [Fact]
    public void Scan_OtherEditionCells_MapsConceptToThatEditionsCell()
    {
        var fact = Assert.Single(Facts("本年新收政府信息公开申请34件。", ReportEdition.Gb2021));
        Assert.Equal(["Requests.NewReceived.TOT"], fact.CellKeys);
        var lit = Assert.Single(Facts("全年发生行政诉讼5件。", ReportEdition.Gb2019));
        Assert.Equal(["Lit.Direct.Total", "Lit.AfterReview.Total"], lit.CellKeys);
        var legacy2008 = Assert.Single(Facts("全年发生行政诉讼5件。", ReportEdition.Legacy2008));
        Assert.Equal("Lit.Total", legacy2008.Concept);
        Assert.Empty(legacy2008.CellKeys);
    }

    [Theory]
    [InlineData("全年共收到政府信息公开申请十二件。", 12)]
    [InlineData("本年度共收到一例政府信息公开申请。", 1)]
    [InlineData("全年共受理政府信息公开申请两件。", 2)]
    [InlineData("全年共收到政府信息公开申请一百零五件。", 105)]
    public void Scan_ChineseNumberWords_ReadAsCounts(string text, int expected)
    {
        var fact = Assert.Single(Facts(text));
        Assert.Equal("Apply.Received", fact.Concept);
        Assert.Equal(expected, fact.Value);
    }

    [Theory]
    [InlineData("深入推进“一件事一次办”改革。")]
    [InlineData("获得三次第一、四次第二的好成绩，建立了一级抓一级的体系。")]
    [InlineData("不同渠道和方式公开相同信息计1条，不同方式回应同一热点计一次。")]
    [InlineData("联系电话：0577- 63489456，网址 http://www.jingmen.gov.cn ，2019年3月6日发布，第23名。")]
    public void Scan_NumbersThatAreNotCounts_AreNotFacts(string text)
    {
        Assert.DoesNotContain(Facts(text), f => f.Kind == NarrativeFactKind.Count && f.Value is 1 or 3 or 4 or 23 or 63489456 or 2019);
    }

    [Fact]
    public void Scan_Approximate_FlagsYuAndYu()
    {
        var facts = Facts("全年共接待查阅申请人900余人次，提供服务逾1600项，收到政府信息公开申请约20件。");
        Assert.All(facts, f => Assert.True(f.Approximate));
        Assert.Equal([900m, 1600m, 20m], facts.Select(f => f.Value!.Value));
        Assert.Equal("人次", facts[0].Unit);
        Assert.False(facts[2].Explicit);
    }

    [Fact]
    public void Scan_ListEndingWithDeng_IsNonExhaustive()
    {
        var fact = Assert.Single(Facts("主动公开政府信息总条数181 条,包含政策文件6条;工作动态26条;公告公示105条;专项经费18条;全国巾帼岗18条等。"));
        Assert.True(fact.NonExhaustive);
        Assert.Equal(5, fact.Parts.Count);
        Assert.Equal("181 条", fact.Raw);
    }

    [Fact]
    public void Scan_QiZhongOpeningNextSentence_AttachesToPreviousTotal()
    {
        var facts = Facts("166件申请已全部办结答复。其中,属于已主动公开范围97件,同意公开及部分公开答复61件,根据《条例》有关规定不予公开3件。");
        var replied = Assert.Single(facts);
        Assert.Equal("Apply.Replied", replied.Concept);
        Assert.False(replied.Explicit);
        Assert.Equal(["Apply.Replied.AlreadyPublic", null, "Apply.Replied.Denied"], replied.Parts.Select(p => p.Concept));
    }

    [Fact]
    public void Scan_NewTotalAfterSemicolon_EndsPartsList()
    {
        var facts = Facts("因政府信息公开引起行政复议10件,其中维持具体行政行为9件,其他情形1件;引起行政诉讼11件。");
        Assert.Equal(["Review.Total", "Lit.Total"], facts.Select(f => f.Concept));
        Assert.Equal(["Review.Maintained", "Review.Other"], facts[0].Parts.Select(p => p.Concept));
        Assert.Empty(facts[1].Parts);
    }

    [Fact]
    public void Scan_QiZhongAfterSentenceWithoutNumber_HasNoParent()
    {
        var facts = Facts("全市通过政府网站、政府公报等渠道公开各类政府信息。其中,政府公报公开政府信息130条、政府网站公开64598条。");
        Assert.Equal(["Active.Ch.Gazette", "Active.Ch.Website"], facts.Select(f => f.Concept));
        Assert.All(facts, f => Assert.Empty(f.Parts));
    }

    [Theory]
    [InlineData("共答复申请1190件，其中不予公开20件（1.68%）。", 1.68, 2)]
    [InlineData("共答复申请1190件，其中不予公开20件（占1.7%）。", 1.7, 1)]
    [InlineData("共答复申请1190件，其中不予公开20件，占1.68%。", 1.68, 2)]
    public void Scan_Percentages_AttachToTheirCount(string text, double percentage, int decimals)
    {
        var part = Assert.Single(Assert.Single(Facts(text)).Parts);
        Assert.Equal((decimal)percentage, part.Percentage);
        Assert.Equal(decimals, part.PercentageDecimals);
        Assert.Equal(1190m, part.PercentageBase);
    }

    [Fact]
    public void Scan_TopLevelPercentage_TakesNearestEarlierTotal()
    {
        var facts = Facts("全年共收到政府信息公开申请130件。不予公开1件（0.76%）。");
        Assert.Equal(130m, facts[1].PercentageBase);
    }

    [Theory]
    [InlineData("2019年1月1日以来,我镇并未接收到一例依申请公开请求,因此未涉及到收费问题。", new[] { "Apply.Received" })]
    [InlineData("2018年未发生因政府信息公开被公民提出行政复议和行政诉讼案件。", new[] { "Review.Total", "Lit.Total" })]
    [InlineData("全年未发生与政府信息公开相关的行政复议、诉讼和投诉举报事项。", new[] { "Review.Total", "Lit.Total" })]
    [InlineData("全年未收到政府信息公开申请。", new[] { "Apply.Received" })]
    public void Scan_ZeroStatements_AreNoneFactsOfZero(string text, string[] concepts)
    {
        var facts = Facts(text);
        Assert.All(facts, f => Assert.Equal((NarrativeFactKind.None, 0m), (f.Kind, f.Value!.Value)));
        Assert.Equal(concepts, facts.Select(f => f.Concept));
    }

    [Theory]
    [InlineData("本年度未出现因政府信息公开被复议纠错、诉讼败诉的情况。", new[] { "Review.Corrected", "Lit.Corrected" })] // issue 10 item 4
    [InlineData("该行政复议件未被复议审查机关纠错。", new[] { "Review.Corrected" })] // Shanghai 2024, line 20
    [InlineData("2019年1月1日以来,我镇并未接收到一例依申请公开请求,因此未引起行政复议与行政诉讼。", new[] { "Apply.Received", "Review.Total", "Lit.Total" })] // seed 003
    [InlineData("2018年未发生因政府信息公开被公民、法人或其他组织提出行政复议和行政诉讼案件。", new[] { "Review.Total", "Lit.Total" })] // seed 004
    [InlineData("本机关未收到行政复议申请。", new[] { "Review.Total" })]
    [InlineData("未出现行政复议、行政诉讼被纠错的情况。", new[] { "Lit.Corrected" })] // 被纠错 may qualify both: reviews are not said to be zero
    [InlineData("全年未发生逾期答复申请的情况。", new string[0])]
    public void Scan_NegationBindsToTheConceptItNegates(string text, string[] concepts)
    {
        var facts = Facts(text, ReportEdition.Gb2021);
        Assert.All(facts, f => Assert.Equal((NarrativeFactKind.None, 0m), (f.Kind, f.Value!.Value)));
        Assert.Equal(concepts, facts.Select(f => f.Concept));
    }

    [Fact]
    public void Scan_NegationEndsAtItsClause()
    {
        // The count of the first clause is read; the negation of the second says only that there was no review.
        var facts = Facts("全年共收到政府信息公开申请5件，未发生行政复议。", ReportEdition.Gb2021);
        Assert.Equal(
            [(NarrativeFactKind.None, "Review.Total", 0m), (NarrativeFactKind.Count, "Apply.Received", 5m)],
            facts.Select(f => (f.Kind, f.Concept, f.Value!.Value)));
    }

    [Fact]
    public void Scan_NegatedOutcomeBesideAClaim_IsLeftToTheClaim()
    {
        // "均获维持" is P4-2's; the negated outcome in the same sentence would repeat it as an N-1 finding.
        var facts = Facts("本年度未出现行政诉讼败诉的情况，行政复议均获维持。", ReportEdition.Gb2021);
        Assert.Equal([NarrativeFactKind.AllUpheldClaim], facts.Select(f => f.Kind));
    }

    [Theory]
    [InlineData("主动公开政府信息1500条，其中，各部门800条。")] // issue 10 item 4
    [InlineData("主动公开政府信息1500条，其中，各部门主动公开政府信息800条。")]
    public void Scan_QiZhongPartOfTheTotal_IsAPartNotASecondTotal(string text)
    {
        var fact = Assert.Single(Facts(text));
        Assert.Equal(("Active.InfoCount", 1500m), (fact.Concept, fact.Value!.Value));
        var part = Assert.Single(fact.Parts);
        Assert.Equal(800m, part.Value);
        Assert.Null(part.Concept);
        Assert.Empty(part.CellKeys);
    }

    [Fact]
    public void Scan_SiblingPartInTheNextSentence_ContinuesTheList()
    {
        // Shape of the Pingtan 2014 report: the second share of the total is printed in the sentence after the 其中 one.
        var facts = Facts("2014年主动公开政府信息2543条。其中，区直各部门主动公开政府信息1687条，占66%。各乡镇主动公开政府信息856条，占34%。");
        var total = Assert.Single(facts);
        Assert.Equal([1687m, 856m], total.Parts.Select(p => p.Value!.Value));
        Assert.All(total.Parts, p => Assert.Null(p.Concept));

        // A count that does not fit in what the parts leave is read on its own.
        var larger = Facts("主动公开政府信息2543条。其中，区直各部门主动公开政府信息1687条。全市主动公开政府信息3000条。");
        Assert.Equal([2543m, 3000m], larger.Select(f => f.Value!.Value));
    }

    [Fact]
    public void Scan_ApprovalApplications_AreNotInformationRequests()
    {
        // Pingtan 2014: applications for administrative approval at the service centre.
        var fact = Assert.Single(Facts("目前，区县已入驻审批服务部门和单位13个，开设窗口26个，共受理申请121510件。"), f => f.Value == 121510m);
        Assert.Null(fact.Concept);
        Assert.Equal("Apply.Received", Assert.Single(Facts("全年共受理政府信息公开申请12件，均在审批时限内答复。")).Concept);
    }

    [Fact]
    public void Scan_NoZeroStatement_WhenFeesAreNotCharged()
    {
        Assert.Empty(Facts("全市各级政府及其部门在受理公民、法人提出依申请公开时均未收取相关费用。"));
    }

    [Theory]
    [InlineData("全年共收到政府信息公开申请XX件。", "XX件")]
    [InlineData("本年度共主动公开政府信息××条。", "××条")]
    [InlineData("本年度共主动公开条，其中规范性文件5条。", "公开条")]
    public void Scan_Placeholders_AreFound(string text, string raw)
    {
        var placeholder = Assert.Single(Facts(text), f => f.Kind == NarrativeFactKind.Placeholder);
        Assert.Equal(raw, placeholder.Raw);
    }

    [Theory]
    [InlineData("根据《中华人民共和国政府信息公开条例》的规定编制。")]
    [InlineData("配备A/B岗人员，联系邮箱 xxb@163.com。")]
    public void Scan_NoPlaceholder_InOrdinaryText(string text)
    {
        Assert.DoesNotContain(Facts(text), f => f.Kind == NarrativeFactKind.Placeholder);
    }

    [Fact]
    public void Scan_AllUpheldClaim_IsAFact()
    {
        var claim = Assert.Single(Facts("全年行政复议案件均获维持。"), f => f.Kind == NarrativeFactKind.AllUpheldClaim);
        Assert.Equal("均获维持", claim.Raw);
    }

    [Fact]
    public void Scan_PromotionalCounts_DoNotRestateTheTotal()
    {
        // 000 line 31: 主动公开 … 政府信息 is not the contiguous 主动公开政府信息 total.
        Assert.All(Facts("2018年主动公开扶贫政策等政府信息9条。全年重点领域公开信息1032条。"), f => Assert.Null(f.Concept));
    }

    [Fact]
    public void Scan_LongInput_IsLinear()
    {
        var text = string.Concat(Enumerable.Repeat("收到申请1件，其中当面申请1件，", 20_000)) + "。";
        var fact = Assert.Single(Facts(text));
        Assert.Equal(39_999, fact.Parts.Count);
    }

    [Fact]
    public void Scan_BracketedQiZhongList_IsReadAndEndsAtItsBracket()
    {
        // Pingtan 2019/2020 shape: "共公布政府信息2599条，(其中…856条)对于…"; a count after the bracket is not a part.
        var facts = Facts("共公布政府信息300条，（其中政务动态200条，公开目录60条）另编发简报40条。");
        Assert.Equal([300m, 40m], facts.Select(f => f.Value!.Value));
        Assert.Equal([200m, 60m], facts[0].Parts.Select(p => p.Value!.Value));
        Assert.Empty(facts[1].Parts);
        Assert.False(facts[0].NonExhaustive);
    }

    [Fact]
    public void Scan_BracketedListWithNestedBracket_EndsAtItsOwnBracket()
    {
        var facts = Facts("共发布信息380条(其中专项资金152条，预决算197条（政府预决算32条），其他31条)，另有简报4条。");
        Assert.Equal([380m, 4m], facts.Select(f => f.Value!.Value));
        Assert.Equal([152m, 197m, 31m], facts[0].Parts.Select(p => p.Value!.Value));
    }

    [Fact]
    public void Scan_BracketThatIsNoList_IsStillAnAside()
    {
        // "197条（政府预决算32条、部门预决算165条）" inside a 其中 list: an aside on one part, not parts of the list.
        var fact = Assert.Single(Facts("今年共发布380条财政资金信息，其中专项资金152条，预决算公开197条（政府预决算32条、部门预决算公开165条）、“三公”经费27条、债券发行4条。"));
        Assert.Equal([152m, 197m, 27m, 4m], fact.Parts.Select(p => p.Value!.Value));
    }

    [Fact]
    public void Scan_SentenceNamingKindsWithoutCounts_LeavesTheTotalOpenForQiZhong()
    {
        // scjg 2017: the kinds are named in a count-less sentence between the total and its 其中 list.
        var fact = Assert.Single(Facts("我局共主动公开政府信息457条，信息通过门户网站进行公开。主动公开类别主要涉及公示公告、机构职能、工作动态等政府信息。其中公示公告类36条，机构职能类信息37条，工作动态类信息76条。"));
        Assert.Equal(457m, fact.Value);
        Assert.Equal([36m, 37m, 76m], fact.Parts.Select(p => p.Value!.Value));
    }

    [Fact]
    public void Scan_KindsNamedAfterAYearAndACumulativeCount_AreOfTheYear()
    {
        // scjg 2018: "主动公开政府信息389条，历年累计主动公开政府信息1176条。…主要涉及…等政府信息。其中…": the list is of 389.
        var facts = Facts("2018年度，主动公开政府信息389条，历年累计主动公开政府信息1176条。政府信息主动公开类别主要涉及公示公告、机构职能、工作动态等政府信息。其中公示公告类71条，机构职能类13条。");
        Assert.Equal([71m, 13m], facts.Single(f => f.Value == 389m).Parts.Select(p => p.Value!.Value));
        Assert.Empty(facts.Single(f => f.Value == 1176m).Parts);
    }

    [Theory]
    [InlineData("我局共主动公开政府信息457条。我局高度重视信息公开工作。其中公示公告类36条，机构职能类信息37条。")] // names no kinds
    [InlineData("我局共主动公开政府信息457条。主要涉及公示公告、机构职能、工作动态等。公开渠道有网站、微信、报纸等。其中公示公告类36条，机构职能类信息37条。")] // carried once only
    public void Scan_QiZhongAfterOtherCountlessSentences_HasNoParent(string text)
    {
        var facts = Facts(text);
        Assert.All(facts, f => Assert.Empty(f.Parts));
        Assert.Equal([457m, 36m, 37m], facts.Select(f => f.Value!.Value));
    }

    [Fact]
    public void Scan_CountInAUnitThatCannotMeasureInformation_IsNotTheInformationTotal()
    {
        // lwt 2019: a run-together Table 2 under "主动公开政府信息情况" ends "政府集中采购1个": a count of projects.
        var facts = Facts("今年我局主动公开政府信息514条。二、主动公开政府信息情况第二十条第项信息内容采购项目数量采购总金额政府集中采购1个246900元。");
        Assert.Equal([("Active.InfoCount", 514m), (null, 1m)], facts.Select(f => (f.Concept, f.Value!.Value)));
        Assert.Equal("Active.InfoCount", Assert.Single(Facts("主动公开政府信息12件。")).Concept);
    }

    internal static IReadOnlyList<NarrativeFact> Facts(string text, ReportEdition edition = ReportEdition.Legacy2014) =>
        new AnnualReportBuilder(edition).AddNarrative(text, new SourceLocation(7, 1)).Build().Facts;
}
