using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Regressions;

/// <summary>
/// A link back up inside a searched folder (top/loop → top) made the search list top/y.txt, top/loop/y.txt,
/// top/loop/loop/y.txt … about 40 times, until the system refused the path; two such links made it exponential.
/// A folder reached again by its resolved path is no longer entered; a link to another folder is still followed.
/// The same held for globs with <c>**</c>.
/// </summary>
public sealed class DirectoryLinkLoopCheckedReportsAtEveryLevelTests
{
    [Theory]
    [InlineData("")]
    [InlineData("/**/*.txt")]
    public void Check_FolderOrGlobWithLinksBackUp_ChecksEachReportOnceAndFollowsOtherLinks(string glob)
    {
        using var temp = new TempDir();
        var top = Path.Combine(temp.Path, "top");
        var elsewhere = Path.Combine(temp.Path, "elsewhere");
        var sample = File.ReadAllText(Repo.Sample("001"));
        temp.Write("top/y.txt", sample);
        temp.Write("elsewhere/x.txt", sample);
        Directory.CreateSymbolicLink(Path.Combine(top, "loop"), top);
        Directory.CreateSymbolicLink(Path.Combine(top, "again"), top);
        Directory.CreateSymbolicLink(Path.Combine(top, "link"), elsewhere);

        var run = CliRunner.Run("check", top + glob, "--format", "jsonl", "--fail-on", "never");

        var sources = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("source").GetString()!)
            .Select(source => Path.GetRelativePath(top, source).Replace('\\', '/'))
            .ToList();
        Assert.Equal(["link/x.txt", "y.txt"], sources);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }
}
