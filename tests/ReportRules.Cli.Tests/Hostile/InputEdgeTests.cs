using System.Text.Json;
using ReportRules.Cli.Tests.TestSupport;
using ReportRules.Parsing;

namespace ReportRules.Cli.Tests.Hostile;

/// <summary>Issue 13, smaller edges: hidden files had no entry, the tool re-read its own output, a line limit read as "no table headers".</summary>
public sealed class InputEdgeTests
{
    [Fact]
    public void Check_HiddenFileInAFolder_GetsAnEntry()
    {
        using var temp = new TempDir();
        var sample = File.ReadAllText(Repo.Sample("001"));
        temp.Write("a.txt", sample);
        temp.Write(".hidden.txt", sample);

        var run = CliRunner.Run("check", temp.Path, "--format", "jsonl", "--fail-on", "never");

        var sources = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Path.GetFileName(JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!)).ToList();
        Assert.Equal([".hidden.txt", "a.txt"], sources);
    }

    [Fact]
    public void Check_OutputInsideTheScannedFolder_IsNotReadByTheNextRun()
    {
        using var temp = new TempDir();
        temp.Write("a.txt", File.ReadAllText(Repo.Sample("001")));
        var output = Path.Combine(temp.Path, "findings.txt");

        var first = CliRunner.Run("check", temp.Path, "--output", output, "--fail-on", "never");
        var firstText = File.ReadAllText(output);
        var second = CliRunner.Run("check", temp.Path, "--output", output, "--fail-on", "never");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Equal(firstText, File.ReadAllText(output));
        Assert.DoesNotContain("findings.txt", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReportCutByTheLineLimit_NamesTheLimit()
    {
        // A report after a long preamble: the tables lie beyond the limit.
        var text = string.Concat(Enumerable.Repeat("前言\n", 30)) + File.ReadAllText(Repo.Sample("001"));
        var result = ReportParser.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "long.txt", ReportParserOptions.Default with { MaxLines = 20 });

        Assert.False(result.Success);
        Assert.Contains("only the first 20 lines were read", result.Error, StringComparison.Ordinal);
        Assert.Contains("line limit", result.Error, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.RuleId == Rules.RuleIds.Parse8);
    }
}
