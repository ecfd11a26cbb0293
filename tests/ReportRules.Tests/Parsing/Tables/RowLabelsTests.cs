using ReportRules.Model;
using ReportRules.Parsing.Tables;

namespace ReportRules.Tests.Parsing.Tables;

public class RowLabelsTests
{
    [Theory]
    [InlineData("一、本年新收政府信息公开申请数量", RequestRow.NewReceived)]
    [InlineData("本年新收", RequestRow.NewReceived)] // truncated
    [InlineData("1.属于国家秘(密)", RequestRow.DeniedStateSecret)] // typo seen in seed 004
    [InlineData("2.其他法律行政止公开", RequestRow.DeniedLawProhibited)] // Hongze typo
    [InlineData("5.属于三类内容事务信息", RequestRow.DeniedInternalAffairs)] // 二道区 typo
    [InlineData("5、属于三类内部事务信息", RequestRow.DeniedInternalAffairs)] // 、 numbering
    [InlineData("4.无正当理由大量反复 申请", RequestRow.NotProcessedMassRepeated)] // space inside
    [InlineData("（二）部分公開（區分處理的，只計這一情形，不計其他情形）", RequestRow.PartlyGranted)] // Traditional
    [InlineData("(七)总计", RequestRow.ResultsTotal)]
    [InlineData("（七）总计", RequestRow.ResultsTotal)]
    [InlineData("3.其他", RequestRow.OtherMisc)]
    [InlineData("3、其他", RequestRow.OtherMisc)]
    [InlineData("（六）其他处理", RequestRow.Other)]
    [InlineData("（六）其他处理 1.申请人无正当理由逾期不补正", RequestRow.OtherNoCorrection)]
    [InlineData("四、结转下年度继续办理", RequestRow.CarriedForward)]
    [InlineData("（四）无 1.本机关不掌握相关政府信息", RequestRow.UnableNotHeld)]
    public void MatchRequest_PrintedVariant_FindsTheRow(string label, RequestRow expected)
    {
        Assert.Equal(expected, RowLabels.MatchRequest(label, out var ambiguous));
        Assert.False(ambiguous);
    }

    [Theory]
    [InlineData("5.属于三类内部事务信息1.本机关不掌握相关政府信息")] // two detached labels run together
    public void MatchRequest_TwoRowsNamed_IsAmbiguous(string label)
    {
        Assert.Null(RowLabels.MatchRequest(label, out var ambiguous));
        Assert.True(ambiguous);
    }

    [Theory]
    [InlineData("（三）不予公开")]
    [InlineData("三、本年度办理结果")]
    [InlineData("申请人情况")]
    [InlineData("总计商 业 企")]
    public void MatchRequest_GroupHeadingOrHeader_IsNoRow(string label) =>
        Assert.Null(RowLabels.MatchRequest(label, out _));

    [Theory]
    [InlineData("规章", "A20_1.Rules")]
    [InlineData("规范性文件", "A20_1.NormDocs")]
    [InlineData("行政规范性文件", "A20_1.NormDocs")]
    [InlineData("行政事业性收费", "A20_8.Fees")]
    [InlineData("政府集中采购", "A20_9.Procurement")]
    [InlineData("其他对外管理服务事项", "A20_5.OtherServices")]
    public void MatchActive_Label_FindsTheRow(string label, string expected) =>
        Assert.Equal(expected, RowLabels.MatchActive(label));
}
