using System.Text.Json;
using ReportRules.Findings;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Findings;

public class FindingsJsonTests
{
    private static CheckResult Failing() =>
        ReportChecker.Check(Seed001.Build().ToBuilder().Set("Requests.NewReceived.TOT", 12).Build());

    private static JsonElement Serialize(CheckResult result, string language = "zh")
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, FindingsJson.WriterOptions(indented: false)))
        {
            FindingsJson.WriteReport(writer, result, language);
        }

        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void WriteReport_FailingReport_HasEveryFieldOfTheCliContract()
    {
        var json = Serialize(Failing());

        foreach (var field in new[] { "source", "status", "error", "edition", "agency", "year", "findings", "rulesEvaluated", "rulesPassed", "rulesNotApplicable" })
        {
            Assert.True(json.TryGetProperty(field, out _), field);
        }

        Assert.Equal("gb2019", json.GetProperty("edition").GetString());
        var finding = json.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "T3-F1");
        foreach (var field in new[] { "ruleId", "severity", "messageId", "message", "cells", "expected", "actual", "difference", "evidence", "fingerprint", "tolerance", "location" })
        {
            Assert.True(finding.TryGetProperty(field, out _), field);
        }

        Assert.Equal(11, finding.GetProperty("expected").GetDecimal());
        Assert.Equal(12, finding.GetProperty("actual").GetDecimal());
        Assert.Equal(1, finding.GetProperty("difference").GetDecimal());
        var cell = finding.GetProperty("cells").EnumerateArray().First();
        foreach (var field in new[] { "key", "label", "value", "raw", "location" })
        {
            Assert.True(cell.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public void WriteReport_Chinese_IsNotEscaped()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, FindingsJson.WriterOptions(indented: false)))
        {
            FindingsJson.WriteReport(writer, Failing());
        }

        Assert.Contains("株洲市芦淞区人民政府", System.Text.Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameReportManyThreads_SameFindingsInTheSameOrder()
    {
        var report = Seed001.Build().ToBuilder().Set("Requests.NewReceived.TOT", 12).Set("Review.Total", 3).Build();
        var expected = ReportChecker.Check(report).Findings.Select(f => f.Fingerprint).ToList();

        var results = new System.Collections.Concurrent.ConcurrentBag<List<string>>();
        Parallel.For(0, 64, _ => results.Add(ReportChecker.Check(report).Findings.Select(f => f.Fingerprint).ToList()));

        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Equal(expected.Count, expected.Distinct().Count());
    }

    [Fact]
    public void Fingerprint_DependsOnRuleCellsAndSource_NotOnValues()
    {
        var a = Failing().Findings.Single(f => f.RuleId == "T3-F1");
        var b = ReportChecker.Check(Seed001.Build().ToBuilder().Set("Requests.NewReceived.TOT", 13).Build()).Findings.Single(f => f.RuleId == "T3-F1");
        var c = ReportChecker.Check(Seed001.Build().ToBuilder().WithSource("other.txt").Set("Requests.NewReceived.TOT", 12).Build()).Findings.Single(f => f.RuleId == "T3-F1");

        Assert.Equal(a.Fingerprint, b.Fingerprint);
        Assert.NotEqual(a.Fingerprint, c.Fingerprint);
    }
}
