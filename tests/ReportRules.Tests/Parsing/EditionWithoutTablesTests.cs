using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules;

namespace ReportRules.Tests.Parsing;

/// <summary>Issue 10.5: a 2019-or-later report whose tables were not found is read as its national edition, not legacy2008.</summary>
public class EditionWithoutTablesTests
{
    private const string Body =
        "一、总体情况\n" +
        "本机关认真贯彻落实《中华人民共和国政府信息公开条例》（国务院令第711号）。\n" +
        "二、收到和处理政府信息公开申请情况\n" +
        "全年共收到依申请公开政府信息申请20件，其中，予以公开12件，无法提供5件，不予处理6件。\n" +
        "三、政府信息公开行政复议、行政诉讼情况\n" +
        "统计表格见附件。\n";

    [Fact]
    public void CheckText_2023ReportWithoutTables_IsGb2021WithOneTableNotFoundFinding()
    {
        var result = ReportChecker.CheckText("某某区人民政府2023年政府信息公开工作年度报告\n" + Body, "2023.txt");

        Assert.Equal(ReportEdition.Gb2021, result.Report!.Edition);
        Assert.Equal(2023, result.Report.Metadata.Year);
        var missing = Assert.Single(result.Findings, f => f.RuleId == RuleIds.Parse7);
        Assert.Contains("gb2021", missing.GetMessage("en"), StringComparison.Ordinal);
        Assert.Contains("2023", missing.GetMessage("zh"), StringComparison.Ordinal);

        // The narrative rules of gb2021 ran on the prose: 12 + 5 + 6 = 23 parts exceed the 20 applications (N-2).
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.N2);
        Assert.Empty(result.Report.Cells);
    }

    [Theory]
    [InlineData("2020", "", ReportEdition.Gb2019)]
    [InlineData("2019", "", ReportEdition.Gb2019)]
    [InlineData("2021", "", ReportEdition.Gb2021)]
    [InlineData("2020", "按照国办公开办函〔2021〕30号的要求，", ReportEdition.Gb2021)]
    public void ParseText_YearAndCitationsChooseTheEdition(string year, string citation, ReportEdition expected)
    {
        var parsed = ReportRules.Parsing.ReportParser.ParseText($"某某局{year}年政府信息公开工作年度报告\n{citation}{Body}");

        Assert.Equal(expected, parsed.Report!.Edition);
        Assert.Single(parsed.Diagnostics, f => f.RuleId == RuleIds.Parse7);
    }

    [Fact]
    public void ParseText_2012ReportWithoutTables_StaysLegacy2008()
    {
        var parsed = ReportRules.Parsing.ReportParser.ParseText("某某局2012年政府信息公开工作年度报告\n全年共收到依申请公开政府信息申请20件。\n不予公开政府信息2件。\n");

        Assert.Equal(ReportEdition.Legacy2008, parsed.Report!.Edition);
        Assert.DoesNotContain(parsed.Diagnostics, f => f.RuleId == RuleIds.Parse7);
    }
}
