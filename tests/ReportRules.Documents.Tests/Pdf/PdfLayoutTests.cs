using ReportRules.Documents.Pdf;
using ReportRules.Findings;
using ReportRules.Rules;

namespace ReportRules.Documents.Tests.Pdf;

/// <summary>Row and column rebuilding from word boxes, on synthetic pages (no PDF library involved).</summary>
public class PdfLayoutTests
{
    private static PdfWord W(string text, double left, double bottom, double width = 8, double height = 9) =>
        new(text, left, left + width, bottom, bottom + height);

    private static readonly PdfBox[] Border = [new(70, 100, 520, 100), new(70, 400, 520, 400), new(70, 100, 70, 400), new(520, 100, 520, 400)];

    private static PdfPageContent Page(IEnumerable<PdfWord> words, int number = 1) => new(number, 595, 842, words.ToList(), Border);

    [Fact]
    public void Build_WordsListedLabelsFirstThenValues_RowsComeFromPositions()
    {
        // The text layer lists every label first and the numbers afterwards (as the Hongze PDFs do); positions pair them.
        var words = new[]
        {
            W("自然人", 300, 380, 24), W("总计", 400, 380, 16),
            W("一、本年新收", 80, 350, 60), W("二、上年结转", 80, 320, 60),
            W("21", 306, 349.5, 10), W("21", 404, 349.5, 10), W("3", 308, 319, 5), W("3", 406, 319, 5),
        };

        var lines = PdfLayout.Build([Page(words)], []);

        var rows = lines.Where(l => l.Cells is not null).Select(l => l.Cells!.Select(c => c.Text).ToList()).ToList();
        Assert.Equal(["", "自然人", "总计"], rows[0]);
        Assert.Equal(["一、本年新收", "21", "21"], rows[1]);
        Assert.Equal(["二、上年结转", "3", "3"], rows[2]);
    }

    [Fact]
    public void Build_DigitsSplitInOneCell_JoinedWithParse6()
    {
        var words = new[]
        {
            W("自然人", 300, 380, 24), W("总计", 400, 380, 16),
            W("一、本年新收", 80, 350, 60), W("35", 300, 350, 10), W("1", 313, 350, 5), W("35", 400, 350, 10), W("1", 413, 350, 5),
            W("二、上年结转", 80, 320, 60), W("0", 308, 320, 5), W("0", 406, 320, 5),
        };
        var diagnostics = new List<Finding>();

        var lines = PdfLayout.Build([Page(words)], diagnostics);

        var row = lines.Single(l => l.Cells is not null && l.Cells[0].Text == "一、本年新收");
        Assert.Equal(["351", "351"], row.Cells!.Skip(1).Select(c => c.Text));
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(RuleIds.Parse6, d.RuleId));
        Assert.Equal("35 1", diagnostics[0].Evidence);
    }

    [Fact]
    public void Build_AdjacentColumns_NotJoined()
    {
        var words = new[]
        {
            W("自然人", 300, 380, 24), W("其他", 340, 380, 16), W("总计", 400, 380, 16),
            W("一、本年新收", 80, 350, 60), W("2", 308, 350, 5), W("1", 345, 350, 5), W("3", 406, 350, 5),
        };
        var diagnostics = new List<Finding>();

        var row = PdfLayout.Build([Page(words)], diagnostics).Single(l => l.Cells is not null && l.Cells[0].Text == "一、本年新收");

        Assert.Equal(["2", "1", "3"], row.Cells!.Skip(1).Select(c => c.Text));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Build_BlankColumnUnderAHeader_KeptAsBlankCell()
    {
        var words = new[]
        {
            W("自然人", 300, 380, 24), W("商业企业", 345, 380, 32), W("总计", 400, 380, 16),
            W("一、本年新收", 80, 350, 60), W("2", 308, 350, 5), W("2", 406, 350, 5),
        };

        var row = PdfLayout.Build([Page(words)], []).Single(l => l.Cells is not null && l.Cells[0].Text == "一、本年新收");

        Assert.Equal(["2", "", "2"], row.Cells!.Skip(1).Select(c => c.Text));
    }

    [Fact]
    public void Build_WrappedLabelBelowItsValues_JoinsItsRow()
    {
        var words = new[]
        {
            W("自然人", 300, 380, 24),
            W("（二）部分公开（区分处理的，只计这一情", 80, 353, 200, 7), W("4", 308, 347), W("计其他情形）", 80, 340, 54, 7),
            W("1.属于国家秘密", 120, 320, 60), W("1", 308, 320),
        };

        var rows = PdfLayout.Build([Page(words)], []).Where(l => l.Cells is not null).ToList();

        Assert.Equal(["（二）部分公开（区分处理的，只计这一情计其他情形）", "4"], rows[1].Cells!.Select(c => c.Text));
        Assert.Equal(["1.属于国家秘密", "1"], rows[2].Cells!.Select(c => c.Text));
    }

    [Fact]
    public void Build_TableContinuingOnNextPage_OneTableIndex()
    {
        var page1 = Page([W("自然人", 300, 380, 24), W("一、本年新收", 80, 350, 60), W("5", 308, 350)], 1);
        var page2 = Page([W("四、结转下年度继续办理", 80, 350, 90), W("0", 308, 350)], 2);

        var rows = PdfLayout.Build([page1, page2], []).Where(l => l.Cells is not null).ToList();

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(0, r.TableIndex));
        Assert.Equal(2, rows[^1].Location.Page);
    }

    [Fact]
    public void Build_ParagraphBetweenTables_StartsANewTable()
    {
        var page1 = Page([W("自然人", 300, 380, 24), W("一、本年新收", 80, 350, 60), W("5", 308, 350)], 1);
        var page2 = new PdfPageContent(2, 595, 842, [W("四、政府信息公开行政复议、行政诉讼情况", 80, 700, 300, 13), W("结果维持", 80, 380, 32), W("1", 90, 350)], Border);

        var lines = PdfLayout.Build([page1, page2], []);

        Assert.Equal([0, 0, 1, 1], lines.Where(l => l.Cells is not null).Select(l => l.TableIndex!.Value));
        Assert.Contains(lines, l => l.Cells is null && l.Text == "四、政府信息公开行政复议、行政诉讼情况");
    }

    [Fact]
    public void Lines_PageNumberInMargin_Dropped()
    {
        var page = Page([W("正文", 80, 700, 16), W("-", 280, 40, 4), W("3", 286, 40, 5), W("-", 293, 40, 4)]);

        var lines = PdfLayout.Lines(page);

        Assert.Equal("正文", Assert.Single(lines).Text);
    }
}
