using System.Globalization;
using System.Text;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Parsing.Document;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Documents.Tests.Html;

/// <summary>
/// Whole HTML reports (<see cref="HtmlReports"/>) through <see cref="DocumentParser"/> into the model: every cell of
/// the page, keyed by the spec cell keys, and what the checker says about it.
/// </summary>
public class HtmlModelTests
{
    private static ParseResult Parse(byte[] bytes, string source) => DocumentParser.Parse(new MemoryStream(bytes), source);

    private static List<GoldenCell> Expected(IReadOnlyDictionary<string, string> values) =>
        [.. values.Select(kv => kv.Value.Length == 0
            ? new GoldenCell(kv.Key, "blank", null, string.Empty, string.Empty)
            : new GoldenCell(kv.Key, "number", decimal.Parse(kv.Value, CultureInfo.InvariantCulture), kv.Value, string.Empty))];

    private static void AssertModel(ParseResult result, IReadOnlyDictionary<string, string> values, ReportEdition edition)
    {
        Assert.True(result.Success, result.Error);
        Assert.Equal(edition, result.Report!.Edition);
        var problems = GoldenCell.Mismatches(result, Expected(values));
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        Assert.Equal(values.Count, result.Report.Cells.Count);
    }

    private static List<string> Findings(ParseResult result) =>
        [.. ReportChecker.Check(result).Findings.Select(f => $"{f.RuleId} {f.Severity}").Order(StringComparer.Ordinal)];

    [Fact]
    public void Parse_Gb2021Page_EveryCellInTheModel()
    {
        var values = HtmlReports.Gb2021Values();
        var result = Parse(Encoding.UTF8.GetBytes(HtmlPages.Page("utf-8", HtmlReports.Body(gb2021: true, values))), "gb2021.html");

        // 200 cells: Table 2 10, Table 3 25 × 7 (three （六） sub-rows), Table 4 15; 8.属于行政查询事项 blank (&nbsp;), not 0.
        AssertModel(result, values, ReportEdition.Gb2021);
        Assert.Equal(200, values.Count);
        Assert.Equal(CellKind.Blank, result.Report!.GetCell("Requests.Results.Denied.AdminQuery.TOT")!.Kind);
        Assert.Equal((2023, "某某县人民政府"), (result.Report.Metadata.Year, result.Report.Metadata.Agency));

        // Every identity holds; the blank row's cells are operands of T3-F2 (per column), evaluated as 0 and passing:
        // one PARSE-10 info for the table, nothing else.
        Assert.Equal(["PARSE-10 Info"], Findings(result));
    }

    [Fact]
    public void Parse_Gb2019PageEncodedGbk_EveryCellInTheModel()
    {
        var values = HtmlReports.Gb2019Values();
        var html = HtmlPages.Page("gbk", HtmlReports.Body(gb2021: false, values, year: 2020));
        var result = Parse(InputDecoder.Gb18030.GetBytes(html), "gb2019-gbk.html");

        // 198 cells: Table 2 22 (with 第二十条第（九）项 政府集中采购), Table 3 23 × 7 (one （六）其他处理 row), Table 4 15.
        AssertModel(result, values, ReportEdition.Gb2019);
        Assert.Equal(198, values.Count);
        Assert.Equal(2020, result.Report!.Metadata.Year);

        // PARSE-10 as for gb2021 (the blank row). P2-3: the gb2019 form prints no unit for 采购总金额 and the cell
        // "1463.5" states none, so the amount cannot be read as 元 or 万元 — a warning asking for the unit.
        Assert.Equal(["P2-3 Warning", "PARSE-10 Info"], Findings(result));
    }

    [Fact]
    public void Parse_Gb2021PageInSiteChromeWithBreadcrumbAboveTitle_ModelAndYearFromTheTitle()
    {
        var values = HtmlReports.Gb2021Values();
        var result = Parse(Encoding.UTF8.GetBytes(HtmlReports.InSiteChrome(HtmlReports.Body(gb2021: true, values, year: 2022))), "chrome.html");

        // Navigation, side bar and footer tables are not report tables; the breadcrumb
        // "当前位置：首页 » 政务公开 » 政府信息公开年度报告" comes first and must not be read as the title.
        AssertModel(result, values, ReportEdition.Gb2021);
        Assert.Equal((2022, "某某县人民政府"), (result.Report!.Metadata.Year, result.Report.Metadata.Agency));
        Assert.Equal(["PARSE-10 Info"], Findings(result));
    }

    [Fact]
    public void Check_Gb2021PageWithNewReceivedTooHigh_IsT3F1ErrorOnNpAndTotal()
    {
        // 本年新收 自然人 printed 15 (and 总计 16, so the row itself adds up): 15+2 ≠ 13+1 and 16+2 ≠ 14+1
        // (expected = 办理结果总计 + 结转下年度, actual = 本年新收 + 上年结转).
        var values = HtmlReports.Gb2021Values();
        values["Requests.NewReceived.NP"] = "15";
        values["Requests.NewReceived.TOT"] = "16";
        var result = Parse(Encoding.UTF8.GetBytes(HtmlPages.Page("utf-8", HtmlReports.Body(gb2021: true, values))), "t3f1.html");

        AssertModel(result, values, ReportEdition.Gb2021);
        var check = ReportChecker.Check(result);
        var errors = check.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
        Assert.Equal(["T3-F1", "T3-F1"], errors.Select(f => f.RuleId));
        Assert.Equal([(14m, 17m), (15m, 18m)], errors.Select(f => (f.Expected!.Value, f.Actual!.Value)).Order().ToList());
        Assert.Contains(errors, f => f.Cells.Any(c => c.Key == "Requests.NewReceived.NP" && c.Raw == "15"));
    }
}
