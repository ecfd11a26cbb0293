using System.Text.Json;
using ReportRules.Cli.Formatting;
using ReportRules.Cli.Tests.TestSupport;
using ReportRules.Findings;
using ReportRules.Rules.CrossReport;

namespace ReportRules.Cli.Tests.Formatting;

/// <summary>The formatters on check results of reports built in code (known T3-F1 failures), independent of the parser.</summary>
public sealed class FormatterTests
{
    private static string Format(string format, IEnumerable<CheckResult> results, CrossReportResult? cross = null, string language = "zh", bool color = false)
    {
        var output = new StringWriter();
        var summary = new RunSummary();
        using (var formatter = OutputFormat.Create(format, output, new FormatterSettings(language, color, cross is not null)))
        {
            formatter.Begin();
            foreach (var result in results)
            {
                formatter.WriteReport(result);
                summary.Add(result);
            }

            if (cross is not null)
            {
                formatter.WriteCross(cross);
                summary.AddFindings(cross.Findings);
            }

            formatter.End(summary);
        }

        return output.ToString();
    }

    private static CheckResult Unbalanced() => Reports.Checked(Reports.Table3Unbalanced());

    [Fact]
    public void Json_ReportWithT3F1_CountsErrorsInSummaryAndKeepsCells()
    {
        var result = Unbalanced();
        Assert.Contains(result.Findings, f => f.RuleId == "T3-F1");

        using var json = JsonDocument.Parse(Format(OutputFormat.Json, [result, CheckResult.Unreadable("x.pdf", "x.pdf: broken")]));
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("reports").GetInt32());
        Assert.Equal(result.Count(FindingSeverity.Error), summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("unreadable").GetInt32());
        var finding = json.RootElement.GetProperty("reports")[0].GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "T3-F1" && f.GetProperty("scope").GetString() == "TOT");
        // T3-F1: actual = new + carried over (10), expected = results total + carried forward (9).
        Assert.Equal(1m, finding.GetProperty("difference").GetDecimal());
        Assert.Contains(finding.GetProperty("cells").EnumerateArray(), c => c.GetProperty("key").GetString() == "Requests.NewReceived.TOT");
    }

    [Fact]
    public void Csv_QuotesFieldsPerRfc4180()
    {
        Assert.Equal("plain", CsvFormatter.Quote("plain"));
        Assert.Equal("\"a,b\"", CsvFormatter.Quote("a,b"));
        Assert.Equal("\"say \"\"hi\"\"\"", CsvFormatter.Quote("say \"hi\""));
        Assert.Equal("\"two\nlines\"", CsvFormatter.Quote("two\nlines"));
        Assert.Equal(string.Empty, CsvFormatter.Quote(null));
    }

    [Fact]
    public void Csv_T3F1Row_HasExpectedActualDifferenceAndCells()
    {
        var text = Format(OutputFormat.Csv, [Unbalanced()], language: "en");
        var row = text.Split("\r\n").First(l => l.Contains(",T3-F1,", StringComparison.Ordinal) && l.Contains("New applications this year / total", StringComparison.Ordinal));
        Assert.StartsWith("finding,", row, StringComparison.Ordinal);
        Assert.Contains(",error,", row, StringComparison.Ordinal);
        // The printed label in the chosen language, never the machine key.
        Assert.Contains("I. New applications this year / total=10", row, StringComparison.Ordinal);
        Assert.DoesNotContain("Requests.NewReceived.TOT", row, StringComparison.Ordinal);
        Assert.Contains(",9,10,1,", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_ChineseRun_NamesCellsByTheirPrintedChineseLabel()
    {
        var text = Format(OutputFormat.Csv, [Unbalanced()], language: "zh");
        var row = text.Split("\r\n").First(l => l.Contains(",T3-F1,", StringComparison.Ordinal) && l.Contains("申请数量 / 总计=10", StringComparison.Ordinal));
        Assert.Contains("本年新收政府信息公开申请数量 / 总计=10", row, StringComparison.Ordinal);
        Assert.DoesNotContain("Requests.NewReceived.TOT", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_EveryReportHasAnOutcomeAndTheDocumentASchemaVersion()
    {
        using var json = JsonDocument.Parse(Format(OutputFormat.Json, [Unbalanced(), CheckResult.Unreadable("x.pdf", "x.pdf: broken")]));
        Assert.Equal(FindingsJson.SchemaVersion, json.RootElement.GetProperty("schemaVersion").GetString());
        var reports = json.RootElement.GetProperty("reports");
        Assert.Equal("findings", reports[0].GetProperty("outcome").GetString());
        Assert.Equal("unreadable", reports[1].GetProperty("outcome").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("withFindings").GetInt32());
        var cell = reports[0].GetProperty("findings")[0].GetProperty("cells")[0];
        Assert.False(string.IsNullOrEmpty(cell.GetProperty("labelEn").GetString()));
    }

    [Fact]
    public void Sarif_T3F1Result_PointsAtTheFileWithFingerprint()
    {
        using var json = JsonDocument.Parse(Format(OutputFormat.Sarif, [Unbalanced()]));
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var result = results.First(r => r.GetProperty("ruleId").GetString() == "T3-F1");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("built/%3Cunbalanced%3E%26.txt", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(Unbalanced().Findings.First(f => f.RuleId == "T3-F1").Fingerprint, result.GetProperty("partialFingerprints").GetProperty("reportrules/v1").GetString());
    }

    [Fact]
    public void Html_MarksTheFailingCellsAndExplainsThem()
    {
        var html = Format(OutputFormat.Html, [Unbalanced()]);
        Assert.Contains("三、收到和处理政府信息公开申请情况", html, StringComparison.Ordinal);
        Assert.Contains("四、", html, StringComparison.Ordinal);
        Assert.Matches("<td class=\"number err\" data-f=\"r1-f(\\d+)[^\"]*\" title=\"Requests\\.NewReceived\\.TOT\\nT3-F1 \\(存疑\\): [^\"]+\"><a href=\"#r1-f\\1\">10</a><sup class=\"mark\"><a href=\"#r1-f\\1\">\\1</a>", html);
        Assert.Contains("built/&lt;unbalanced&gt;&amp;.txt", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<unbalanced>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_SummaryListsEveryReportWithItsCountsBeforeTheSections()
    {
        var html = Format(OutputFormat.Html, [Unbalanced()]);

        var index = html.IndexOf("<table class=\"index\">", StringComparison.Ordinal);
        var row = html.IndexOf("<tr data-outcome=\"findings\"><td class=\"src\"><a href=\"#r1\">built/&lt;unbalanced&gt;&amp;.txt</a></td><td class=\"o-findings\">有问题</td><td>gb2019</td><td>测试县人民政府</td><td>2019</td>", StringComparison.Ordinal);
        var section = html.IndexOf("<section class=\"report\" id=\"r1\" data-outcome=\"findings\">", StringComparison.Ordinal);
        Assert.True(index >= 0 && row > index && section > row, $"index {index}, row {row}, section {section}");
        Assert.Contains("class=\"legend\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_FailingSum_MarksThePrintedTotalInDoubtAndItsPartsDifferently()
    {
        var html = Format(OutputFormat.Html, [Unbalanced()]);
        // T3-F1 (total column): new + carried over (10) against results total + carried forward (9).
        Assert.Matches("<td class=\"number err\"[^>]*title=\"Requests\\.NewReceived\\.TOT\\n", html);
        Assert.Matches("<td class=\"number part-err\"[^>]*title=\"Requests\\.Results\\.Total\\.TOT\\n", html);
        Assert.DoesNotMatch("<td class=\"number err\"[^>]*title=\"Requests\\.Results\\.Total\\.TOT\\n", html);
        Assert.Contains("<span class=\"role doubt\">存疑</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"role part\">组成项</span>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "表三 · 三、收到和处理政府信息公开申请情况", "(表三")]
    [InlineData("en", "Table 3 · Applications received and handled", "(Table 3")]
    public void Html_TablesAndLocationsAreNamedAsPrintedInTheChosenLanguage(string language, string heading, string location)
    {
        var html = Format(OutputFormat.Html, [Unbalanced()], language: language);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"loc\">" + location, html, StringComparison.Ordinal);
        if (language == "zh")
        {
            foreach (var english in new[] { ">error<", ">Findings<", "rules evaluated", "Summary", ">warning<", "Table " })
            {
                Assert.DoesNotContain(english, html, StringComparison.Ordinal);
            }
        }
        else
        {
            Assert.DoesNotContain("表三 ·", html, StringComparison.Ordinal);
            Assert.DoesNotContain("发现的问题", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("table 3, row 5, cell 2", false, "文档第 3 个表格第 5 行第 2 格")]
    [InlineData("table 3, row 5, cell 2", true, "table 3 of the document, row 5, cell 2")]
    [InlineData("html line 40, column 7", false, "HTML 第 40 行第 7 列")]
    [InlineData("paragraph 12", false, "第 12 段")]
    [InlineData("something else", false, "something else")]
    public void LocationText_SpellsTheDocumentTableAsSuch(string detail, bool english, string expected) =>
        Assert.Equal(expected, LocationText.Detail(detail, english));

    [Fact]
    public void Html_PrintsRunMetadataAndTheRulesEvaluatedAndACouldNotBeCheckedState()
    {
        var blank = Reports.Checked(new ReportRules.Model.AnnualReportBuilder(ReportRules.Model.ReportEdition.Gb2019).WithSource("blank.txt").Build());
        var output = new StringWriter();
        var run = new RunInfo(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), "--format html --lang en", ["reports/", "x.pdf"]);
        using (var formatter = OutputFormat.Create(OutputFormat.Html, output, new FormatterSettings("en", false, false) { Run = run }))
        {
            var summary = new RunSummary();
            formatter.Begin();
            foreach (var result in new[] { Unbalanced(), blank })
            {
                formatter.WriteReport(result);
                summary.Add(result);
            }

            formatter.End(summary);
        }

        var html = output.ToString();
        Assert.Contains("2026-01-02 03:04:05 UTC", html, StringComparison.Ordinal);
        Assert.Contains("<code>--format html --lang en</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>reports/</code> <code>x.pdf</code>", html, StringComparison.Ordinal);
        Assert.Contains(ToolInfo.Version, html, StringComparison.Ordinal);
        Assert.Contains("<th>rules evaluated</th><th>not applicable</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr data-outcome=\"not-checked\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"outcome o-not-checked\"><b>could not be checked</b>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OutputFormat.Text)]
    [InlineData(OutputFormat.Csv)]
    [InlineData(OutputFormat.Html)]
    public void ReadableFormats_SayTheSameCouldNotBeCheckedWords(string format)
    {
        var blank = Reports.Checked(new ReportRules.Model.AnnualReportBuilder(ReportRules.Model.ReportEdition.Gb2019).WithSource("blank.txt").Build());
        Assert.Equal(ReportRules.Findings.CheckOutcome.NotChecked, blank.Outcome);

        foreach (var (language, english) in new[] { ("en", true), ("zh", false) })
        {
            var text = Format(format, [blank], language: language);
            Assert.Contains(OutcomeText.Word(blank.Outcome, english), text, StringComparison.Ordinal);
            Assert.Contains(OutcomeText.Explanation(blank.Outcome, english), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_IsSelfContained_NoExternalResource()
    {
        var html = Format(OutputFormat.Html, [Unbalanced()]);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("<select id=\"rule\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"T3-F1\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_Colour_OnlyWhenAllowed()
    {
        Assert.Contains("\u001b[31m", Format(OutputFormat.Text, [Unbalanced()], color: true), StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", Format(OutputFormat.Text, [Unbalanced()], color: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Cross_FindingsAppearInJsonJsonlAndText()
    {
        var previous = Reports.Table3Unbalanced("a/2019.txt").ToBuilder().WithYear(2019).Build();
        var current = Reports.Table3Unbalanced("a/2020.txt").ToBuilder().WithYear(2020)
            .SetRequest(Model.RequestRow.CarriedOver, Model.Applicant.Total, 4).Build();
        var cross = CrossReportChecker.Run([CrossReportFacts.From(previous), CrossReportFacts.From(current)]);
        var finding = Assert.Single(cross.Findings);

        using var json = JsonDocument.Parse(Format(OutputFormat.Json, [Reports.Checked(previous), Reports.Checked(current)], cross));
        var group = Assert.Single(json.RootElement.GetProperty("cross").EnumerateArray());
        Assert.Equal("a/2020.txt", group.GetProperty("source").GetString());
        Assert.Equal("X-1", group.GetProperty("findings")[0].GetProperty("ruleId").GetString());

        var lines = Format(OutputFormat.JsonLines, [Reports.Checked(previous)], cross).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("X-1", lines[1], StringComparison.Ordinal);
        Assert.Contains("X-1", Format(OutputFormat.Text, [], cross), StringComparison.Ordinal);
        Assert.Equal(4m, finding.Actual);
    }

    [Fact]
    public void Cross_PairingSummaryAppearsInEveryFormat()
    {
        var previous = Reports.Table3Unbalanced("a/2019.txt").ToBuilder().WithYear(2019).Build();
        var current = Reports.Table3Unbalanced("a/2020.txt").ToBuilder().WithYear(2020).Build();
        var lone = Reports.Table3Unbalanced("b/2020.txt").ToBuilder().WithAgency("乙县人民政府").WithYear(2020).Build();
        var cross = CrossReportChecker.Run([.. new[] { previous, current, lone }.Select(CrossReportFacts.From)]);
        Assert.Equal((1, 1), (cross.Series.Count, cross.Unpaired.Count));
        CheckResult[] results = [Reports.Checked(previous), Reports.Checked(current), Reports.Checked(lone)];

        var text = Format(OutputFormat.Text, results, cross, language: "en");
        Assert.Contains("2 reports paired into 1 series", text, StringComparison.Ordinal);
        Assert.Contains("unpaired: b/2020.txt", text, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(Format(OutputFormat.Json, results, cross));
        var summary = json.RootElement.GetProperty("crossSummary");
        Assert.Equal(2, summary.GetProperty("reportsPaired").GetInt32());
        Assert.Equal("only-year", summary.GetProperty("unpaired")[0].GetProperty("reason").GetString());

        var csv = Format(OutputFormat.Csv, results, cross, language: "en");
        Assert.Contains(",pairing,", csv, StringComparison.Ordinal);
        Assert.Contains("unpaired: no other year", csv, StringComparison.Ordinal);

        using var sarif = JsonDocument.Parse(Format(OutputFormat.Sarif, results, cross, language: "en"));
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Contains("paired into 1 series", run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, run.GetProperty("properties").GetProperty("crossSummary").GetProperty("seriesCount").GetInt32());

        Assert.Contains("paired into 1 series", Format(OutputFormat.Html, results, cross, language: "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Cross_NothingPaired_NeverSaysNoFinding()
    {
        var lone = Reports.Table3Unbalanced("a/2020.txt").ToBuilder().WithYear(2020).Build();
        var cross = CrossReportChecker.Run([CrossReportFacts.From(lone)]);

        foreach (var format in new[] { OutputFormat.Text, OutputFormat.Csv, OutputFormat.Sarif, OutputFormat.Html, OutputFormat.Json })
        {
            var output = Format(format, [Reports.Checked(lone)], cross, language: "en");
            Assert.DoesNotContain("no finding", output, StringComparison.Ordinal);
            Assert.Contains("0 reports paired into 0 series", output, StringComparison.Ordinal);
        }

        Assert.Contains("nothing compared", Format(OutputFormat.Text, [Reports.Checked(lone)], cross, language: "en"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, "error", ExitCodes.Success)]
    [InlineData(1, 0, 0, 0, "error", ExitCodes.Findings)]
    [InlineData(0, 1, 0, 0, "error", ExitCodes.Success)]
    [InlineData(0, 1, 0, 0, "warning", ExitCodes.Findings)]
    [InlineData(0, 0, 1, 0, "warning", ExitCodes.Success)]
    [InlineData(0, 0, 1, 0, "info", ExitCodes.Findings)]
    [InlineData(1, 1, 1, 0, "never", ExitCodes.Success)]
    [InlineData(1, 0, 0, 1, "error", ExitCodes.Unreadable)]
    [InlineData(0, 0, 0, 1, "never", ExitCodes.Unreadable)]
    public void RunSummary_ExitCode_FollowsTheContract(int errors, int warnings, int infos, int unreadable, string failOn, int expected)
    {
        var summary = new RunSummary();
        summary.AddFindings(
        [
            .. Enumerable.Repeat(FindingOf(FindingSeverity.Error), errors),
            .. Enumerable.Repeat(FindingOf(FindingSeverity.Warning), warnings),
            .. Enumerable.Repeat(FindingOf(FindingSeverity.Info), infos),
        ]);
        for (var i = 0; i < unreadable; i++)
        {
            summary.Add(CheckResult.Unreadable("bad", "bad: broken"));
        }

        FindingSeverity? threshold = failOn switch
        {
            "error" => FindingSeverity.Error,
            "warning" => FindingSeverity.Warning,
            "info" => FindingSeverity.Info,
            _ => null,
        };
        Assert.Equal(expected, summary.ExitCode(threshold));
    }

    private static Finding FindingOf(FindingSeverity severity) =>
        new("T3-F1", severity, "Parse", new Dictionary<string, string>(), []);
}
