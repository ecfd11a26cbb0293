using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Parsing.Document;

namespace ReportRules.Tests.Parsing;

public class MetadataReaderTests
{
    private static ReportMetadata Read(params string[] lines) =>
        MetadataReader.Read([.. lines.Select((l, i) => new DocLine(l, new SourceLocation(i + 1, 1)))], ReportEdition.Gb2021, null);

    [Theory]
    [InlineData("当前位置：首页 » 政务公开 » 政府信息公开年度报告")]
    [InlineData("您现在的位置：首页 > 信息公开 > 年度报告")]
    [InlineData("首页 › 政府信息公开 › 政府信息公开工作年度报告")]
    [InlineData("首页 > 政府信息公开年度报告")]
    public void Read_BreadcrumbBeforeTitle_TitleGivesAgencyAndYear(string breadcrumb)
    {
        var metadata = Read(breadcrumb, "某某县人民政府2023年政府信息公开工作年度报告", "本报告由某某县人民政府办公室编制。");

        Assert.Equal((2023, "某某县人民政府"), (metadata.Year, metadata.Agency));
    }

    [Theory]
    [InlineData("当前位置：首页 > 政务公开", true)]
    [InlineData("首页>政务公开>年度报告", true)]
    [InlineData("某某县人民政府2023年政府信息公开工作年度报告", false)]
    [InlineData("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", false)]
    public void IsNavigation_Line_TellsBreadcrumbsFromContent(string line, bool expected)
    {
        Assert.Equal(expected, MetadataReader.IsNavigation(line.Replace(" ", string.Empty, StringComparison.Ordinal)));
    }
}
