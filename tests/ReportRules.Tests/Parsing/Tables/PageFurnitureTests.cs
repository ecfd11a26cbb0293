using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Parsing.Document;
using ReportRules.Parsing.Tables;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Parsing.Tables;

public class PageFurnitureTests
{
    [Theory]
    [InlineData("— 5 —")]
    [InlineData("-5-")]
    [InlineData("- 5 -")]
    [InlineData("                                           -1-")]
    [InlineData("－ １２ －")]
    [InlineData("—— 12 ——")]
    [InlineData("第5页 共12页")]
    [InlineData("第 5 页，共 12 页")]
    [InlineData("共12页 第5页")]
    [InlineData("第5页")]
    [InlineData("5/12")]
    [InlineData("5 / 12")]
    [InlineData("- 5/12 -")]
    [InlineData("Page 5 of 12")]
    public void IsPageNumber_PrintedPageNumbers_AreFurniture(string text) =>
        Assert.True(PageFurniture.IsPageNumber(text));

    [Theory]
    [InlineData("5")]
    [InlineData("-5")]
    [InlineData("5-")]
    [InlineData("0")]
    [InlineData("——")]
    [InlineData("-")]
    [InlineData("12/5")]
    [InlineData("-0-")]
    [InlineData("第5项")]
    [InlineData("第二十条第（一）项")]
    [InlineData("共12页")]
    [InlineData("1 0 0 0 0 0 1")]
    [InlineData("2023/12/31")]
    [InlineData("增5")]
    [InlineData("（七）总计 21 0 0 0 0 0 21")]
    public void IsPageNumber_CellsAndLabels_AreNot(string text) =>
        Assert.False(PageFurniture.IsPageNumber(text));

    [Fact]
    public void IsPageNumber_BareNumber_OnlyWhenTheCallerKnowsItIsInTheMargin()
    {
        Assert.False(PageFurniture.IsPageNumber("7"));
        Assert.True(PageFurniture.IsPageNumber("7", allowBare: true));
        Assert.False(PageFurniture.IsPageNumber("12345", allowBare: true));
    }

    [Fact]
    public void Strip_PageNumberAndFormFeed_AreDroppedAndOtherLinesKeepTheirLineNumbers()
    {
        var lines = Lines("标题", "一、本年新收 21 0 0 0 0 0 21", "", "  -3-", "\f二、上年结转 0 0 0 0 0 0 0");

        var kept = PageFurniture.Strip(lines);

        Assert.Equal(["标题", "一、本年新收 21 0 0 0 0 0 21", "", "二、上年结转 0 0 0 0 0 0 0"], kept.Select(l => l.Text));
        Assert.Equal([1, 2, 3, 5], kept.Select(l => l.Location.Line));
    }

    [Fact]
    public void Strip_RepeatedTitleAtThePageTop_IsDropped()
    {
        var lines = Lines("某区人民政府2023年政府信息公开工作年度报告", "正文一段。", "— 2 —", "某区人民政府2023年政府信息公开工作年度报告", "正文二段。");

        Assert.Equal(["某区人民政府2023年政府信息公开工作年度报告", "正文一段。", "正文二段。"], PageFurniture.Strip(lines).Select(l => l.Text));
    }

    [Fact]
    public void Strip_RepeatedTableHeaderWhereTheTableGoesOn_IsDropped()
    {
        var lines = Lines(
            "标题",
            "                     自然人   商业企业   总计",
            "一、本年新收政府信息公开申请数量     21    0     21",
            "-3-",
            "\f                     自然人   商业企业   总计",
            "二、上年结转政府信息公开申请数量      0    0      0");

        Assert.DoesNotContain(PageFurniture.Strip(lines).Skip(2), l => l.Text.Contains("自然人", StringComparison.Ordinal));
    }

    [Fact]
    public void Strip_RepeatedHeaderOfANewSubTableAfterABreak_IsKept()
    {
        // Hongze 2023 page 2→3: 第二十条第（六）项, the page number, then the sub-table's own header, which repeats the
        // （五） header word for word. The table does not go on across the break (the last line is a title): keep it.
        var lines = Lines(
            "某区人民政府2023年政府信息公开工作年度报告",
            "本报告依据条例编制。",
            "第二十条第（五）项",
            "信息内容    本年处理决定数量",
            "行政许可        550",
            "第二十条第（六）项",
            "-2-",
            "\f信息内容    本年处理决定数量",
            "行政处罚        4119");

        Assert.Equal(2, PageFurniture.Strip(lines).Count(l => l.Text.StartsWith("信息内容", StringComparison.Ordinal)));
    }

    [Fact]
    public void Strip_ShortRepeatedLabelAtThePageTop_IsKept()
    {
        var lines = Lines("某区2008年政府信息公开工作年度报告", "本年度报告。", "其他", "3", "-4-", "其他", "5");

        Assert.Equal(["某区2008年政府信息公开工作年度报告", "本年度报告。", "其他", "3", "其他", "5"], PageFurniture.Strip(lines).Select(l => l.Text));
    }

    [Fact]
    public void Strip_StructuredRows_AreKept()
    {
        var cells = new List<DocCell> { new("-3-", new SourceLocation(1, 1)) };
        var lines = new List<DocLine> { new("-3-", new SourceLocation(1, 1), cells) };

        Assert.Same(lines, PageFurniture.Strip(lines));
    }

    [Fact]
    public void ParseFile_MarkdownFromPdfWithPageNumbersBetweenRows_ReadsTheSameCells()
    {
        // Shanghai's 2025 report as Markdown from PDF had "— 5 —" between table rows, read as values (in Table 4, read
        // positionally, the three tokens shift every value). Insert such lines into the 2024 report of the same
        // publisher and converter: the cells must stay the golden ones.
        var original = File.ReadAllLines(Fixtures.Corpus("peer_shanghai_stcsm_2024_pdf2md.md"));
        var lines = new List<string>(original);
        var at = lines.FindIndex(l => l.StartsWith("| 4.保护第三方合法权益", StringComparison.Ordinal));
        lines.Insert(at + 1, "— 5 —");
        at = lines.FindIndex(l => l.StartsWith("| 7.属于行政执法案卷", StringComparison.Ordinal));
        lines.Insert(at, "- 6 -");
        at = lines.FindIndex(l => l.StartsWith("| 一、本年新收", StringComparison.Ordinal));
        lines.Insert(at + 1, "第4页 共9页");
        at = lines.FindIndex(l => l == "维持纠正结果审结维持纠正结果审结");
        lines.Insert(at, "— 7 —");

        var result = ReportParser.ParseText(string.Join('\n', lines), "furnished.md");

        var problems = GoldenCell.Mismatches(result, GoldenCell.Load(Fixtures.Expected("peer_shanghai_stcsm_2024_pdf2md.cells.tsv")));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.DoesNotContain(result.Report!.Cells.Values, c => c.Raw.Contains('—', StringComparison.Ordinal) || c.Raw.Contains("页", StringComparison.Ordinal));
    }

    private static List<DocLine> Lines(params string[] texts) =>
        [.. texts.Select((t, i) => new DocLine(t, new SourceLocation(i + 1, 1)))];
}
