using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests;

public sealed class ProgramTests
{
    [Fact]
    public void Run_Help_ListsCommandsAndExitsZero()
    {
        var run = CliRunner.Run("--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("check", run.Out, StringComparison.Ordinal);
        Assert.Contains("parse", run.Out, StringComparison.Ordinal);
        Assert.Contains("rules", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_NamesTheCommandUsersType()
    {
        var run = CliRunner.Run("--help");
        Assert.Contains("reportrules [command]", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("ReportRules.Cli", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CheckHelp_ListsEveryOptionOfTheContract()
    {
        var run = CliRunner.Run("check", "--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var option in new[] { "--format", "--output", "--edition", "--fail-on", "--lang", "--rules", "--exclude-rules", "--jobs", "--cross" })
        {
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_Version_PrintsTheToolVersion()
    {
        var run = CliRunner.Run("--version");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(ToolInfo.Version, run.Out.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out);
    }

    [Theory]
    [InlineData("")]
    [InlineData("check")]
    [InlineData("check --bogus x.txt")]
    [InlineData("check --format xml x.txt")]
    [InlineData("check --fail-on sometimes x.txt")]
    [InlineData("check --edition gb1999 x.txt")]
    [InlineData("check --lang fr x.txt")]
    [InlineData("check --jobs 0 x.txt")]
    [InlineData("check --rules T3-F1,NOPE-9 x.txt")]
    [InlineData("frobnicate")]
    [InlineData("parse")]
    [InlineData("rules --format yaml")]
    public void Run_UsageError_Exits64WithMessageOnStandardError(string commandLine)
    {
        var run = CliRunner.Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.NotEqual(string.Empty, run.Error.Trim());
        Assert.Equal(string.Empty, run.Out);
    }
}
