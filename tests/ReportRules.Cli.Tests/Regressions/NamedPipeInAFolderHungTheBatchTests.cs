using System.Diagnostics;
using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Regressions;

/// <summary>
/// A named pipe (FIFO) with a report extension inside a searched folder used to hang <c>check</c> for ever: opening a
/// pipe blocks until a writer appears. Found files of 0 bytes are no longer opened.
/// </summary>
public sealed class NamedPipeInAFolderHungTheBatchTests
{
    [Fact]
    public void Check_NamedPipeInAFolder_IsUnreadableAndTheBatchFinishes()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no mkfifo; Windows named pipes do not live in folders
        }

        using var temp = new TempDir();
        var report = temp.Write("a.txt", File.ReadAllText(Repo.Sample("001")));
        var pipe = Path.Combine(temp.Path, "b.txt");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var run = CliRunner.Run("check", temp.Path, "--format", "jsonl", "--fail-on", "never");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(report, lines[0], StringComparison.Ordinal);
        Assert.Contains("\"status\":\"checked\"", lines[0], StringComparison.Ordinal);
        Assert.Contains(pipe, lines[1], StringComparison.Ordinal);
        Assert.Contains("\"status\":\"unreadable\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("named pipe", lines[1], StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Unreadable, run.ExitCode);
    }

    [Fact]
    public void Check_EmptyFileInAFolder_IsUnreadableNamingTheFile()
    {
        using var temp = new TempDir();
        var empty = temp.WriteBytes("empty.txt", []);

        var run = CliRunner.Run("check", temp.Path, "--format", "jsonl");

        Assert.Contains(empty + ": the file is empty", run.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Unreadable, run.ExitCode);
    }
}
