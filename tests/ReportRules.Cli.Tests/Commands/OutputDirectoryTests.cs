using System.Text.Json;
using ReportRules.Cli.Formatting;
using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Commands;

/// <summary><c>--output-dir DIR --format a,b,c</c>: several formats from one run, each input in each format exactly once.</summary>
public sealed class OutputDirectoryTests
{
    [Fact]
    public void Check_SeveralFormats_WritesOneFilePerFormatWithEveryInputOnce()
    {
        using var temp = new TempDir();
        var dir = Path.Combine(temp.Path, "out", "nested");
        var run = CliRunner.Run("check", Repo.Samples, "--output-dir", dir, "--format", "json,csv,html,sarif,jsonl", "--lang", "en");
        Assert.Equal(string.Empty, run.Out);
        var inputs = Directory.GetFiles(Repo.Samples, "*.txt").Length;

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "reportrules.json")));
        Assert.Equal(inputs, json.RootElement.GetProperty("reports").GetArrayLength());
        var csvReportRows = File.ReadAllText(Path.Combine(dir, "reportrules.csv")).Split("\r\n").Count(r => r.StartsWith("report,", StringComparison.Ordinal));
        Assert.Equal(inputs, csvReportRows);
        Assert.Equal(inputs, File.ReadAllLines(Path.Combine(dir, "reportrules.jsonl")).Length);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "reportrules.sarif")));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var artifacts = sarif.RootElement.GetProperty("runs")[0].GetProperty("artifacts");
        Assert.Equal(inputs, artifacts.GetArrayLength());
        Assert.All(artifacts.EnumerateArray(), a => Assert.False(string.IsNullOrEmpty(a.GetProperty("properties").GetProperty("outcome").GetString())));
        var html = File.ReadAllText(Path.Combine(dir, "reportrules.html"));
        Assert.Equal(inputs, CountOf(html, "<section class=\"report\""));
    }

    [Fact]
    public void Check_SeveralFormatsWithoutOutputDir_IsAUsageError()
    {
        var run = CliRunner.Run("check", Repo.Samples, "--format", "json,csv");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--output-dir", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OutputAndOutputDirTogether_IsAUsageError()
    {
        using var temp = new TempDir();
        var run = CliRunner.Run("check", Repo.Samples, "--format", "json", "--output", Path.Combine(temp.Path, "a.json"), "--output-dir", temp.Path);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Fact]
    public void Check_UnknownFormatInTheList_IsAUsageErrorNamingIt()
    {
        var run = CliRunner.Run("check", Repo.Samples, "--format", "json,xlsx", "--output-dir", Path.GetTempPath());
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("'xlsx'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FileName_IsReportrulesDotFormat_TextAsTxt()
    {
        Assert.Equal("reportrules.csv", OutputFormat.FileName(OutputFormat.Csv));
        Assert.Equal("reportrules.txt", OutputFormat.FileName(OutputFormat.Text));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
