namespace ReportRules.Documents.Tests.Html;

/// <summary>HTML fixtures written from format-spec §3 (gb2019) and §4 (gb2021), with the spans the forms print.</summary>
internal static class HtmlPages
{
    /// <summary>gb2021 Table 3 head (rowspan/colspan as in the national form) and the first rows, one blank (&amp;nbsp;).</summary>
    public const string Gb2021Table3 = """
        <table border="1">
          <tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
          <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
          <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
          <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>12</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>13</td></tr>
          <tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>&nbsp;</td><td>&nbsp;</td><td></td><td> </td><td>&#12288;</td><td>0</td><td>0</td></tr>
          <tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
          <tr><td rowspan="2">（三）不予公开</td><td><p>1.属于</p><p>国家秘密</p></td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
          <tr><td>2.其他法律行政法规禁止公开</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
        </table>
        """;

    /// <summary>gb2019 Table 2 head with its 上一年项目数量 / 本年增/减 columns and a rowspan over two rows.</summary>
    public const string Gb2019Table2 = """
        <table>
          <tr><th colspan="4">第二十条第（一）项</th></tr>
          <tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
          <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
          <tr><td>规范性文件</td><td>3</td><td>3</td><td>21</td></tr>
          <tr><th colspan="4">第二十条第（五）项</th></tr>
          <tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
          <tr><td>行政许可</td><td rowspan="2">—</td><td>增9</td><td>212</td></tr>
          <tr><td>其他对外管理服务事项</td><td>减4</td><td>432</td></tr>
        </table>
        """;

    public static string Page(string charset, string body) => $$"""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset={{charset}}"><title>年报</title>
        <script>var x = "<table><tr><td>自然人</td><td>总计</td></tr></table>";</script><style>td.x { color: red; }</style></head>
        <body>{{body}}</body></html>
        """;

    /// <summary>A government site page: navigation table, breadcrumbs, a layout table holding the report, a footer table.</summary>
    public static string WithSiteChrome(string reportBody) => Page("utf-8", $"""
        <table class="nav"><tr><td><a href="/">首页</a></td><td><a href="/zwgk">政务公开</a></td><td><a href="/hd">互动交流</a></td></tr></table>
        <div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 年度报告</div>
        <table class="layout" width="100%"><tr><td class="side"><ul><li>通知公告</li><li>政策文件</li></ul></td>
        <td class="main">
          <h1>某某县人民政府2023年政府信息公开工作年度报告</h1>
          <p>本报告由某某县人民政府办公室根据《中华人民共和国政府信息公开条例》编制。</p>
          <p>三、收到和处理政府信息公开申请情况</p>
          {reportBody}
          <p>四、政府信息公开行政复议、行政诉讼情况</p>
        </td></tr></table>
        <table class="footer"><tr><td>主办：某某县人民政府办公室</td><td>网站标识码：1234567890</td></tr></table>
        """);
}
