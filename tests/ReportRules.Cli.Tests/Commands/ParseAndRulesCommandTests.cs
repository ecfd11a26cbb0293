using System.Text.Json;
using ReportRules.Cli.Tests.TestSupport;
using ReportRules.Rules;

namespace ReportRules.Cli.Tests.Commands;

public sealed class ParseAndRulesCommandTests
{
    [Fact]
    public void Parse_Sample_PrintsTheModelShape()
    {
        var run = CliRunner.Run("parse", Repo.Sample("001"));
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        foreach (var field in new[] { "source", "edition", "agency", "year", "cells", "narrative", "diagnostics" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"model lacks '{field}'");
        }

        Assert.Equal("gb2019", root.GetProperty("edition").GetString());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("cells").ValueKind);
    }

    [Fact]
    public void Parse_EmptyFile_PrintsDiagnosticsAndExits2()
    {
        using var temp = new TempDir();
        var path = temp.WriteBytes("empty.txt", []);
        var run = CliRunner.Run("parse", path);
        Assert.Equal(ExitCodes.Unreadable, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("PARSE-1", json.RootElement.GetProperty("diagnostics")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Parse_DirectoryOfSeveralReports_IsAUsageError()
    {
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("parse", Repo.Samples).ExitCode);
    }

    [Fact]
    public void Rules_Markdown_IsTheLibraryRendering()
    {
        var run = CliRunner.Run("rules", "--format", "md");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(RulesMarkdown.Render(), run.Out);
    }

    [Fact]
    public void Rules_Markdown_MatchesTheCommittedDocsPage()
    {
        var committed = File.ReadAllText(Path.Combine(Repo.Root, "docs", "rules.md")).ReplaceLineEndings("\n");
        Assert.Equal(RulesMarkdown.Render(), committed);
    }

    [Fact]
    public void Rules_Json_ListsEveryRuleWithItsFields()
    {
        var run = CliRunner.Run("rules", "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.NotEqual(0, r.GetProperty("editions").GetArrayLength()));
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == RuleIds.X1);
    }

    [Fact]
    public void Rules_Text_HasOneLinePerRule()
    {
        var run = CliRunner.Run("rules", "--lang", "en");
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(RuleCatalog.All.Count, lines.Length);
        Assert.StartsWith("T3-F1", lines[0], StringComparison.Ordinal);
        Assert.Contains("New plus carried over", lines[0], StringComparison.Ordinal);
    }
}
