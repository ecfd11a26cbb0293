using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Parsing;
using ReportRules.Parsing.Document;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Parsing;

public class ReportParserTests
{
    private const string Table3Header = "三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n";

    [Theory]
    [InlineData("四、政府信息公开行政法复议、行政诉讼情况")] // 平潭 2022 prints 行政法复议 for 行政复议
    [InlineData("四、政府信息公开行政复议、行政诉讼情况")]
    public void ParseText_Table4UnderAMisspeltHeading_IsRead(string heading)
    {
        var text = "本年制发件数\n" + Table3Header + "一、本年新收政府信息公开申请数量 71 3 0 0 0 0 74\n" + heading + "\n" +
            "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n0 1 1 0 2 1 0 0 0 1 0 0 0 0 0\n五、存在的主要问题及改进情况\n";
        var result = ReportParser.ParseText(text);
        var report = result.Report!;
        Assert.Equal([0m, 1m, 1m, 0m, 2m, 1m, 0m, 0m, 0m, 1m, 0m, 0m, 0m, 0m, 0m], CellKeys.CaseKeys.Select(k => report.GetCell(k)!.Value!.Value));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == RuleIds.Parse7 && d.GetMessage("zh").Contains("表四", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("复议机关", false)] // names 复议 without 行政诉讼
    [InlineData("行政诉讼", false)]
    [InlineData("四、政府信息公开行政法复议、行政诉讼情况", true)]
    [InlineData("行政复议", true)]
    public void IsReviewHeading_ToleratesTheMisspellingOnly(string line, bool expected) =>
        Assert.Equal(expected, ReportRules.Parsing.Tables.TableLocator.IsReviewHeading(line));

    [Fact]
    public void ParseText_SplitDigitsInPdfTextRow_JoinsThemWithParse6()
    {
        var text = "本年制发件数\n" + Table3Header + "一、本年新收政府信息公开申请数量 35 1 18 0 0 0 0 369\n";
        var result = ReportParser.ParseText(text);
        var report = result.Report!;
        Assert.Equal(351m, report.GetCell("Requests.NewReceived.NP")!.Value);
        Assert.Equal(369m, report.GetCell("Requests.NewReceived.TOT")!.Value);
        var note = Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.Parse6);
        Assert.Contains("35 1", note.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseText_ColumnFixedByAnotherRow_PlacesTheFlattenedRow()
    {
        // Every row complete except 结转下年度, which prints "2 2": T3-F1 per column fixes the 2 in 商业企业 (COM).
        var text = "本年制发件数\n" + Table3Header +
            "一、本年新收政府信息公开申请数量\n5\n3\n0\n0\n0\n0\n8\n" +
            "二、上年结转政府信息公开申请数量\n0\n0\n0\n0\n0\n0\n0\n" +
            "（七）总计\n5\n1\n0\n0\n0\n0\n6\n" +
            "四、结转下年度继续办理\n2\n2\n";
        var report = ReportParser.ParseText(text).Report!;
        var com = report.GetCell("Requests.CarriedForward.COM")!;
        Assert.Equal(2m, com.Value);
        Assert.True(com.Inferred);
        Assert.Equal(CellKind.Blank, report.GetCell("Requests.CarriedForward.NP")!.Kind);
    }

    [Fact]
    public void ParseText_TwoEqualNumbersNoIdentityFixesColumn_PlacesTotalOnlyAndEmitsParse4()
    {
        var text = "本年制发件数\n" + Table3Header + "一、本年新收政府信息公开申请数量\n11\n11\n";
        var result = ReportParser.ParseText(text);
        var report = result.Report!;
        Assert.Equal(11m, report.GetCell("Requests.NewReceived.TOT")!.Value);
        Assert.True(report.GetCell("Requests.NewReceived.TOT")!.Inferred);
        Assert.Null(report.GetCell("Requests.NewReceived.NP"));
        var parse4 = Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.Parse4);
        Assert.Contains(parse4.Cells, c => c.Key == "Requests.NewReceived.NP");
        Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.Parse3);
    }

    [Fact]
    public void Read_StructuredRows_UseTheSameTableLogic()
    {
        SourceLocation At(int line, int cell) => new(line, cell) { Detail = $"table 2, row {line}, cell {cell}" };
        DocLine Row(int line, params string[] cells) =>
            new(string.Join(" | ", cells), At(line, 1), [.. cells.Select((c, i) => new DocCell(c, At(line, i + 1)))]) { TableIndex = 1 };
        var lines = new List<DocLine>
        {
            new("某某局2022年政府信息公开工作年度报告", new SourceLocation(1, 1)),
            new("三、收到和处理政府信息公开申请情况", new SourceLocation(2, 1)),
            Row(3, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "申请人情况"),
            Row(4, "一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量", "4", "0", "0", "0", "1", "0", "5"),
        };
        lines[3] = lines[3] with { Cells = [.. lines[3].Cells!.Select((c, i) => i == 1 ? c with { Spanned = true } : c)] };
        var result = ReportReader.Read(lines, "structured", ReportParserOptions.Default with { Edition = ReportEdition.Gb2021 }, []);
        var cell = result.Report!.GetCell("Requests.NewReceived.LAW")!;
        Assert.Equal(1m, cell.Value);
        Assert.Equal("table 2, row 4, cell 7", cell.Location!.Detail);
    }

    [Fact]
    public void ParseText_EditionOption_OverridesDetection()
    {
        var text = File.ReadAllText(Fixtures.Corpus("peer_shuyang_county_2025_ocr.md"));
        Assert.Equal(ReportEdition.Gb2019, ReportParser.ParseText(text, options: new ReportParserOptions { Edition = ReportEdition.Gb2019 }).Report!.Edition);
    }

    [Fact]
    public void ParseFile_Seed001_CellsCarryLineAndColumn()
    {
        var report = ReportParser.ParseFile(Fixtures.Corpus("001_c9b27cee782bad7f.txt")).Report!;
        Assert.Equal(new SourceLocation(75, 1), report.GetCell("Active.A20_5.Licensing.Delta")!.Location);
        Assert.Equal("万", report.GetCell("Active.A20_9.Procurement.Amount")!.Unit);
        Assert.Equal(new SourceLocation(367, 1), report.GetCell("Lit.Direct.Total")!.Location);
    }

    [Fact]
    public void ParseFile_HuaianFragment_ColumnIsTheCellsIndexOnItsLine()
    {
        var report = ReportParser.ParseFile(Fixtures.Corpus("peer_huaian_city_2024_sec3_pdftext.txt")).Report!;
        // Line 23: "一、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119"
        Assert.Equal(new SourceLocation(23, 18), report.GetCell("Requests.NewReceived.NP")!.Location);
        Assert.Equal(new SourceLocation(23, 35), report.GetCell("Requests.NewReceived.TOT")!.Location);
    }

    [Theory]
    [InlineData("一、本年新收政府信息公开申请数量 ——", CellKind.NotApplicable)]
    [InlineData("一、本年新收政府信息公开申请数量 无", CellKind.NotApplicable)]
    public void ParseText_PlaceholderCells_AreNotApplicable(string row, CellKind kind)
    {
        var text = "本年制发件数\n" + Table3Header + row.Replace(" ", " | ", StringComparison.Ordinal) + " | 1 | 0 | 0 | 0 | 0 | 1 |\n";
        Assert.Equal(kind, ReportParser.ParseText(text).Report!.GetCell("Requests.NewReceived.NP")!.Kind);
    }

    [Fact]
    public void ParseText_FullWidthDigitsAndSeparators_ReadAsNumbers()
    {
        var text = "本年制发件数\n" + Table3Header + "一、本年新收政府信息公开申请数量 | １２ | 1,000 | 0 | 0 | 0 | 0 | 1,012 |\n";
        var report = ReportParser.ParseText(text).Report!;
        Assert.Equal(12m, report.GetCell("Requests.NewReceived.NP")!.Value);
        Assert.Equal(1012m, report.GetCell("Requests.NewReceived.TOT")!.Value);
    }
}
