using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Regressions;

/// <summary>
/// <c>check --output-dir DIR --format json,csv</c> where <c>DIR/reportrules.csv</c> was a folder crashed the tool with
/// an unhandled UnauthorizedAccessException (exit 134, a stack trace, the JSON file left open). An output that cannot
/// be written is now a usage error naming the file, and the files already opened are closed.
/// </summary>
public sealed class UnwritableOutputCrashedTests
{
    [Fact]
    public void Check_OutputDirWhereAFileIsAFolder_IsAUsageErrorNamingTheFile()
    {
        using var temp = new TempDir();
        var input = temp.Write("a.txt", File.ReadAllText(Repo.Sample("001")));
        var outDir = Path.Combine(temp.Path, "out");
        var blocked = Path.Combine(outDir, "reportrules.csv");
        Directory.CreateDirectory(blocked);

        var run = CliRunner.Run("check", input, "--output-dir", outDir, "--format", "json,csv");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("reportrules: cannot write '" + blocked + "'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);

        // The JSON writer opened before the failure was closed: the file can be deleted and rewritten at once.
        var json = Path.Combine(outDir, "reportrules.json");
        using (var again = new FileStream(json, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            again.WriteByte((byte)'x');
        }
    }

    [Fact]
    public void Check_OutputDirUnderAFile_IsAUsageErrorNamingTheFolder()
    {
        using var temp = new TempDir();
        var input = temp.Write("a.txt", File.ReadAllText(Repo.Sample("001")));
        var file = temp.Write("plain", "x");

        var run = CliRunner.Run("check", input, "--output-dir", Path.Combine(file, "sub"), "--format", "json,csv");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--output-dir", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
