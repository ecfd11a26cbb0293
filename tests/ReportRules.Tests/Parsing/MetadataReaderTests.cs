using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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

    [Theory]
    [InlineData("标题: 平潭综合实验区国有资产管理局2019年政府信息公开工作年度报告", "平潭综合实验区国有资产管理局", 2019)]
    [InlineData("标题：沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局", "沭阳县发展和改革局", 2023)]
    [InlineData("文章标题：平潭综合实验区2024年度政府信息公开工作年度报告", "平潭综合实验区", 2024)]
    [InlineData("【标题】：平潭综合实验区2015年度政府信息公开工作年度报告", "平潭综合实验区", 2015)]
    public void Read_CrawlerLabelLines_TakesTheValueNotTheLabel(string titleLine, string agency, int year)
    {
        var metadata = Read(
            titleLine,
            "发布时间: 2020-01-10 16:25",
            "文号: ",
            "发布机构: 平潭综合实验区管委会办公室",
            "本地目录: zwgk/zxwj/bmwj/202001/20181_某某局2018年政府信息公开工作年度报告",
            "一、总体情况");

        Assert.Equal((agency, (int?)year), (metadata.Agency, metadata.Year));
    }

    [Fact]
    public void Read_LabelLines_DateFromDateLabel_AgencyLabelOnlyWhenNoTitleNamesOne()
    {
        var withTitle = Read("标题: 平潭综合实验区2023年度政府信息公开工作年度报告", "发布时间: 2024-03-08 15:34", "发布机构: 平潭综合实验区管委会办公室");
        var noTitle = Read("发布机构: 平潭综合实验区管委会办公室", "公开日期: 2024-01-17", "2023年度政府信息公开工作年度报告", "一、总体情况");

        Assert.Equal(("平潭综合实验区", (int?)2023, (DateOnly?)new DateOnly(2024, 3, 8)), (withTitle.Agency, withTitle.Year, withTitle.PublishedOn));
        Assert.Equal(("平潭综合实验区管委会办公室", (int?)2023, (DateOnly?)new DateOnly(2024, 1, 17)), (noTitle.Agency, noTitle.Year, noTitle.PublishedOn));
    }

    [Fact]
    public void Read_UnitLabelAboveTable_IsNoAgency()
    {
        var metadata = Read("一、总体情况", "单位：万元", "来源：统计表", "二、主动公开政府信息情况");

        Assert.Null(metadata.Agency);
    }

    [Fact]
    public void Read_LabelWithoutTitle_NeverGivesTitle()
    {
        // 本地目录/原文链接 print the title inside a path: not the report's title.
        var metadata = Read("本地目录: zwgk/201501/80791_某某县人民政府2014年度政府信息公开工作年度报告", "一、总体情况", "正文。");

        Assert.Equal((null, (int?)null), (metadata.Agency, metadata.Year));
    }

    [Theory]
    [InlineData("正文|2025 年上海市人民政府办公厅政府信息公开|工作年度报告|本年度报告根据《中华人民共和国政府信息公开条例》（以")]
    [InlineData("2025 年上海市人民政府办公厅|政府信息公开工作|年度报告|一、总体情况")]
    [InlineData("上海市人民政府办公厅|2025年政府信息公开工作年度报告|一、总体情况")]
    [InlineData("上海市人民政府办公厅2025年政府信息公开工作年度报告")]
    public void Read_TitleWrappedOverLines_JoinsTheLines(string lines)
    {
        var metadata = Read(lines.Split('|'));

        Assert.Equal(("上海市人民政府办公厅", (int?)2025), (metadata.Agency, metadata.Year));
    }

    [Theory]
    [InlineData("本年度报告根据《中华人民共和国政府信息公开条例》（以")]
    [InlineData("根据《中华人民共和国政府信息公开条例》要求，现公布某某局2023年度政府信息公开年度报告。")]
    [InlineData("本报告由某某县人民政府办公室根据政府信息公开工作年度报告格式编制")]
    public void TryTitle_Sentence_IsNoTitle(string sentence)
    {
        Assert.False(MetadataReader.TryTitle(sentence.Replace(" ", string.Empty, StringComparison.Ordinal), out _, out _));
    }

    [Theory]
    [InlineData("某某市人民政府二〇一九年政府信息公开工作年度报告", "某某市人民政府", 2019)]
    [InlineData("某某市人民政府二○二一年度政府信息公开工作年度报告", "某某市人民政府", 2021)]
    [InlineData("二〇一九年某某县人民政府信息公开工作年度报告", "某某县人民政府", 2019)]
    [InlineData("某某市发展和改革委员会2019年政府信息公开工作年度报告", "某某市发展和改革委员会", 2019)]
    [InlineData("2019年度某某区教育局政府信息公开工作年度报告", "某某区教育局", 2019)]
    public void TryTitle_YearInDigitsOrChineseNumerals_ReadsAgencyAndYear(string title, string agency, int year)
    {
        Assert.True(MetadataReader.TryTitle(title, out var readAgency, out var readYear));
        Assert.Equal((agency, (int?)year), (readAgency, readYear));
    }

    [Theory]
    [InlineData("标题:某某局", nameof(MetadataReader.LabelKind.Title), "某某局")]
    [InlineData("发布机构:某某局", nameof(MetadataReader.LabelKind.Agency), "某某局")]
    [InlineData("发文机关:某某局", nameof(MetadataReader.LabelKind.Agency), "某某局")]
    [InlineData("来源:某某局", nameof(MetadataReader.LabelKind.Agency), "某某局")]
    [InlineData("索引号:014314799/2024-00002", nameof(MetadataReader.LabelKind.Other), "014314799/2024-00002")]
    [InlineData("发布日期:2024-01-17", nameof(MetadataReader.LabelKind.Date), "2024-01-17")]
    [InlineData("文号:", nameof(MetadataReader.LabelKind.Other), "")]
    public void TryLabel_KnownLabel_GivesKindAndValue(string line, string kind, string value)
    {
        Assert.True(MetadataReader.TryLabel(line, out var readKind, out var readValue));
        Assert.Equal((kind, value), (readKind.ToString(), readValue));
    }

    [Theory]
    [InlineData("一、总体情况")]
    [InlineData("当前位置:首页>政务公开")]
    [InlineData("某某县人民政府2023年政府信息公开工作年度报告")]
    [InlineData("说明:本表数据截至12月31日")]
    public void TryLabel_OtherLine_IsNoLabel(string line)
    {
        Assert.False(MetadataReader.TryLabel(line, out _, out _));
    }

    private static readonly string[] LabelPrefixes = ["标题: ", "标题：", "名称：", "题目：", "【标题】：", "文章标题:", "", "  "];

    private static readonly string[] AgencyNames = ["平潭综合实验区", "沭阳县发展和改革局", "上海市人民政府办公厅", "某某市教育局", "临江市花山镇人民政府"];

    [Property(MaxTest = 200)]
    public Property Read_LabelPrefix_NeverChangesTheAgencyOrYear() =>
        Prop.ForAll(
            (from prefix in Gen.Elements(LabelPrefixes)
             from agency in Gen.Elements(AgencyNames)
             from year in Gen.Choose(2008, 2030)
             from 度 in Gen.Elements("", "度")
             from header in Gen.Elements(0, 1, 2)
             select (prefix, agency, year, 度, header)).ToArbitrary(),
            t =>
            {
                var title = $"{t.agency}{t.year}年{t.度}政府信息公开工作年度报告";
                string[] crawler = ["发布时间: 2020-01-10 16:25", "文号: ", "发布机构: 某某办公室"];
                var bare = Read([title, "一、总体情况"]);
                var labelled = Read([.. crawler.Take(t.header), t.prefix + title, .. crawler.Skip(t.header), "一、总体情况"]);
                return bare.Agency == t.agency && bare.Year == t.year && labelled.Agency == bare.Agency && labelled.Year == bare.Year;
            });

    [Property(MaxTest = 200)]
    public Property Read_TitleWrappedAnywhere_ReadsAsUnwrapped() =>
        Prop.ForAll(
            (from agency in Gen.Elements(AgencyNames)
             from year in Gen.Choose(2008, 2030)
             from cut in Gen.Choose(6, 40)
             select (agency, year, cut)).ToArbitrary(),
            t =>
            {
                // A line wraps after "2019 年" at the earliest: a printed year is never split.
                var title = $"{t.year} 年{t.agency}政府信息公开工作年度报告";
                var cut = Math.Min(t.cut, title.Length - 1);
                var wrapped = Read("正文", title[..cut], title[cut..], "本年度报告根据《中华人民共和国政府信息公开条例》（以");
                return wrapped.Agency == t.agency && wrapped.Year == t.year;
            });
}
