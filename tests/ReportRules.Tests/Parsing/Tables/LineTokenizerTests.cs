using ReportRules.Model;
using ReportRules.Parsing.Document;
using ReportRules.Parsing.Tables;

namespace ReportRules.Tests.Parsing.Tables;

public class LineTokenizerTests
{
    private static TokenLine Tokenize(string text) => LineTokenizer.Tokenize(new DocLine(text, new SourceLocation(7, 1)));

    [Fact]
    public void Tokenize_MarkdownRow_SplitsLabelAndValuesWithColumns()
    {
        var line = Tokenize("| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 |  |");
        Assert.Equal(LineKind.Row, line.Kind);
        Assert.Equal("四、结转下年度继续办理", line.Label);
        Assert.Equal(7, line.Values.Count);
        Assert.Equal(string.Empty, line.Values[6].Text);
        Assert.Equal(new SourceLocation(7, 17), line.Values[0].Location);
    }

    [Fact]
    public void Tokenize_CellPipeLine_IsOneCell() =>
        Assert.Equal(LineKind.Cell, Tokenize("12 |").Kind);

    [Fact]
    public void Tokenize_BarePipe_IsAnEmptyCell()
    {
        var line = Tokenize("|");
        Assert.Equal(LineKind.Cell, line.Kind);
        Assert.Equal(string.Empty, line.Values[0].Text);
    }

    [Fact]
    public void Tokenize_RowMarker_IsNotACell() =>
        Assert.Equal(LineKind.Marker, Tokenize("||||").Kind);

    [Fact]
    public void Tokenize_PdfTextRow_SplitsTrailingNumbers()
    {
        var line = Tokenize("2.其他法律行政法规禁止公开 30 1 0 0 0 0 31");
        Assert.Equal("2.其他法律行政法规禁止公开", line.Label);
        Assert.Equal(["30", "1", "0", "0", "0", "0", "31"], line.Values.Select(v => v.Text));
        Assert.True(line.SpaceSplit);
    }

    [Fact]
    public void Tokenize_StructuredRow_SkipsSpannedCells()
    {
        var at = new SourceLocation(3, 1) { Detail = "table 1" };
        var row = new DocLine("行政许可 | 97 | 97 | 97", at, [new DocCell("行政许可", at), new DocCell("97", at), new DocCell("97", at) { Spanned = true }, new DocCell("97", at) { Spanned = true }]);
        var line = LineTokenizer.Tokenize(row);
        Assert.Equal("行政许可", line.Label);
        Assert.Single(line.Values);
    }

    [Fact]
    public void Tokenize_Prose_IsText() =>
        Assert.Equal(LineKind.Text, Tokenize("2019年，区政府共受理政府信息公开申请11件，所有申请均已按规定进行答复。").Kind);
}
