using ReportRules.Documents.Grid;

namespace ReportRules.Documents.Tests.Grid;

public class GridBuilderTests
{
    [Fact]
    public void Expand_RowspanAndColspan_RepeatsTextAndFlagsCoveredPositions()
    {
        // Table 3 shape: a 2-row corner cell, a 2-column group header, then a data row.
        var rows = new List<IReadOnlyList<SpanCell>>
        {
            new[] { new SpanCell("corner", RowSpan: 2), new SpanCell("法人或其他组织", ColSpan: 2), new SpanCell("总计", RowSpan: 2) },
            new[] { new SpanCell("商业企业"), new SpanCell("科研机构") },
            new[] { new SpanCell("一、本年新收"), new SpanCell("1"), new SpanCell("2"), new SpanCell("3") },
        };

        var lines = GridBuilder.Expand(rows, tableIndex: 2, firstLine: 10);

        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Equal(4, l.Cells!.Count));
        Assert.All(lines, l => Assert.Equal(2, l.TableIndex));
        Assert.Equal(["corner", "法人或其他组织", "法人或其他组织", "总计"], lines[0].Cells!.Select(c => c.Text));
        Assert.Equal([false, false, true, false], lines[0].Cells!.Select(c => c.Spanned));
        Assert.Equal(["corner", "商业企业", "科研机构", "总计"], lines[1].Cells!.Select(c => c.Text));
        Assert.Equal([true, false, false, true], lines[1].Cells!.Select(c => c.Spanned));
        Assert.Equal(["一、本年新收", "1", "2", "3"], lines[2].Cells!.Select(c => c.Text));
        Assert.Equal("table 3, row 3, cell 2", lines[2].Cells![1].Location.Detail);
        Assert.Equal(12, lines[2].Location.Line);
    }

    [Fact]
    public void Expand_RowspanInMiddleColumn_LaterCellsShiftRight()
    {
        var rows = new List<IReadOnlyList<SpanCell>>
        {
            new[] { new SpanCell("a"), new SpanCell("（三）不予公开", RowSpan: 3), new SpanCell("1.属于国家秘密"), new SpanCell("0") },
            new[] { new SpanCell("b"), new SpanCell("2.其他法律行政法规禁止公开"), new SpanCell("5") },
            new[] { new SpanCell("c"), new SpanCell("3.危及“三安全一稳定”"), new SpanCell("7") },
        };

        var lines = GridBuilder.Expand(rows, 0, 1);

        Assert.Equal(["b", "（三）不予公开", "2.其他法律行政法规禁止公开", "5"], lines[1].Cells!.Select(c => c.Text));
        Assert.Equal(["c", "（三）不予公开", "3.危及“三安全一稳定”", "7"], lines[2].Cells!.Select(c => c.Text));
        Assert.True(lines[2].Cells![1].Spanned);
        Assert.False(lines[2].Cells![2].Spanned);
    }

    [Fact]
    public void Expand_ShortRowAndRowspanPastEnd_PaddedAndDropped()
    {
        var rows = new List<IReadOnlyList<SpanCell>>
        {
            new[] { new SpanCell("x", RowSpan: 50), new SpanCell("y"), new SpanCell("z") },
            new[] { new SpanCell("only") },
        };

        var lines = GridBuilder.Expand(rows, 0, 1);

        Assert.Equal(2, lines.Count);
        Assert.Equal(["x", "only", string.Empty], lines[1].Cells!.Select(c => c.Text));
    }

    [Fact]
    public void Expand_HostileSpan_IsClamped()
    {
        var rows = new List<IReadOnlyList<SpanCell>> { new[] { new SpanCell("wide", ColSpan: int.MaxValue) } };

        var lines = GridBuilder.Expand(rows, 0, 1);

        Assert.Equal(GridBuilder.MaxSpan, lines[0].Cells!.Count);
    }

    [Theory]
    [InlineData("\u00A0", "")]
    [InlineData("\u3000\u3000", "")]
    [InlineData("  本年 \n 新收  ", "本年 新收")]
    public void Collapse_SpacesOnlyCellsAreBlank(string raw, string expected) =>
        Assert.Equal(expected, TextCleaner.Collapse(raw));
}
