using System.Globalization;
using System.Text;
using ReportRules.Model;
using ReportRules.Model.Forms;

namespace ReportRules.Tests.TestSupport;

/// <summary>Renders a national report to one of the text layouts seen in published reports, for round-trip tests.</summary>
internal static class ReportRenderer
{
    private static readonly (RequestRow? Row, string Label)[] Table3Gb2019 = Rows(single: true);
    private static readonly (RequestRow? Row, string Label)[] Table3Gb2021 = Rows(single: false);

    public static string Render(AnnualReport report, TextLayout layout)
    {
        var w = new Writer(layout);
        var gb2019 = report.Edition == ReportEdition.Gb2019;
        w.Line($"{report.Metadata.Agency}{report.Metadata.Year}年政府信息公开工作年度报告");
        w.Line("一、总体情况");
        w.Line("本机关认真贯彻落实《中华人民共和国政府信息公开条例》，现将本年度政府信息公开工作情况报告如下，统计期限自当年1月1日至12月31日。");
        w.Line("二、主动公开政府信息情况");
        foreach (var (clause, header, rows) in Table2(gb2019))
        {
            w.Line(clause);
            w.Header(["信息内容", .. header]);
            foreach (var (id, label, columns) in rows)
            {
                w.Row(label, [.. columns.Select(c => report.GetCell($"Active.{id}.{c}"))]);
            }
        }

        w.Line("三、收到和处理政府信息公开申请情况");
        w.Header(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]);
        foreach (var (row, label) in gb2019 ? Table3Gb2019 : Table3Gb2021)
        {
            if (row is not { } r)
            {
                w.Line(label);
                continue;
            }

            w.Row(label, [.. CellKeys.FormColumns.Select(c => report.GetCell(CellKeys.Request(r, c)))]);
        }

        w.Line("四、政府信息公开行政复议、行政诉讼情况");
        w.Header(["行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"]);
        w.Row(string.Empty, [.. CellKeys.CaseKeys.Select(report.GetCell)]);
        w.Line("五、存在的主要问题及改进情况");
        w.Line("一是公开内容有待进一步丰富；二是解读形式有待进一步多样，我们将在下一年度认真加以改进，切实提高工作水平。");
        return w.ToString();
    }

    private static IEnumerable<(string Clause, string[] Header, (string Id, string Label, string[] Columns)[] Rows)> Table2(bool gb2019)
    {
        if (gb2019)
        {
            string[] docs = ["NewMade", "NewPublished", "TotalPublic"];
            string[] items = ["PrevItems", "Delta", "Decisions"];
            yield return ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"], [("A20_1.Rules", "规章", docs), ("A20_1.NormDocs", "规范性文件", docs)]);
            yield return ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"], [("A20_5.Licensing", "行政许可", items), ("A20_5.OtherServices", "其他对外管理服务事项", items)]);
            yield return ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"], [("A20_6.Penalty", "行政处罚", items), ("A20_6.Coercion", "行政强制", items)]);
            yield return ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [("A20_8.Fees", "行政事业性收费", ["PrevItems", "Delta"])]);
            yield return ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [("A20_9.Procurement", "政府集中采购", ["Projects", "Amount"])]);
        }
        else
        {
            string[] docs = ["Issued", "Repealed", "InForce"];
            yield return ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], [("A20_1.Rules", "规章", docs), ("A20_1.NormDocs", "行政规范性文件", docs)]);
            yield return ("第二十条第（五）项", ["本年处理决定数量"], [("A20_5.Licensing", "行政许可", ["Decisions"])]);
            yield return ("第二十条第（六）项", ["本年处理决定数量"], [("A20_6.Penalty", "行政处罚", ["Decisions"]), ("A20_6.Coercion", "行政强制", ["Decisions"])]);
            yield return ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("A20_8.Fees", "行政事业性收费", ["AmountWan"])]);
        }
    }

    private static (RequestRow? Row, string Label)[] Rows(bool single)
    {
        var rows = new List<(RequestRow?, string)>
        {
            (RequestRow.NewReceived, "一、本年新收政府信息公开申请数量"),
            (RequestRow.CarriedOver, "二、上年结转政府信息公开申请数量"),
            (null, "三、本年度办理结果"),
            (RequestRow.Granted, "（一）予以公开"),
            (RequestRow.PartlyGranted, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
            (null, "（三）不予公开"),
            (RequestRow.DeniedStateSecret, "1.属于国家秘密"),
            (RequestRow.DeniedLawProhibited, "2.其他法律行政法规禁止公开"),
            (RequestRow.DeniedSecurityStability, "3.危及“三安全一稳定”"),
            (RequestRow.DeniedThirdPartyRights, "4.保护第三方合法权益"),
            (RequestRow.DeniedInternalAffairs, "5.属于三类内部事务信息"),
            (RequestRow.DeniedProcessInfo, "6.属于四类过程性信息"),
            (RequestRow.DeniedEnforcementFile, "7.属于行政执法案卷"),
            (RequestRow.DeniedAdminQuery, "8.属于行政查询事项"),
            (null, "（四）无法提供"),
            (RequestRow.UnableNotHeld, "1.本机关不掌握相关政府信息"),
            (RequestRow.UnableNeedsCreation, "2.没有现成信息需要另行制作"),
            (RequestRow.UnableStillUnclear, "3.补正后申请内容仍不明确"),
            (null, "（五）不予处理"),
            (RequestRow.NotProcessedPetition, "1.信访举报投诉类申请"),
            (RequestRow.NotProcessedDuplicate, "2.重复申请"),
            (RequestRow.NotProcessedPublication, "3.要求提供公开出版物"),
            (RequestRow.NotProcessedMassRepeated, "4.无正当理由大量反复申请"),
            (RequestRow.NotProcessedConfirmOrReissue, "5.要求行政机关确认或重新出具已获取信息"),
        };
        if (single)
        {
            rows.Add((RequestRow.Other, "（六）其他处理"));
        }
        else
        {
            rows.Add((null, "（六）其他处理"));
            rows.Add((RequestRow.OtherNoCorrection, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"));
            rows.Add((RequestRow.OtherFeeUnpaid, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"));
            rows.Add((RequestRow.OtherMisc, "3.其他"));
        }

        rows.Add((RequestRow.ResultsTotal, "（七）总计"));
        rows.Add((RequestRow.CarriedForward, "四、结转下年度继续办理"));
        return [.. rows];
    }

    private sealed class Writer(TextLayout layout)
    {
        private readonly StringBuilder text = new();

        public void Line(string line) => text.Append(line).Append('\n');

        public void Header(string[] cells)
        {
            switch (layout)
            {
                case TextLayout.Markdown:
                    text.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
                    text.Append('|').Append(string.Concat(cells.Select(_ => "---|"))).Append('\n');
                    break;
                case TextLayout.PipeRows:
                    text.Append(string.Join(" | ", cells)).Append(" |\n");
                    break;
                case TextLayout.CellPipeLines:
                    foreach (var cell in cells)
                    {
                        text.Append(cell).Append(" |\n");
                    }

                    text.Append("||||\n");
                    break;
                default:
                    foreach (var cell in cells)
                    {
                        text.Append(cell).Append('\n');
                    }

                    break;
            }
        }

        public void Row(string label, CellValue?[] cells)
        {
            var printed = cells.Select(Print).ToArray();
            switch (layout)
            {
                case TextLayout.Markdown:
                    text.Append(label.Length > 0 ? "| " + label + " | " : "| ").Append(string.Join(" | ", printed)).Append(" |\n");
                    break;
                case TextLayout.PipeRows:
                    text.Append(label).Append(" | ").Append(string.Join(" | ", printed)).Append(" |\n");
                    break;
                case TextLayout.CellPipeLines:
                    if (label.Length > 0)
                    {
                        text.Append(label).Append(" |\n");
                    }

                    foreach (var cell in printed)
                    {
                        text.Append(cell.Length == 0 ? "|" : cell + " |").Append('\n');
                    }

                    text.Append("||\n");
                    break;
                case TextLayout.CellPerLineBlanksKept:
                    if (label.Length > 0)
                    {
                        text.Append(label).Append('\n');
                    }

                    foreach (var cell in printed)
                    {
                        text.Append(cell).Append('\n');
                    }

                    break;
                default:
                    if (label.Length > 0)
                    {
                        text.Append(label).Append('\n');
                    }

                    foreach (var cell in printed.Where(c => c.Length > 0))
                    {
                        text.Append(cell).Append('\n');
                    }

                    break;
            }
        }

        public override string ToString() => text.ToString();

        private static string Print(CellValue? cell) => cell switch
        {
            null => string.Empty,
            { Kind: CellKind.Number } => cell.Value!.Value.ToString(CultureInfo.InvariantCulture),
            _ => cell.Raw,
        };
    }
}
