using System.Text;
using ReportRules.Documents.Html;
using ReportRules.Model;
using ReportRules.Parsing.Document;
using ReportRules.Rules;

namespace ReportRules.Documents.Tests.Html;

public class HtmlDocumentReaderTests
{
    private static IReadOnlyList<DocLine> Read(string html, Encoding? encoding = null, DocumentParserOptions? options = null)
    {
        var result = HtmlDocumentReader.Read((encoding ?? Encoding.UTF8).GetBytes(html), options ?? DocumentParserOptions.Default);
        Assert.Null(result.FailureRuleId);
        return result.Lines;
    }

    private static List<DocLine> Rows(IEnumerable<DocLine> lines) => lines.Where(l => l.Cells is not null).ToList();

    [Fact]
    public void Read_Gb2021Table3_ExpandsSpansIntoTenColumnGrid()
    {
        var rows = Rows(Read(HtmlPages.Page("utf-8", HtmlPages.Gb2021Table3)));

        Assert.Equal(8, rows.Count);
        Assert.All(rows, r => Assert.Equal(10, r.Cells!.Count));
        Assert.Equal(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"], rows[2].Cells!.Skip(3).Select(c => c.Text));
        Assert.Equal(["12", "1", "0", "0", "0", "0", "13"], rows[3].Cells!.Skip(3).Select(c => c.Text));
        // The label colspan repeats the label over the three label columns, flagged as covered.
        Assert.Equal([false, true, true], rows[3].Cells!.Take(3).Select(c => c.Spanned));
    }

    [Fact]
    public void Read_NbspIdeographicAndEmptyCells_AreBlank()
    {
        var rows = Rows(Read(HtmlPages.Page("utf-8", HtmlPages.Gb2021Table3)));

        Assert.Equal(["", "", "", "", "", "0", "0"], rows[4].Cells!.Skip(3).Select(c => c.Text));
    }

    [Fact]
    public void Read_RowspanGroupAndParagraphsInCell_GroupRepeatedAndParagraphsJoined()
    {
        var rows = Rows(Read(HtmlPages.Page("utf-8", HtmlPages.Gb2021Table3)));

        Assert.Equal(["三、本年度办理结果", "（三）不予公开", "1.属于 国家秘密"], rows[6].Cells!.Take(3).Select(c => c.Text));
        Assert.Equal(["三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开"], rows[7].Cells!.Take(3).Select(c => c.Text));
        Assert.True(rows[7].Cells![0].Spanned);
        Assert.True(rows[7].Cells![1].Spanned);
    }

    [Fact]
    public void Read_Gb2019Table2_RowspanValueCoversNextRow()
    {
        var rows = Rows(Read(HtmlPages.Page("utf-8", HtmlPages.Gb2019Table2)));

        Assert.Equal(["其他对外管理服务事项", "—", "减4", "432"], rows[7].Cells!.Select(c => c.Text));
        Assert.True(rows[7].Cells![1].Spanned);
        Assert.Equal(["第二十条第（一）项", "第二十条第（一）项", "第二十条第（一）项", "第二十条第（一）项"], rows[0].Cells!.Select(c => c.Text));
    }

    [Fact]
    public void Read_GbkPageWithMetaCharset_DecodesChinese()
    {
        var gbk = InputDecoder.Gb18030;
        var lines = Read(HtmlPages.Page("gbk", "<p>二、主动公开政府信息情况</p>" + HtmlPages.Gb2021Table3), gbk);

        Assert.Contains(lines, l => l.Cells is null && l.Text == "二、主动公开政府信息情况");
        Assert.Equal("自然人", Rows(lines)[2].Cells![3].Text);
    }

    [Fact]
    public void Read_GbkPageWithoutCharset_SniffedAsGb18030()
    {
        var html = "<html><body><p>政府信息公开工作年度报告</p>" + HtmlPages.Gb2021Table3 + "</body></html>";

        var lines = Read(html, InputDecoder.Gb18030);

        Assert.Equal("政府信息公开工作年度报告", lines[0].Text);
        Assert.Equal("一、本年新收政府信息公开申请数量", Rows(lines)[3].Cells![0].Text);
    }

    [Fact]
    public void Read_TablesInsideSiteChrome_OnlyTheReportTableBecomesRows()
    {
        var lines = Read(HtmlPages.WithSiteChrome(HtmlPages.Gb2021Table3)).ToList();

        var rows = Rows(lines);
        Assert.Equal(8, rows.Count);
        Assert.All(rows, r => Assert.Equal(0, r.TableIndex));
        // Navigation, side bar and footer are text lines, the headings around the table too; script text is not read.
        var text = lines.Where(l => l.Cells is null).Select(l => l.Text).ToList();
        Assert.Contains("首页", text);
        Assert.Contains("三、收到和处理政府信息公开申请情况", text);
        Assert.Contains("四、政府信息公开行政复议、行政诉讼情况", text);
        Assert.Contains("主办：某某县人民政府办公室", text);
        Assert.DoesNotContain(text, t => t.Contains("var x", StringComparison.Ordinal));
        var heading = lines.IndexOf(lines.First(l => l.Text == "三、收到和处理政府信息公开申请情况"));
        Assert.Same(rows[0], lines[heading + 1]);
    }

    [Fact]
    public void Read_ReportTableNestedInACell_ReadAsCellText()
    {
        var html = "<table><tr><td>自然人</td><td>总计</td></tr><tr><td>一、本年新收</td><td><table><tr><td>5</td></tr></table></td></tr></table>";

        var rows = Rows(Read(html));

        Assert.Equal(2, rows.Count);
        Assert.Equal("5", rows[1].Cells![1].Text);
    }

    [Fact]
    public void Read_NestingDeeperThanLimit_IsParse8()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 300)) + "x" + string.Concat(Enumerable.Repeat("</div>", 300)) + "</body></html>";

        var result = HtmlDocumentReader.Read(Encoding.UTF8.GetBytes(html), DocumentParserOptions.Default);

        Assert.Equal(RuleIds.Parse8, result.FailureRuleId);
        Assert.Contains("nests elements", result.FailureEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NestingWithinLimit_IsRead()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100)) + "深层文字" + string.Concat(Enumerable.Repeat("</div>", 100)) + "</body></html>";

        var lines = Read(html);

        Assert.Equal("深层文字", Assert.Single(lines).Text);
    }

    [Fact]
    public void Parse_Gb2021PageInChrome_DetectsEditionThroughSharedReader()
    {
        var bytes = Encoding.UTF8.GetBytes(HtmlPages.WithSiteChrome(HtmlPages.Gb2021Table3.Replace("（一）予以公开", "1.申请人无正当理由逾期不补正", StringComparison.Ordinal)));

        var result = DocumentParser.Parse(new MemoryStream(bytes), "page.html");

        Assert.True(result.Success, result.Error);
        Assert.Equal(ReportEdition.Gb2021, result.Report!.Edition);
    }

    [Fact]
    public void Parse_Gb2019Table2Page_DetectsGb2019()
    {
        var bytes = InputDecoder.Gb18030.GetBytes(HtmlPages.Page("gb2312", "<h1>2019年政府信息公开工作年度报告</h1>" + HtmlPages.Gb2019Table2));

        var result = DocumentParser.Parse(new MemoryStream(bytes), "2019.htm");

        Assert.True(result.Success, result.Error);
        Assert.Equal(ReportEdition.Gb2019, result.Report!.Edition);
    }
}
