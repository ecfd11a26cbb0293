using ReportRules.Parsing.Text;

namespace ReportRules.Tests.Parsing.Text;

public class NumberWordsTests
{
    [Theory]
    [InlineData("十二", 12)]
    [InlineData("两", 2)]
    [InlineData("二十", 20)]
    [InlineData("十", 10)]
    [InlineData("三千", 3000)]
    [InlineData("一百零五", 105)]
    [InlineData("一万二千", 12000)]
    public void TryParseChinese_Numerals_ReadValue(string text, int expected)
    {
        Assert.True(NumberWords.TryParseChinese(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("人次件")]
    [InlineData("件次")]
    [InlineData("")]
    public void TryParseChinese_NotANumeral_IsFalse(string text)
    {
        Assert.False(NumberWords.TryParseChinese(text, out _));
    }

    [Fact]
    public void CountUnits_NoUnitIsShadowedByAnEarlierPrefixOrSuffix()
    {
        // A longer unit must come before every shorter unit it starts or ends with, or "人次" would read as "人".
        var units = NumberWords.CountUnits.Concat(NumberWords.AmountUnits).ToList();
        for (var i = 0; i < units.Count; i++)
        {
            for (var j = i + 1; j < units.Count; j++)
            {
                var shadowed = units[j].StartsWith(units[i], StringComparison.Ordinal) || units[j].EndsWith(units[i], StringComparison.Ordinal);
                Assert.False(shadowed && units[j].Length > units[i].Length, $"{units[j]} comes after {units[i]}");
            }
        }
    }

    [Fact]
    public void MatchCountUnit_TakesTheLongestUnit()
    {
        Assert.Equal("人次", NumberWords.MatchCountUnit("900人次", 3, 5));
        Assert.Equal("件次", NumberWords.MatchCountUnit("件次", 0, 2));
        Assert.Null(NumberWords.MatchCountUnit("元", 0, 1));
    }
}
