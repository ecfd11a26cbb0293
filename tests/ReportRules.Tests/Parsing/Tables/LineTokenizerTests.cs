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

    private static TokenLine Structured(params (string Text, bool Spanned)[] cells) =>
        LineTokenizer.Tokenize(new DocLine(
            string.Join(" | ", cells.Select(c => c.Text)),
            new SourceLocation(1, 1),
            [.. cells.Select(c => new DocCell(c.Text, new SourceLocation(1, 1)) { Spanned = c.Spanned })]));

    [Fact]
    public void Tokenize_StructuredRowWithEmptyLabelColumnsFirst_LabelIsTheTextAndSevenValues()
    {
        // PDF rows (洪泽区 2023/2024): the group columns are empty on this row, then the label, then 7 values.
        var line = Structured(("", false), ("", false), ("一、本年新收政府信息公开申请数量", false), ("95", false), ("0", false), ("0", false), ("0", false), ("0", false), ("0", false), ("95", false));

        Assert.Equal((LineKind.Row, "一、本年新收政府信息公开申请数量", 7), (line.Kind, line.Label, line.Values.Count));
        Assert.True(line.Structured);
    }

    [Fact]
    public void Tokenize_StructuredRowWithMergedGroupLabel_LabelStillNamesTheRow()
    {
        // 洪泽区 2024 merges two label cells into "三、本年度办理（三）不予公开结果"; blank value cells stay positional.
        var line = Structured(("三、本年度办理（三）不予公开结果", false), ("", false), ("1.属于国家秘密", false), ("", false), ("", false), ("", false), ("", false), ("", false), ("", false), ("", false));

        Assert.Equal(7, line.Values.Count);
        Assert.Equal(RequestRow.DeniedStateSecret, RowLabels.MatchRequest(line.Label, out _));
    }

    [Fact]
    public void Tokenize_StructuredHeaderRowUnderASpan_IsALabelWithNoNumbers()
    {
        var line = Structured(("", false), ("行政复议", false), ("行政复议", true), ("", false), ("", false));

        Assert.Equal("行政复议", line.Label);
        Assert.All(line.Values, v => Assert.Equal(string.Empty, v.Text));
    }
}
