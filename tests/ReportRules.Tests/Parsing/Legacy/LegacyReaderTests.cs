using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Rules;

namespace ReportRules.Tests.Parsing.Legacy;

public class LegacyReaderTests
{
    private const string RowLayout = """
        2017年某局政府信息公开工作年度报告
        全年共收到政府信息公开申请3件。
        政府信息公开情况统计表 | ||
        统 计 指 标 | 单位 | 统计数 |
        一、主动公开情况 | —— | —— |
        (一)主动公开政府信息数,不同渠道和方式公开相同信息计1条 | 条 | 120 |
        主动公开机构领导、机构设置及人事信息 | 条 | 14 |
        三、依申请公开情况 | —— | —— |
        (一)收到申请数 | 件 | 3 |
        1.当面申请数 | 件 | 1 |
        3.网络申请数 | 件 | 2 |
        四、行政复议数量 | 件 | 1 |
        (一)维持具体行政行为数 | 件 | 1 |
        五、行政诉讼数量 | 件 | 2 |
        (一)维持具体行政行为或者驳回原告诉讼请求数 | 件 | 1 |
        (二)被依法纠错数 | 件 | 1 |
        """;

    [Fact]
    public void Parse_RowLayout_MatchesLabelsWithinTheirSection()
    {
        var result = ReportParser.ParseText(RowLayout, "row.txt");
        var report = result.Report!;
        Assert.Equal(ReportEdition.Legacy2014, report.Edition);
        Assert.Equal(120m, report.Cells["L14.Active.InfoCount"].Value);
        Assert.Equal(3m, report.Cells["L14.Apply.Received"].Value);
        Assert.Equal(2m, report.Cells["L14.Apply.Received.Online"].Value);

        // (一)维持… is printed under both 四 and 五: the section decides.
        Assert.Equal(1m, report.Cells["L14.Review.Maintained"].Value);
        Assert.Equal(1m, report.Cells["L14.Lit.Maintained"].Value);
        Assert.Equal(1m, report.Cells["L14.Lit.Corrected"].Value);
        Assert.False(report.Cells.ContainsKey("L14.Review.Corrected"));
        Assert.Equal(new SourceLocation(9, 16), report.Cells["L14.Apply.Received"].Location);
    }

    [Fact]
    public void Parse_LocalExtraRow_KeptWithLabelAndReportedOnce()
    {
        var result = ReportParser.ParseText(RowLayout, "row.txt");
        var extra = result.Report!.Cells["L14.Extra.1"];
        Assert.Equal((14m, "主动公开机构领导、机构设置及人事信息"), (extra.Value, extra.Label));
        var note = Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.Parse11);
        Assert.Equal(global::ReportRules.Findings.FindingSeverity.Info, note.Severity);
        Assert.Contains("L14.Extra.1 = 主动公开机构领导、机构设置及人事信息", note.Evidence, StringComparison.Ordinal);
        Assert.Equal(7, note.Location!.Line);
    }

    [Fact]
    public void Parse_ProseBesideTheTable_IsNarrative()
    {
        var report = ReportParser.ParseText(RowLayout, "row.txt").Report!;
        var fact = Assert.Single(report.Facts);
        Assert.Equal(("Apply.Received", 3m, 2), (fact.Concept, fact.Value!.Value, fact.Location!.Line));
        Assert.DoesNotContain(report.Narrative, p => p.Text.Contains('|', StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_CellPerLineLayout_ReadsBlankCellsAndExtras()
    {
        var text = string.Join('\n',
            "政府信息公开情况统计表 |", "||", "( 2016 年度) |", "||", "|", "|", "|",
            "统 计 指 标 |", "单位 |", "统计数 |",
            "三、依申请公开情况 |", "|", "|",
            "(一)收到申请数 |", "件 |", "5 |",
            "1.当面申请数 |", "件 |", "|",
            "4.信函申请数 |", "件 |", "5 |",
            "(二)申请办结数 |", "件 |", "5 |",
            "其中:通过政务服务网申请 |", "件 |", "|");
        var result = ReportParser.ParseText(text, "cells.txt", new ReportParserOptions { Edition = ReportEdition.Legacy2014 });
        var report = result.Report!;
        Assert.Equal(CellKind.Blank, report.Cells["L14.Apply.Received.InPerson"].Kind);
        Assert.Equal(19, report.Cells["L14.Apply.Received.InPerson"].Location!.Line);
        Assert.Equal(5m, report.Cells["L14.Apply.Received.Letter"].Value);
        Assert.Equal(5m, report.Cells["L14.Apply.Closed"].Value);

        // An unknown row with a unit is kept even when blank: never dropped silently.
        var extra = report.Cells["L14.Extra.1"];
        Assert.Equal((CellKind.Blank, "其中:通过政务服务网申请"), (extra.Kind, extra.Label));
        Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.Parse11);
    }

    [Fact]
    public void Parse_SameRowTwiceWithDifferentValues_KeepsFirstAndReportsParse13()
    {
        var text = RowLayout + "\n(一)收到申请数 | 件 | 4 |";
        var result = ReportParser.ParseText(text, "dup.txt");
        Assert.Equal(3m, result.Report!.Cells["L14.Apply.Received"].Value);
        Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.Parse13);
    }

    [Fact]
    public void Parse_Legacy2014WithoutTable_ReportsParse7()
    {
        var text = "某局政府信息公开工作年度报告\n收到申请数 申请办结数 申请答复数 统计指标 三项均为0。";
        var result = ReportParser.ParseText(text, "none.txt", new ReportParserOptions { Edition = ReportEdition.Legacy2014 });
        Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.Parse7);
        Assert.Empty(result.Report!.Cells);
    }

    [Fact]
    public void Parse_LetterSpacedHeader_DetectsLegacy2014()
    {
        // "统 计 指 标" is letter-spaced in seed 000; with one more signal the table is recognised without an edition override.
        var text = "某局2016年政府信息公开工作年度报告\n政府信息公开情况统计表 |\n统 计 指 标 |\n单位 |\n统计数 |\n(一)收到申请数 |\n件 |\n2 |";
        var result = ReportParser.ParseText(text, "spaced.txt");
        Assert.Equal(ReportEdition.Legacy2014, result.Report!.Edition);
        Assert.Equal(2m, result.Report.Cells["L14.Apply.Received"].Value);
    }
}
