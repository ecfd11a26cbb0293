using System.Text;
using System.Text.RegularExpressions;
using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Regressions;

/// <summary>
/// With reports and the progress bar on the same terminal, the bar used to stay on the line where the next report
/// was printed ("[######......] 3/5/tmp/x.txt gb2019 …"). The bar is now erased before each report.
/// </summary>
public sealed partial class ProgressBarMixedIntoReportTextTests
{
    [Fact]
    public void Check_ReportsAndBarOnOneTerminal_NoLineHoldsTheBarAndReportText()
    {
        var screen = CliRunner.RunOnTerminal("check", Repo.Samples, "--lang", "en");

        var lines = Render(screen);
        Assert.Contains(lines, l => l.Contains("000_7f61c65fd34ee391.txt", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => Bar().IsMatch(l));
        Assert.Matches(Bar(), screen); // the bar was drawn, and erased before each report
    }

    // What a terminal shows: '\r' moves back to the start of the line and later characters overwrite earlier ones.
    private static List<string> Render(string screen)
    {
        var lines = new List<string>();
        foreach (var raw in screen.Split('\n'))
        {
            var line = new StringBuilder();
            var cursor = 0;
            foreach (var c in raw)
            {
                if (c == '\r')
                {
                    cursor = 0;
                    continue;
                }

                if (cursor < line.Length)
                {
                    line[cursor] = c;
                }
                else
                {
                    line.Append(c);
                }

                cursor++;
            }

            lines.Add(line.ToString().TrimEnd());
        }

        return lines;
    }

    [GeneratedRegex(@"\[[#.]{30}\] \d+/\d+")]
    private static partial Regex Bar();
}
