using ReportRules.Parsing.Tables;

namespace ReportRules.Tests.Parsing.Tables;

public class TextColumnsTests
{
    [Fact]
    public void Segments_LayoutHeaderLine_SplitsAtRunsOfSpaces()
    {
        var text = "                    总 计 结果 结果 其他       尚未     结果 结果 其他 尚未";

        var segments = TextColumns.Segments(text).Select(s => text[s.Start..s.End]).ToList();

        Assert.Equal(["总 计 结果 结果 其他", "尚未", "结果 结果 其他 尚未"], segments);
    }

    [Fact]
    public void IsProse_LongHeaderLineWithColumnGaps_IsNot() =>
        Assert.False(TextColumns.IsProse("                    总 计 结果 结果 其他       尚未     结果 结果 其他 尚未 维持 纠正 结果 审结 维持 纠正 结果 审结 维持 纠正 结果 审结 维持 纠正"));

    [Fact]
    public void IsProse_LongSentence_Is() =>
        Assert.True(TextColumns.IsProse("     2023 年，洪泽区政府信息公开工作取得一定的成效，但对照上级要求，仍存在一定差距。如依申请公开工作规范性还有待提高、政务公开内容的深度和广度还有待提升。"));

    [Fact]
    public void IsProse_ShortLine_IsNot() =>
        Assert.False(TextColumns.IsProse("五、存在的主要问题及改进情况"));
}
