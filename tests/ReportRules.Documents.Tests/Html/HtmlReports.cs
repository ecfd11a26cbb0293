using System.Globalization;
using System.Text;

namespace ReportRules.Documents.Tests.Html;

/// <summary>
/// Whole reports as HTML pages, written from format-spec §3 (gb2019) and §4 (gb2021): the three tables with the
/// national forms' rowspans and colspans, filled from a key → printed-text map (an empty text is a blank cell,
/// printed as <c>&amp;nbsp;</c>). The map is what a reader of the page sees, so the model must give it back.
/// </summary>
internal static class HtmlReports
{
    public static readonly string[] Columns = ["NP", "COM", "RES", "NGO", "LAW", "ORG", "TOT"];

    /// <summary>A consistent gb2021 report (every identity holds); 8.属于行政查询事项 is printed all blank.</summary>
    public static Dictionary<string, string> Gb2021Values()
    {
        var v = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Active.A20_1.Rules.Issued"] = "0", ["Active.A20_1.Rules.Repealed"] = "0", ["Active.A20_1.Rules.InForce"] = "2",
            ["Active.A20_1.NormDocs.Issued"] = "3", ["Active.A20_1.NormDocs.Repealed"] = "1", ["Active.A20_1.NormDocs.InForce"] = "21",
            ["Active.A20_5.Licensing.Decisions"] = "212", ["Active.A20_6.Penalty.Decisions"] = "35",
            ["Active.A20_6.Coercion.Decisions"] = "4", ["Active.A20_8.Fees.AmountWan"] = "1.5",
        };
        Requests(v, Gb2021Rows, "Results.Other.NoCorrection");
        Cases(v);
        return v;
    }

    /// <summary>A consistent gb2019 report; 8.属于行政查询事项 is printed all blank.</summary>
    public static Dictionary<string, string> Gb2019Values()
    {
        var v = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Active.A20_1.Rules.NewMade"] = "0", ["Active.A20_1.Rules.NewPublished"] = "0", ["Active.A20_1.Rules.TotalPublic"] = "0",
            ["Active.A20_1.NormDocs.NewMade"] = "3", ["Active.A20_1.NormDocs.NewPublished"] = "3", ["Active.A20_1.NormDocs.TotalPublic"] = "21",
            ["Active.A20_5.Licensing.PrevItems"] = "195", ["Active.A20_5.Licensing.Delta"] = "9", ["Active.A20_5.Licensing.Decisions"] = "212",
            ["Active.A20_5.OtherServices.PrevItems"] = "323", ["Active.A20_5.OtherServices.Delta"] = "109", ["Active.A20_5.OtherServices.Decisions"] = "432",
            ["Active.A20_6.Penalty.PrevItems"] = "221", ["Active.A20_6.Penalty.Delta"] = "0", ["Active.A20_6.Penalty.Decisions"] = "160",
            ["Active.A20_6.Coercion.PrevItems"] = "27", ["Active.A20_6.Coercion.Delta"] = "5", ["Active.A20_6.Coercion.Decisions"] = "32",
            ["Active.A20_8.Fees.PrevItems"] = "1", ["Active.A20_8.Fees.Delta"] = "0",
            ["Active.A20_9.Procurement.Projects"] = "12", ["Active.A20_9.Procurement.Amount"] = "1463.5",
        };
        Requests(v, Gb2019Rows, "Results.Other");
        Cases(v);
        return v;
    }

    /// <summary>gb2021 Table 3 rows: label cells (with spans) and the row id.</summary>
    private static readonly (string Labels, string Row)[] Gb2021Rows = Table3Rows(
    [
        ("""<td rowspan="3">（六）其他处理</td><td>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</td>""", "Results.Other.NoCorrection"),
        ("<td>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</td>", "Results.Other.FeeUnpaid"),
        ("<td>3.其他</td>", "Results.Other.Misc"),
    ]);

    private static readonly (string Labels, string Row)[] Gb2019Rows = Table3Rows([("""<td colspan="2">（六）其他处理</td>""", "Results.Other")]);

    private static (string, string)[] Table3Rows((string, string)[] other)
    {
        var resultRows = 2 + 8 + 3 + 5 + other.Length + 1;
        var rows = new List<(string, string)>
        {
            ("""<td colspan="3">一、本年新收政府信息公开申请数量</td>""", "NewReceived"),
            ("""<td colspan="3">二、上年结转政府信息公开申请数量</td>""", "CarriedOver"),
            ($"""<td rowspan="{resultRows}">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>""", "Results.Granted"),
            ("""<td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>""", "Results.PartlyGranted"),
            ("""<td rowspan="8">（三）不予公开</td><td>1.属于国家秘密</td>""", "Results.Denied.StateSecret"),
            ("<td>2.其他法律行政法规禁止公开</td>", "Results.Denied.LawProhibited"),
            ("<td>3.危及“三安全一稳定”</td>", "Results.Denied.SecurityStability"),
            ("<td>4.保护第三方合法权益</td>", "Results.Denied.ThirdPartyRights"),
            ("<td>5.属于三类内部事务信息</td>", "Results.Denied.InternalAffairs"),
            ("<td>6.属于四类过程性信息</td>", "Results.Denied.ProcessInfo"),
            ("<td>7.属于行政执法案卷</td>", "Results.Denied.EnforcementFile"),
            ("<td>8.属于行政查询事项</td>", "Results.Denied.AdminQuery"),
            ("""<td rowspan="3">（四）无法提供</td><td>1.本机关不掌握相关政府信息</td>""", "Results.Unable.NotHeld"),
            ("<td>2.没有现成信息需要另行制作</td>", "Results.Unable.NeedsCreation"),
            ("<td>3.补正后申请内容仍不明确</td>", "Results.Unable.StillUnclear"),
            ("""<td rowspan="5">（五）不予处理</td><td>1.信访举报投诉类申请</td>""", "Results.NotProcessed.Petition"),
            ("<td>2.重复申请</td>", "Results.NotProcessed.Duplicate"),
            ("<td>3.要求提供公开出版物</td>", "Results.NotProcessed.Publication"),
            ("<td>4.无正当理由大量反复申请</td>", "Results.NotProcessed.MassRepeated"),
            ("<td>5.要求行政机关确认或重新出具已获取信息</td>", "Results.NotProcessed.ConfirmOrReissue"),
        };
        rows.AddRange(other);
        rows.Add(("""<td colspan="2">（七）总计</td>""", "Results.Total"));
        rows.Add(("""<td colspan="3">四、结转下年度继续办理</td>""", "CarriedForward"));
        return [.. rows];
    }

    private static void Requests(Dictionary<string, string> v, (string Labels, string Row)[] rows, string otherRow)
    {
        // NP COM RES NGO LAW ORG TOT. T3-F1: 12+2 = 13+1 (NP), 1+0 = 1+0 (COM), 13+2 = 14+1 (TOT).
        var filled = new Dictionary<string, int[]>(StringComparer.Ordinal)
        {
            ["NewReceived"] = [12, 1, 0, 0, 0, 0, 13],
            ["CarriedOver"] = [2, 0, 0, 0, 0, 0, 2],
            ["Results.Granted"] = [5, 1, 0, 0, 0, 0, 6],
            ["Results.PartlyGranted"] = [2, 0, 0, 0, 0, 0, 2],
            ["Results.Denied.StateSecret"] = [1, 0, 0, 0, 0, 0, 1],
            ["Results.Unable.NotHeld"] = [3, 0, 0, 0, 0, 0, 3],
            ["Results.NotProcessed.Petition"] = [1, 0, 0, 0, 0, 0, 1],
            [otherRow] = [1, 0, 0, 0, 0, 0, 1],
            ["Results.Total"] = [13, 1, 0, 0, 0, 0, 14],
            ["CarriedForward"] = [1, 0, 0, 0, 0, 0, 1],
        };
        foreach (var (_, row) in rows)
        {
            for (var c = 0; c < Columns.Length; c++)
            {
                v[$"Requests.{row}.{Columns[c]}"] = row == "Results.Denied.AdminQuery"
                    ? string.Empty
                    : (filled.TryGetValue(row, out var n) ? n[c] : 0).ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    private static void Cases(Dictionary<string, string> v)
    {
        string[] outcomes = ["Maintained", "Corrected", "Other", "Pending", "Total"];
        int[][] groups = [[1, 0, 0, 1, 2], [0, 0, 0, 0, 0], [1, 0, 0, 0, 1]];
        string[] prefixes = ["Review", "Lit.Direct", "Lit.AfterReview"];
        for (var g = 0; g < 3; g++)
        {
            for (var k = 0; k < 5; k++)
            {
                v[$"{prefixes[g]}.{outcomes[k]}"] = groups[g][k].ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>The report body: title, prose, and the three tables of the edition.</summary>
    public static string Body(bool gb2021, IReadOnlyDictionary<string, string> v, int year = 2023)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>某某县人民政府{year}年政府信息公开工作年度报告</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>本报告由某某县人民政府办公室编制，所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。</p>\n");
        html.Append("<p>一、总体情况</p><p>本县认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开。</p>\n");
        html.Append("<p>二、主动公开政府信息情况</p>\n");
        html.Append(gb2021 ? Table2Gb2021(v) : Table2Gb2019(v));
        html.Append("<p>三、收到和处理政府信息公开申请情况</p>\n");
        html.Append(Table3(gb2021 ? Gb2021Rows : Gb2019Rows, v));
        html.Append("<p>四、政府信息公开行政复议、行政诉讼情况</p>\n");
        html.Append(Table4(v));
        html.Append("<p>五、存在的主要问题及改进情况</p><p>信息公开的及时性仍需提高。</p>\n");
        html.Append("<p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p>\n");
        return html.ToString();
    }

    private static string Td(IReadOnlyDictionary<string, string> v, string key, string attributes = "") =>
        $"<td{attributes}>{(v[key].Length == 0 ? "&nbsp;" : v[key])}</td>";

    private static string Table2Gb2021(IReadOnlyDictionary<string, string> v)
    {
        var a = "Active.A20_";
        return $"""
            <table border="1">
            <tr><td colspan="4">第二十条第（一）项</td></tr>
            <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
            <tr><td>规章</td>{Td(v, a + "1.Rules.Issued")}{Td(v, a + "1.Rules.Repealed")}{Td(v, a + "1.Rules.InForce")}</tr>
            <tr><td>行政规范性文件</td>{Td(v, a + "1.NormDocs.Issued")}{Td(v, a + "1.NormDocs.Repealed")}{Td(v, a + "1.NormDocs.InForce")}</tr>
            <tr><td colspan="4">第二十条第（五）项</td></tr>
            <tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
            <tr><td>行政许可</td>{Td(v, a + "5.Licensing.Decisions", " colspan=\"3\"")}</tr>
            <tr><td colspan="4">第二十条第（六）项</td></tr>
            <tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
            <tr><td>行政处罚</td>{Td(v, a + "6.Penalty.Decisions", " colspan=\"3\"")}</tr>
            <tr><td>行政强制</td>{Td(v, a + "6.Coercion.Decisions", " colspan=\"3\"")}</tr>
            <tr><td colspan="4">第二十条第（八）项</td></tr>
            <tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
            <tr><td>行政事业性收费</td>{Td(v, a + "8.Fees.AmountWan", " colspan=\"3\"")}</tr>
            </table>

            """;
    }

    private static string Table2Gb2019(IReadOnlyDictionary<string, string> v)
    {
        var a = "Active.A20_";
        string Items(string row, string label) =>
            $"<tr><td>{label}</td>{Td(v, $"{a}{row}.PrevItems")}{Td(v, $"{a}{row}.Delta")}{Td(v, $"{a}{row}.Decisions")}</tr>";
        return $"""
            <table border="1">
            <tr><td colspan="4">第二十条第（一）项</td></tr>
            <tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
            <tr><td>规章</td>{Td(v, a + "1.Rules.NewMade")}{Td(v, a + "1.Rules.NewPublished")}{Td(v, a + "1.Rules.TotalPublic")}</tr>
            <tr><td>规范性文件</td>{Td(v, a + "1.NormDocs.NewMade")}{Td(v, a + "1.NormDocs.NewPublished")}{Td(v, a + "1.NormDocs.TotalPublic")}</tr>
            <tr><td colspan="4">第二十条第（五）项</td></tr>
            <tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
            {Items("5.Licensing", "行政许可")}
            {Items("5.OtherServices", "其他对外管理服务事项")}
            <tr><td colspan="4">第二十条第（六）项</td></tr>
            <tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
            {Items("6.Penalty", "行政处罚")}
            {Items("6.Coercion", "行政强制")}
            <tr><td colspan="4">第二十条第（八）项</td></tr>
            <tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td></tr>
            <tr><td>行政事业性收费</td>{Td(v, a + "8.Fees.PrevItems")}{Td(v, a + "8.Fees.Delta", " colspan=\"2\"")}</tr>
            <tr><td colspan="4">第二十条第（九）项</td></tr>
            <tr><td>信息内容</td><td>采购项目数量</td><td colspan="2">采购总金额</td></tr>
            <tr><td>政府集中采购</td>{Td(v, a + "9.Procurement.Projects")}{Td(v, a + "9.Procurement.Amount", " colspan=\"2\"")}</tr>
            </table>

            """;
    }

    private static string Table3((string Labels, string Row)[] rows, IReadOnlyDictionary<string, string> v)
    {
        var html = new StringBuilder("""
            <table border="1">
            <tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
            <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
            <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>

            """);
        foreach (var (labels, row) in rows)
        {
            html.Append("<tr>").Append(labels);
            foreach (var column in Columns)
            {
                html.Append(Td(v, $"Requests.{row}.{column}"));
            }

            html.Append("</tr>\n");
        }

        return html.Append("</table>\n").ToString();
    }

    private static string Table4(IReadOnlyDictionary<string, string> v)
    {
        string[] keys =
        [
            "Review.Maintained", "Review.Corrected", "Review.Other", "Review.Pending", "Review.Total",
            "Lit.Direct.Maintained", "Lit.Direct.Corrected", "Lit.Direct.Other", "Lit.Direct.Pending", "Lit.Direct.Total",
            "Lit.AfterReview.Maintained", "Lit.AfterReview.Corrected", "Lit.AfterReview.Other", "Lit.AfterReview.Pending", "Lit.AfterReview.Total",
        ];
        const string Heads = "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>";
        return $"""
            <table border="1">
            <tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
            <tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
            <tr>{Heads}{Heads}</tr>
            <tr>{string.Concat(keys.Select(k => Td(v, k)))}</tr>
            </table>

            """;
    }

    /// <summary>A government site page around the report: navigation table, a breadcrumb ABOVE the title, a layout table whose cell holds the report, a footer table.</summary>
    public static string InSiteChrome(string body) => HtmlPages.Page("utf-8", $"""
        <table class="nav"><tr><td><a href="/">首页</a></td><td><a href="/zwgk">政务公开</a></td><td><a href="/hd">互动交流</a></td></tr></table>
        <div class="crumb">当前位置：首页 » 政务公开 » 政府信息公开年度报告</div>
        <table class="layout" width="100%"><tr><td class="side"><ul><li>通知公告</li><li>政策文件</li></ul></td>
        <td class="main">
        {body}
        </td></tr></table>
        <table class="footer"><tr><td>主办：某某县人民政府办公室</td><td>网站标识码：1234567890</td></tr></table>
        """);
}
