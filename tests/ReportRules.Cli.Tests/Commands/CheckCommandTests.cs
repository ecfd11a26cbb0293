using ReportRules.Cli.Formatting;
using System.Text;
using System.Text.Json;
using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    private static readonly string[] ReportFields =
        ["source", "status", "error", "edition", "agency", "year", "findings", "rulesEvaluated", "rulesPassed", "rulesNotApplicable"];

    private static readonly string[] FindingFields =
        ["ruleId", "severity", "messageId", "message", "cells", "expected", "actual", "difference", "evidence"];

    [Fact]
    public void Check_SamplesAsJson_HasEveryFieldOfTheContract()
    {
        var run = CliRunner.Run("check", Repo.Samples, "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("ReportRules", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal(ToolInfo.Version, root.GetProperty("tool").GetProperty("version").GetString());
        var reports = root.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(5, reports.Count);
        foreach (var report in reports)
        {
            foreach (var field in ReportFields)
            {
                Assert.True(report.TryGetProperty(field, out _), $"report lacks '{field}'");
            }

            Assert.Equal("checked", report.GetProperty("status").GetString());
        }

        var sources = reports.Select(r => Path.GetFileName(r.GetProperty("source").GetString())).ToList();
        Assert.Equal(sources.Order(StringComparer.Ordinal), sources);
        var summary = root.GetProperty("summary");
        Assert.Equal(5, summary.GetProperty("reports").GetInt32());
        foreach (var field in new[] { "errors", "warnings", "infos", "unreadable" })
        {
            Assert.Equal(JsonValueKind.Number, summary.GetProperty(field).ValueKind);
        }

        Assert.Equal(summary.GetProperty("errors").GetInt32() > 0 ? ExitCodes.Findings : ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public void Check_Hongze2023Pdf_Exits1WithT4F1InJson()
    {
        // The PDF is read through DocumentParser (format sniffed from %PDF-); its Table 4 prints 行政复议 总计 0 beside
        // 10 + 1 + 0 + 0 (T4-F1) and 复议后起诉 总计 0 beside 5 (T4-F3): errors, so the exit code is 1.
        var run = CliRunner.Run("check", Repo.Corpus("peer_hongze_district_2023.pdf"), "--format", "json");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var report = json.RootElement.GetProperty("reports").EnumerateArray().Single();
        Assert.Equal("gb2021", report.GetProperty("edition").GetString());
        var review = report.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "T4-F1");
        Assert.Equal("error", review.GetProperty("severity").GetString());
        Assert.Equal(11m, review.GetProperty("expected").GetDecimal());
        Assert.Equal(0m, review.GetProperty("actual").GetDecimal());
    }

    [Fact]
    public void Check_FindingAtOrAboveFailOn_Exits1AndJsonFindingHasEveryField()
    {
        using var temp = new TempDir();
        var path = temp.WriteEditionYearMismatch();

        var run = CliRunner.Run("check", path, "--format", "json", "--lang", "en");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var finding = json.RootElement.GetProperty("reports")[0].GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("ruleId").GetString() == "P-ED-1");
        foreach (var field in FindingFields)
        {
            Assert.True(finding.TryGetProperty(field, out _), $"finding lacks '{field}'");
        }

        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Contains("2023", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32() >= 1);
    }

    [Theory]
    [InlineData("never", ExitCodes.Success)]
    [InlineData("error", ExitCodes.Findings)]
    [InlineData("warning", ExitCodes.Findings)]
    public void Check_FailOn_DecidesExitCode(string failOn, int expected)
    {
        using var temp = new TempDir();
        var path = temp.WriteEditionYearMismatch();
        Assert.Equal(expected, CliRunner.Run("check", path, "--fail-on", failOn).ExitCode);
    }

    [Fact]
    public void Check_ExcludedRule_IsNotReportedAndExitIsZero()
    {
        using var temp = new TempDir();
        var path = temp.WriteEditionYearMismatch();
        var run = CliRunner.Run("check", path, "--exclude-rules", "P-ED-1", "--format", "jsonl");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("P-ED-1", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RulesSelection_RunsOnlyTheNamedRules()
    {
        using var temp = new TempDir();
        var path = temp.WriteEditionYearMismatch();
        var only = CliRunner.Run("check", path, "--rules", "T3-F1", "--format", "json");
        var with = CliRunner.Run("check", path, "--rules", "T3-F1,P-ED-1", "--format", "json");
        Assert.Equal(ExitCodes.Success, only.ExitCode);
        Assert.Equal(ExitCodes.Findings, with.ExitCode);
    }

    [Fact]
    public void Check_BinaryAndEmptyFilesInABatch_ReportsThemUnreadableChecksTheRestAndExits2()
    {
        using var temp = new TempDir();
        temp.WriteBytes("a-binary.txt", [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x50, 0x4B, 0x03, 0x04]);
        temp.WriteBytes("b-empty.txt", []);
        File.Copy(Repo.Sample("001"), Path.Combine(temp.Path, "c-good.txt"));
        temp.WriteEditionYearMismatch("d-error.txt");

        var run = CliRunner.Run("check", temp.Path, "--format", "json");

        Assert.Equal(ExitCodes.Unreadable, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var reports = json.RootElement.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(["unreadable", "unreadable", "checked", "checked"], reports.Select(r => r.GetProperty("status").GetString()));
        Assert.Contains("a-binary.txt", reports[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("b-empty.txt", reports[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(reports[0].GetProperty("findings").EnumerateArray());
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("unreadable").GetInt32());
        Assert.Contains(reports[3].GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "P-ED-1");
    }

    [Fact]
    public void Check_MissingFileAndGlobWithoutMatch_AreUnreadableNamingTheInput()
    {
        using var temp = new TempDir();
        var missing = Path.Combine(temp.Path, "no-such-report.txt");
        var glob = Path.Combine(temp.Path, "*.pdf");

        var run = CliRunner.Run("check", missing, glob, "--lang", "en");

        Assert.Equal(ExitCodes.Unreadable, run.ExitCode);
        Assert.Contains("no-such-report.txt", run.Out, StringComparison.Ordinal);
        Assert.Contains("no file matches", run.Out, StringComparison.Ordinal);
        Assert.Contains("2 unreadable", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OrderIsTheSameWithOneJobAndEightJobs()
    {
        using var temp = new TempDir();
        temp.WriteEditionYearMismatch("z-mismatch.txt");
        temp.WriteBytes("m-empty.txt", []);
        string[] inputs = [Repo.Samples, temp.Path, Repo.Samples, Path.Combine(Repo.Samples, "00*_*.txt"), temp.Path, Repo.Samples];

        var one = CliRunner.Run(["check", .. inputs, "--jobs", "1", "--format", "jsonl"], null);
        var eight = CliRunner.Run(["check", .. inputs, "--jobs", "8", "--format", "jsonl"], null);

        Assert.Equal(ExitCodes.Unreadable, one.ExitCode);
        Assert.Equal(one.Out, eight.Out);
        Assert.Equal(24, eight.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Check_Jsonl_WritesOneReportObjectPerLineAndNothingElse()
    {
        var run = CliRunner.Run("check", Repo.Samples, "--format", "jsonl");
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("source").ValueKind);
            Assert.False(json.RootElement.TryGetProperty("summary", out _));
        }
    }

    [Fact]
    public void Check_Csv_StartsWithBomAndHeaderAndHasOneReportRowThenOneRowPerFinding()
    {
        using var temp = new TempDir();
        var path = temp.WriteEditionYearMismatch("with,comma.txt");
        var run = CliRunner.Run("check", path, "--format", "csv");
        Assert.StartsWith("\uFEFF" + CsvFormatter.Header + "\r\n", run.Out, StringComparison.Ordinal);
        var rows = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var expected = ReportRules.Documents.DocumentChecker.CheckFile(path).Findings.Count;
        Assert.Equal(2 + expected, rows.Length);
        Assert.StartsWith("report,\"" + path + "\",findings,gb2019,", rows[1], StringComparison.Ordinal);
        Assert.All(rows.Skip(2), row => Assert.StartsWith("finding,\"" + path + "\",findings,gb2019,", row, StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains(",P-ED-1,error,", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Csv_EveryInputHasExactlyOneReportRow_CleanAndUnreadableIncluded()
    {
        using var temp = new TempDir();
        File.Copy(Repo.Sample("000"), Path.Combine(temp.Path, "clean.txt"));
        File.Copy(Repo.Sample("003"), Path.Combine(temp.Path, "blank.txt"));
        temp.Write("empty.txt", string.Empty);
        temp.WriteEditionYearMismatch("wrong.txt");
        var run = CliRunner.Run("check", temp.Path, "--format", "csv");
        var reportRows = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Where(r => r.StartsWith("report,", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, reportRows.Count);
        Assert.Single(reportRows, r => r.Contains("clean.txt,clean,legacy2014,", StringComparison.Ordinal));
        // Sample 003 prints its tables with every cell blank: read, but nothing could be checked.
        Assert.Single(reportRows, r => r.Contains("blank.txt,not-checked,gb2019,", StringComparison.Ordinal));
        Assert.Single(reportRows, r => r.Contains("empty.txt,unreadable,", StringComparison.Ordinal));
        Assert.Single(reportRows, r => r.Contains("wrong.txt,findings,gb2019,", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Csv_FindingRowsCarryTheLineAndColumnOfTheFinding()
    {
        var run = CliRunner.Run("check", Repo.Sample("001"), "--format", "csv", "--lang", "en");
        var rows = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = rows[0].TrimStart('\uFEFF').Split(',');
        var expected = ReportRules.Documents.DocumentChecker.CheckFile(Repo.Sample("001")).Findings.First(f => f.Location is not null);
        var row = rows.First(r => r.StartsWith("finding,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(expected.RuleId, row[Array.IndexOf(header, "ruleId")]);
        Assert.Equal(expected.Location!.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), row[Array.IndexOf(header, "line")]);
        Assert.Equal(expected.Location.Column.ToString(System.Globalization.CultureInfo.InvariantCulture), row[Array.IndexOf(header, "column")]);
    }

    [Fact]
    public void Check_CsvToOutputFile_WritesTheBomBytes()
    {
        using var temp = new TempDir();
        var output = Path.Combine(temp.Path, "out.csv");
        var run = CliRunner.Run("check", Repo.Samples, "--format", "csv", "--output", output);
        Assert.Equal(string.Empty, run.Out);
        var bytes = File.ReadAllBytes(output);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("row,source,outcome", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OutputIntoMissingDirectory_IsAUsageError()
    {
        var run = CliRunner.Run("check", Repo.Samples, "--output", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "x.json"));
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Fact]
    public void Check_Sarif_HasSchemaVersionDriverRulesAndResultFields()
    {
        using var temp = new TempDir();
        var path = temp.WriteEditionYearMismatch();
        var run = CliRunner.Run("check", path, "--format", "sarif");
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run0 = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run0.GetProperty("tool").GetProperty("driver");
        Assert.Equal("ReportRules", driver.GetProperty("name").GetString());
        Assert.Equal(ToolInfo.Version, driver.GetProperty("version").GetString());
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(ReportRules.Rules.RuleCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in rules)
        {
            Assert.NotEqual(string.Empty, rule.GetProperty("name").GetString());
            Assert.NotEqual(string.Empty, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.NotEqual(string.Empty, rule.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.NotEqual(string.Empty, rule.GetProperty("help").GetProperty("text").GetString());
        }

        var result = run0.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "P-ED-1");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.NotEqual(string.Empty, result.GetProperty("message").GetProperty("text").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("mismatch.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal(16, result.GetProperty("partialFingerprints").GetProperty("reportrules/v1").GetString()!.Length);
    }

    [Fact]
    public void Check_Html_IsOneDocumentWithSummaryFirstAndEscapedNames()
    {
        using var temp = new TempDir();
        temp.WriteBytes("<script>alert(1)</script>.txt", []);
        temp.WriteEditionYearMismatch("mismatch.txt");
        var run = CliRunner.Run("check", temp.Path, "--format", "html");
        Assert.Equal(ExitCodes.Unreadable, run.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", run.Out, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", run.Out, StringComparison.Ordinal);
        Assert.True(run.Out.IndexOf("class=\"summary\"", StringComparison.Ordinal) < run.Out.IndexOf("class=\"report\"", StringComparison.Ordinal));
        Assert.Contains("P-ED-1", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StandardInput_IsReadAsTheDashInput()
    {
        var bytes = File.ReadAllBytes(Repo.Sample("001"));
        var run = CliRunner.Run(["check", "-", "--format", "jsonl"], bytes);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("-", json.RootElement.GetProperty("source").GetString());
        Assert.Equal("gb2019", json.RootElement.GetProperty("edition").GetString());
    }

    [Fact]
    public void Check_TextInEnglish_GroupsByReportAndEndsWithTotals()
    {
        using var temp = new TempDir();
        var path = temp.WriteEditionYearMismatch();
        var run = CliRunner.Run("check", path, "--lang", "en");
        Assert.Contains(path + "  gb2019  株洲市芦淞区人民政府  2023", run.Out, StringComparison.Ordinal);
        Assert.Contains("error", run.Out, StringComparison.Ordinal);
        Assert.Contains("P-ED-1", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Out, StringComparison.Ordinal);
        var result = ReportRules.Documents.DocumentChecker.CheckFile(path);
        var totals = $"1 reports: {result.Count(ReportRules.Findings.FindingSeverity.Error)} errors, {result.Count(ReportRules.Findings.FindingSeverity.Warning)} warnings, {result.Count(ReportRules.Findings.FindingSeverity.Info)} infos, 0 unreadable";
        Assert.EndsWith(totals + Environment.NewLine, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProgressBar_OnlyWhenStandardErrorIsATerminalAndMoreThanThreeInputs()
    {
        var quiet = CliRunner.Run(["check", Repo.Samples], null, errorIsTerminal: false);
        var shown = CliRunner.Run(["check", Repo.Samples], null, errorIsTerminal: true);
        var few = CliRunner.Run(["check", Repo.Sample("001"), Repo.Sample("003")], null, errorIsTerminal: true);
        Assert.Equal(string.Empty, quiet.Error);
        Assert.Contains("5/5", shown.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, few.Error);
        Assert.Equal(quiet.Out, shown.Out);
    }

    [Fact]
    public void Check_Cross_AddsACrossSectionToJson()
    {
        var run = CliRunner.Run("check", Repo.Samples, "--cross", "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("cross").ValueKind);
        Assert.Equal(5, json.RootElement.GetProperty("summary").GetProperty("reports").GetInt32());
    }
}
