using ReportRules.Model;
using ReportRules.Parsing.Text;

namespace ReportRules.Tests.Parsing.Text;

public class NumberReaderTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData("１２", 12)]
    [InlineData("1,234", 1234)]
    [InlineData("增9", 9)]
    [InlineData("减61", -61)]
    [InlineData("-3", -3)]
    [InlineData("+2", 2)]
    [InlineData("52.15", 52.15)]
    [InlineData(" 7 |", 7)]
    public void Read_Numbers_ReadsValue(string raw, double expected)
    {
        var cell = NumberReader.Read(raw, null);
        Assert.Equal(CellKind.Number, cell.Kind);
        Assert.Equal((decimal)expected, cell.Value);
    }

    [Theory]
    [InlineData("14246.73万", "万")]
    [InlineData("251000元", "元")]
    [InlineData("3.5万元", "万元")]
    public void Read_AmountWithUnit_KeepsUnit(string raw, string unit)
    {
        var cell = NumberReader.Read(raw, null);
        Assert.Equal(CellKind.Number, cell.Kind);
        Assert.Equal(unit, cell.Unit);
        Assert.Equal(raw, cell.Raw);
    }

    [Theory]
    [InlineData("5人次", 5)]
    [InlineData("12件次", 12)]
    [InlineData("3人", 3)]
    [InlineData("7家", 7)]
    [InlineData("2例", 2)]
    public void Read_CountWithUnit_ReadsPlainNumber(string raw, int expected)
    {
        // Count units come from NumberWords, longest first: "5人次" ends with 人次, not 次 (which left "5人" unreadable).
        var cell = NumberReader.Read(raw, null);
        Assert.Equal((CellKind.Number, (decimal)expected, (string?)null), (cell.Kind, cell.Value, cell.Unit));
    }

    [Fact]
    public void Read_NumberWithNote_KeepsNote()
    {
        var cell = NumberReader.Read("22（其中修订 16 件）", null);
        Assert.Equal(22m, cell.Value);
        Assert.Equal("其中修订 16 件", cell.Note);
    }

    [Theory]
    [InlineData("——")]
    [InlineData("--")]
    [InlineData("/")]
    [InlineData("无")]
    [InlineData("－")]
    public void Read_Placeholders_AreNotApplicable(string raw) =>
        Assert.Equal(CellKind.NotApplicable, NumberReader.Read(raw, null).Kind);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void Read_Empty_IsBlank(string raw) => Assert.Equal(CellKind.Blank, NumberReader.Read(raw, null).Kind);

    [Theory]
    [InlineData("abc")]
    [InlineData("1,2")]
    [InlineData("12件申请")]
    public void Read_Text_IsUnreadable(string raw) => Assert.Equal(CellKind.Unreadable, NumberReader.Read(raw, null).Kind);
}
