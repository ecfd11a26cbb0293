using System.Text;
using System.Text.Json;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests;

public class ReportCheckerParseTests
{
    [Fact]
    public void CheckFile_MissingFile_IsUnreadableNotAnException()
    {
        var result = ReportChecker.CheckFile("/nonexistent/report.txt");
        Assert.Equal(CheckStatus.Unreadable, result.Status);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.Parse1);
        Assert.Contains("/nonexistent/report.txt", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Stream_ParsesAndMergesParseDiagnostics()
    {
        using var stream = File.OpenRead(Fixtures.Corpus("001_c9b27cee782bad7f.txt"));
        var result = ReportChecker.Check(stream, "001");
        Assert.Equal("001", result.Source);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.Parse4);
        Assert.Contains(result.Findings, f => f.RuleId == "P2-4");
    }

    [Fact]
    public void CheckText_EditionOption_FlowsIntoTheParser()
    {
        var text = File.ReadAllText(Fixtures.Corpus("peer_shuyang_county_2025_ocr.md"));
        var result = ReportChecker.CheckText(text, "shuyang", new ReportCheckerOptions { Edition = ReportEdition.Gb2019 });
        Assert.Equal(ReportEdition.Gb2019, result.Report!.Edition);
    }

    [Fact]
    public void CheckText_ExcludedParseRule_IsFilteredLikeAnyRule()
    {
        var text = File.ReadAllText(Fixtures.Corpus("001_c9b27cee782bad7f.txt"));
        var result = ReportChecker.CheckText(text, "001", new ReportCheckerOptions { ExcludeRules = [RuleIds.Parse4] });
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.Parse4);
    }

    [Fact]
    public void WriteModel_ParsedSeed001_HasKindRawLocationAndInferred()
    {
        var parsed = ReportParser.ParseFile(Fixtures.Corpus("001_c9b27cee782bad7f.txt"));
        var json = FindingsJson.SerializeModel(parsed.Report, parsed.Source, parsed.Diagnostics);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("gb2019", root.GetProperty("edition").GetString());
        var total = root.GetProperty("cells").GetProperty("Requests.NewReceived.TOT");
        Assert.Equal("number", total.GetProperty("kind").GetString());
        Assert.Equal(11m, total.GetProperty("value").GetDecimal());
        Assert.Equal("11", total.GetProperty("raw").GetString());
        Assert.Equal(167, total.GetProperty("location").GetProperty("line").GetInt32());
        Assert.True(total.GetProperty("inferred").GetBoolean());
        Assert.False(root.GetProperty("cells").TryGetProperty("Requests.NewReceived.NP", out _)); // ambiguous: absent
        var amount = root.GetProperty("cells").GetProperty("Active.A20_9.Procurement.Amount");
        Assert.Equal("万", amount.GetProperty("unit").GetString());
        Assert.Contains(root.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("ruleId").GetString() == RuleIds.Parse3);
        Assert.Equal("blank", root.GetProperty("cells").GetProperty("Active.A20_8.Fees.Delta").GetProperty("kind").GetString());
        Assert.True(Encoding.UTF8.GetByteCount(json) > 0);
    }
}
