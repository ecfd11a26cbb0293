using System.Text.RegularExpressions;
using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Html;

/// <summary>
/// The HTML report in a real headless Chromium, offline: its filters run and hide what they should, and the address
/// may preset them. With REPORTRULES_REGENERATE_DOCS=1 it also refreshes the screenshots in docs/images.
/// </summary>
public sealed class HtmlInChromiumTests : IClassFixture<HtmlInChromiumTests.Page>
{
    private readonly Page page;

    public HtmlInChromiumTests(Page page) => this.page = page;

    [Fact]
    public void NoFilter_ShowsEveryFinding()
    {
        var dom = Chromium.DumpDom(page.File);
        Assert.Equal(page.Total, Shown(dom));
        Assert.DoesNotContain("class=\"finding error off\"", dom, StringComparison.Ordinal);
    }

    [Fact]
    public void SeverityFilterInTheAddress_ShowsOnlyErrorsAndUnmarksOtherCells()
    {
        var dom = Chromium.DumpDom(page.File, "#sev=error");
        Assert.Equal(page.Errors, Shown(dom));
        Assert.Contains("class=\"finding info off\"", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"finding error off\"", dom, StringComparison.Ordinal);
        // A cell marked only by an info finding is unmarked; a cell of a failing sum stays marked.
        Assert.Matches("<td class=\"[^\"]*info[^\"]* off\"", dom);
        Assert.Matches("<td class=\"number err\" data-f", dom);
    }

    [Fact]
    public void RuleFilterInTheAddress_ShowsOnlyThatRule()
    {
        var dom = Chromium.DumpDom(page.File, "#rule=T4-F1");
        Assert.Equal(page.T4F1, Shown(dom));
        Assert.True(page.T4F1 > 0);
        Assert.Contains("class=\"finding error off\" data-sev=\"error\" data-rule=\"T4-F3\"", dom, StringComparison.Ordinal);
    }

    private static int Shown(string dom)
    {
        var match = Regex.Match(dom, "<body[^>]* data-shown=\"(\\d+)\"", RegexOptions.None, TimeSpan.FromSeconds(5));
        Assert.True(match.Success, "the page's script did not run: body has no data-shown. DOM starts: " + dom[..Math.Min(300, dom.Length)]);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>One report page for all the tests: Hongze 2023 (two Table 4 errors) and sample 001 (a warning, infos).</summary>
    public sealed class Page : IDisposable
    {
        private readonly TempDir temp = new();

        public Page()
        {
            var hongze = Repo.Corpus("peer_hongze_district_2023.pdf");
            File = System.IO.Path.Combine(temp.Path, "report.html");
            var run = CliRunner.Run("check", hongze, Repo.Sample("001"), "--format", "html", "--output", File, "--fail-on", "never");
            Assert.Equal(ExitCodes.Success, run.ExitCode);
            var findings = new[] { hongze, Repo.Sample("001") }.SelectMany(p => ReportRules.Documents.DocumentChecker.CheckFile(p).Findings).ToList();
            Total = findings.Count;
            Errors = findings.Count(f => f.Severity == ReportRules.Findings.FindingSeverity.Error);
            T4F1 = findings.Count(f => f.RuleId == "T4-F1");
            if (Environment.GetEnvironmentVariable("REPORTRULES_REGENERATE_DOCS") == "1")
            {
                RegenerateScreenshots(hongze);
            }
        }

        public string File { get; }

        public int Total { get; }

        public int Errors { get; }

        public int T4F1 { get; }

        public void Dispose() => temp.Dispose();

        // docs/images: the Chinese and the English page of one report with errors, the first screen and Table 4.
        private void RegenerateScreenshots(string report)
        {
            foreach (var language in new[] { "zh", "en" })
            {
                var html = System.IO.Path.Combine(temp.Path, $"shot-{language}.html");
                CliRunner.Run("check", report, "--format", "html", "--output", html, "--lang", language, "--fail-on", "never");
                Chromium.Screenshot(html, System.IO.Path.Combine(Repo.Root, "docs", "images", $"html-report-{language}.png"), 1280, 2400);
            }
        }
    }
}
