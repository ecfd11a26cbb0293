using System.Text.Json;
using ReportRules.Cli.Formatting;
using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Hostile;

/// <summary>
/// Issue 13: a file named <c>@notes.txt</c> (found by a shell glob) was read as a response file, its words becoming
/// options; <c>--jobs 1073741824</c> crashed; payloads in file names and titles reached the terminal raw.
/// </summary>
public sealed class ArgumentInjectionTests
{
    [Fact]
    public void Check_AtFileName_IsAReportNotAResponseFile()
    {
        // The glob gives '@<name>.txt' relative to the working folder; '<name>.txt' holds options.
        var name = "rr-at-" + Guid.NewGuid().ToString("N") + ".txt";
        var options = Path.Combine(Environment.CurrentDirectory, name);
        var report = Path.Combine(Environment.CurrentDirectory, "@" + name);
        File.WriteAllText(options, "--help\n--output /tmp/owned.txt\n--fail-on never\n");
        File.Copy(Repo.Sample("001"), report);
        try
        {
            var run = CliRunner.Run("check", "@" + name, "--format", "jsonl");

            var line = Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            using var json = JsonDocument.Parse(line);
            Assert.Equal("@" + name, json.RootElement.GetProperty("source").GetString());
            Assert.Equal("checked", json.RootElement.GetProperty("status").GetString());
            Assert.NotEqual(ExitCodes.Usage, run.ExitCode);
        }
        finally
        {
            File.Delete(options);
            File.Delete(report);
        }
    }

    [Fact]
    public void Check_AtNameOfAMissingFile_IsAMissingInputNotOptions()
    {
        var run = CliRunner.Run("check", "@/etc/hostname", "--format", "jsonl", "--fail-on", "never");

        using var json = JsonDocument.Parse(run.Out.Trim());
        Assert.Equal("@/etc/hostname", json.RootElement.GetProperty("source").GetString());
        Assert.Equal("unreadable", json.RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("257")]
    [InlineData("1073741824")]
    [InlineData("2147483647")]
    [InlineData("-1")]
    public void Check_JobsOutOfRange_IsAUsageError(string jobs)
    {
        var run = CliRunner.Run("check", Repo.Sample("001"), "--jobs", jobs);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--jobs must be between 1 and 256.", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Check_JobsAtTheMaximum_Runs()
    {
        var run = CliRunner.Run("check", Repo.Sample("001"), "--jobs", "256", "--format", "jsonl", "--fail-on", "never");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public void Check_PayloadInFileNameAndTitle_TextAndCsvShowEscapes()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows file names cannot hold control characters
        }

        using var temp = new TempDir();
        var sample = File.ReadAllText(Repo.Sample("001"));
        var title = "株洲市芦淞区人民政府2019年政府信息公开年度报告";
        temp.Write("\u001b]0;pwned\u0007\u001b[2J=x\n  error forged\u202Etxt.md", sample.Replace(title, "=HYPERLINK(\"http://e\")\u001b[31m\u202E" + title, StringComparison.Ordinal));

        foreach (var format in new[] { OutputFormat.Text, OutputFormat.Csv, OutputFormat.Html })
        {
            var run = CliRunner.Run("check", temp.Path, "--format", format, "--fail-on", "never");

            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.DoesNotContain(run.Out.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal), OutputSafety.IsUnsafe);
            Assert.Contains("\\u001B]0;pwned\\u0007\\u001B[2J=x\\u000A  error forged\\u202Etxt.md", run.Out, StringComparison.Ordinal);
        }
    }
}
