using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Hostile;

/// <summary>
/// Issue 13: a rule's catalog text followed the process culture (P3-2 read "0,25" under de_DE), so docs/rules.md
/// differed under tr_TR/de_DE. The catalog, and every output, is the same under any locale and time zone.
/// </summary>
public sealed class LocaleIndependenceTests
{
    [Theory]
    [InlineData("tr_TR.UTF-8")]
    [InlineData("de_DE.UTF-8")]
    public void Rules_UnderAnotherLocale_PrintsDocsRulesMd(string locale)
    {
        var run = CliProcess.Run(new Dictionary<string, string> { ["LC_ALL"] = locale, ["LANG"] = locale }, "rules", "--format", "md");

        Assert.Equal(0, run.ExitCode);
        var expected = File.ReadAllText(Path.Combine(Repo.Root, "docs", "rules.md")).ReplaceLineEndings("\n");
        Assert.Equal(expected.TrimEnd(), run.Out.ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public void Rules_CatalogTextWithNumbers_IsInvariant()
    {
        var run = CliProcess.Run(new Dictionary<string, string> { ["LC_ALL"] = "de_DE.UTF-8", ["LANG"] = "de_DE.UTF-8" }, "rules", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0.25", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("0,25", run.Out, StringComparison.Ordinal);
    }
}
