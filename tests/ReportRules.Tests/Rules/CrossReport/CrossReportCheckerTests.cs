using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules;
using ReportRules.Rules.CrossReport;

namespace ReportRules.Tests.Rules.CrossReport;

public sealed class CrossReportCheckerTests
{
    private static AnnualReport Report(string agency, int year, decimal carriedOverTotal, decimal carriedForwardTotal, string? source = null) =>
        new AnnualReportBuilder(ReportEdition.Gb2019)
            .WithAgency(agency).WithYear(year).WithSource(source ?? $"{agency}-{year}.txt")
            .SetRequest(RequestRow.CarriedOver, Applicant.Total, carriedOverTotal)
            .SetRequest(RequestRow.CarriedForward, Applicant.Total, carriedForwardTotal)
            .Build();

    [Fact]
    public void Check_CarriedOverDiffersFromPreviousCarriedForward_ReportsX1OnTheLaterReport()
    {
        var findings = CrossReportChecker.Check([Report("甲县", 2020, 5, 0), Report("甲县", 2019, 0, 3)]);

        var finding = Assert.Single(findings);
        Assert.Equal(RuleIds.X1, finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("TOT", finding.Scope);
        Assert.Equal(3m, finding.Expected);
        Assert.Equal(5m, finding.Actual);
        Assert.Equal(2m, finding.Difference);
        Assert.Equal("甲县-2020.txt", finding.Source);
        Assert.Equal(["Requests.CarriedOver.TOT", "Requests.CarriedForward.TOT"], finding.Cells.Select(c => c.Key));
        Assert.Contains("甲县-2019.txt", finding.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Consistent_NoFinding()
    {
        Assert.Empty(CrossReportChecker.Check([Report("甲县", 2019, 0, 3), Report("甲县", 2020, 3, 1), Report("甲县", 2021, 1, 0)]));
    }

    [Fact]
    public void Check_OtherAgencyOrGapYear_IsNotCompared()
    {
        // 甲县 2019 and 2021 are not consecutive: no carry-over comparison, only the gap noted (X-6, info).
        var finding = Assert.Single(CrossReportChecker.Check([Report("甲县", 2019, 0, 3), Report("乙县", 2020, 9, 0), Report("甲县", 2021, 7, 0)]));
        Assert.Equal((RuleIds.X6, FindingSeverity.Info, "2020"), (finding.RuleId, finding.Severity, finding.Scope));
        Assert.Contains("甲县-2019.txt", finding.GetMessage("zh"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AgencyWhitespaceIgnored_AndExcludedRuleSkipped()
    {
        IReadOnlyList<AnnualReport> reports = [Report("甲 县", 2019, 0, 3), Report("甲县", 2020, 5, 0)];
        Assert.Single(CrossReportChecker.Check(reports));
        Assert.Empty(CrossReportChecker.Check(reports, new ReportCheckerOptions { ExcludeRules = [RuleIds.X1] }));
    }

    [Fact]
    public void Facts_KeepTheTableCellsAndYear()
    {
        var facts = CrossReportFacts.From(Report("甲县", 2019, 0, 3));
        Assert.Equal(["Requests.CarriedOver.TOT", "Requests.CarriedForward.TOT"], facts.Cells.Keys.Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(2019, facts.Year);
    }

    [Fact]
    public void Check_PreviousReportNeverPrintedTheRow_IsNotApplicable()
    {
        // Absent is not blank (decision 0003): 2019 prints no 结转下年度 row at all, so 2020's 上年结转 5 is not compared with 0.
        var previous = new AnnualReportBuilder(ReportEdition.Gb2019).WithAgency("甲县").WithYear(2019).SetRequest(RequestRow.NewReceived, Applicant.Total, 4).Build();
        var result = CrossReportChecker.Run([CrossReportFacts.From(previous), CrossReportFacts.From(Report("甲县", 2020, 5, 0))]);

        Assert.Empty(result.Findings);
        Assert.Equal(1, result.PairsCompared);
    }

    [Fact]
    public void Check_BlankCarriedForward_CountsAsZeroAndIsNamed()
    {
        var previous = new AnnualReportBuilder(ReportEdition.Gb2019).WithAgency("甲县").WithYear(2019)
            .Set("Requests.CarriedForward.TOT", CellValue.Blank()).Build();
        var finding = Assert.Single(CrossReportChecker.Check([previous, Report("甲县", 2020, 5, 0)]));

        Assert.Equal((0m, 5m), (finding.Expected, finding.Actual));
        Assert.Contains("2019: IV. Carried forward to next year / total", finding.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BothSidesBlank_IsNotApplicable()
    {
        var previous = new AnnualReportBuilder(ReportEdition.Gb2019).WithAgency("甲县").WithYear(2019).Set("Requests.CarriedForward.TOT", CellValue.Blank()).Build();
        var current = new AnnualReportBuilder(ReportEdition.Gb2019).WithAgency("甲县").WithYear(2020).Set("Requests.CarriedOver.TOT", CellValue.NotApplicable()).Build();

        Assert.Empty(CrossReportChecker.Check([previous, current]));
    }

    [Fact]
    public void Run_SaysWhatWasPairedAndWhatWasNot()
    {
        var result = CrossReportChecker.Run([.. new[] { Report("甲县", 2019, 0, 3), Report("甲县", 2020, 3, 0), Report("乙县", 2020, 0, 0) }.Select(CrossReportFacts.From)]);

        var series = Assert.Single(result.Series);
        Assert.Equal([2019, 2020], series.Years);
        Assert.Equal(2, result.ReportsPaired);
        Assert.Equal(1, result.PairsCompared);
        var unpaired = Assert.Single(result.Unpaired);
        Assert.Equal(("乙县", UnpairedReason.OnlyYear), (unpaired.Agency, unpaired.Reason));
        Assert.Contains("2 reports paired into 1 series", result.Describe("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NothingPaired_ComparedNothing()
    {
        var result = CrossReportChecker.Run([CrossReportFacts.From(Report("甲县", 2019, 0, 3))]);

        Assert.False(result.ComparedAnything);
        Assert.Empty(result.Series);
        Assert.Single(result.Unpaired);
    }

    [Fact]
    public void Run_AgencyMap_PairsARenamedAgency()
    {
        var reports = new[] { Report("甲县国土资源局", 2018, 0, 2), Report("甲县自然资源局", 2019, 0, 0) }.Select(CrossReportFacts.From).ToList();
        Assert.Empty(CrossReportChecker.Run(reports).Series);

        var map = AgencyMap.Parse(new StringReader("name as printed,canonical name\n甲县国土资源局,甲县自然资源局\n"));
        var result = CrossReportChecker.Run(reports, new CrossReportOptions { AgencyMap = map });

        Assert.Single(result.Series);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.X1, finding.RuleId);
        // A renamed or restructured agency: X-1 is a warning (format-spec §6.4), the change of name may explain it.
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void AgencyMap_LineWithOneName_IsAFormatErrorNamingTheLine()
    {
        var error = Assert.Throws<FormatException>(() => AgencyMap.Parse(new StringReader("甲县,乙县\n丙县\n")));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NameGainsACityPrefix_StillPairsTheYears()
    {
        // 洪泽区 2023 signs as "洪泽区人民政府", 2024 as "淮安市洪泽区人民政府": the same agency.
        var findings = CrossReportChecker.Check([Report("洪泽区人民政府", 2023, 0, 2), Report("淮安市洪泽区人民政府", 2024, 0, 0)]);

        var finding = Assert.Single(findings);
        Assert.Equal((2m, 0m), (finding.Expected, finding.Actual));
        Assert.Equal("淮安市洪泽区人民政府-2024.txt", finding.Source);
    }

    [Fact]
    public void Check_NameLosesItsPrefix_StillPairsTheYears()
    {
        var findings = CrossReportChecker.Check([Report("淮安市洪泽区人民政府", 2023, 0, 2), Report("洪泽区人民政府", 2024, 0, 0)]);

        Assert.Single(findings);
    }

    [Fact]
    public void Check_GenericName_PairsWithNoNamedAgency()
    {
        // "人民政府" alone names no agency: it keeps no administrative division, so it pairs with neither earlier name.
        var result = CrossReportChecker.Run([.. new[] { Report("甲县人民政府", 2023, 0, 2), Report("乙县人民政府", 2023, 0, 4), Report("人民政府", 2024, 0, 0) }.Select(CrossReportFacts.From)]);

        Assert.Empty(result.Findings);
        Assert.Equal(3, result.Unpaired.Count);
    }

    [Fact]
    public void Check_ShortNameFittingTwoAgencies_IsAmbiguousAndListed()
    {
        // Two cities each have a 洪泽区 in this (made-up) batch: the bare "洪泽区人民政府" could be either.
        var result = CrossReportChecker.Run([.. new[]
        {
            Report("甲市洪泽区人民政府", 2023, 0, 2), Report("乙市洪泽区人民政府", 2023, 0, 4),
            Report("甲市洪泽区人民政府", 2024, 2, 0), Report("洪泽区人民政府", 2024, 0, 0),
        }.Select(CrossReportFacts.From)]);

        var ambiguous = Assert.Single(result.Unpaired, u => u.Reason == UnpairedReason.Ambiguous);
        Assert.Equal("洪泽区人民政府", ambiguous.Agency);
        Assert.Equal(["乙市洪泽区人民政府", "甲市洪泽区人民政府"], ambiguous.Candidates.Order(StringComparer.Ordinal));
        Assert.Equal("甲市洪泽区人民政府", Assert.Single(result.Series).Agency);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Check_ParagraphSameButForTheYears_IsX4OnTheNarrative()
    {
        static AnnualReport Year(int year, string text) => new AnnualReportBuilder(ReportEdition.Gb2021).WithAgency("甲县人民政府").WithYear(year).WithSource($"{year}.txt")
            .AddNarrative($"{year}年，本机关共收到政府信息公开申请35件，办结35件，其中予以公开20件，部分公开5件，不予公开10件，均在法定期限内答复。")
            .AddNarrative(text)
            .Build();
        const string boilerplate = "本年度报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等部分。";

        var finding = Assert.Single(CrossReportChecker.Check([Year(2022, boilerplate), Year(2023, boilerplate)]));

        Assert.Equal((RuleIds.X4, "Narrative"), (finding.RuleId, finding.Scope));
        Assert.StartsWith("2023年，本机关共收到", finding.Evidence, StringComparison.Ordinal);
        Assert.Contains("1 paragraphs", finding.GetMessage("en"), StringComparison.Ordinal);

        // The counts changed: nothing copied; the unchanged boilerplate (no numbers) is never flagged.
        var other = new AnnualReportBuilder(ReportEdition.Gb2021).WithAgency("甲县人民政府").WithYear(2023).WithSource("2023.txt")
            .AddNarrative("2023年，本机关共收到政府信息公开申请36件，办结36件，其中予以公开21件，部分公开5件，不予公开10件，均在法定期限内答复。")
            .AddNarrative(boilerplate).Build();
        Assert.Empty(CrossReportChecker.Check([Year(2022, boilerplate), other]));
    }

    [Fact]
    public void Run_TwoReportsOfOneYear_UsesTheOneWithMoreCellsAndListsTheOther()
    {
        // 平潭 2024 exists as a text crawl whose tables were not read and as the HTML page with its tables.
        var crawl = new AnnualReportBuilder(ReportEdition.Gb2021).WithAgency("标题:平潭综合实验区").WithYear(2024).WithSource("2024.txt").Build();
        var page = Report("平潭综合实验区", 2024, 2, 0, "2024.html");
        var result = CrossReportChecker.Run([.. new[] { Report("平潭综合实验区", 2023, 0, 2), crawl, page }.Select(CrossReportFacts.From)]);

        Assert.Equal(["2023", "2024.html"], Assert.Single(result.Series).Reports.Select(r => r.Source!.Split('-').Last().Replace(".txt", string.Empty, StringComparison.Ordinal)));
        var duplicate = Assert.Single(result.Unpaired);
        Assert.Equal(("2024.txt", UnpairedReason.DuplicateYear), (duplicate.Source, duplicate.Reason));
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("江苏省淮安市洪泽区人民政府", "洪泽区人民政府")]
    [InlineData("淮安市洪泽区人民政府办公厅", "洪泽区人民政府办公室")]
    [InlineData("广州市天河区人民政府", "天河区人民政府")]
    [InlineData("淮安市市场监督管理局", "淮安市市场监督管理局")]
    [InlineData("淮安市洪泽区住房和城乡建设局", "洪泽区住房和城乡建设局")]
    [InlineData("内蒙古自治区呼和浩特市人民政府", "呼和浩特市人民政府")]
    [InlineData("ＸＸ市 洪泽区人民政府", "洪泽区人民政府")]
    [InlineData("北京市人民政府", "北京市人民政府")]
    [InlineData("标题：平潭综合实验区市场监督管理局", "平潭综合实验区市场监督管理局")]
    public void AgencyCore_DropsHigherDivisionsOnly(string printed, string core)
    {
        Assert.Equal(core, AgencyNames.Core(AgencyNames.Normalize(printed)!));
    }
}
