using System.Globalization;
using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Cli.Formatting;

/// <summary>
/// Readable output grouped by report; ANSI colours only when allowed (terminal, NO_COLOR unset). Text from inputs
/// shows its control and bidi characters as escapes (<see cref="OutputSafety"/>): only the tool writes escapes.
/// </summary>
internal sealed class TextFormatter(TextWriter output, FormatterSettings settings) : IReportFormatter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Dim = "\u001b[2m";

    private bool English => settings.Language == "en";

    public void Begin()
    {
    }

    public void WriteReport(CheckResult result)
    {
        if (result.Status == CheckStatus.Unreadable)
        {
            output.WriteLine($"{Paint(Bold, V(result.Source) ?? "?")}  {Paint(Red, English ? "UNREADABLE" : "无法读取")}: {V(result.Error)}");
            output.WriteLine();
            return;
        }

        var metadata = result.Report?.Metadata;
        var header = string.Join("  ", new[]
        {
            metadata?.Edition.ToId(),
            metadata?.Agency,
            metadata?.Year?.ToString(CultureInfo.InvariantCulture),
        }.Where(s => !string.IsNullOrEmpty(s)));
        output.WriteLine($"{Paint(Bold, V(result.Source) ?? "?")}  {V(header)}");
        foreach (var finding in result.Findings)
        {
            WriteFinding(finding);
        }

        var counts = English
            ? $"{result.RulesEvaluated} rules evaluated, {result.RulesPassed} passed, {result.RulesNotApplicable} not applicable; {Counts(result.Count(FindingSeverity.Error), result.Count(FindingSeverity.Warning), result.Count(FindingSeverity.Info))}"
            : $"评估规则 {result.RulesEvaluated} 条，通过 {result.RulesPassed} 条，不适用 {result.RulesNotApplicable} 条；{Counts(result.Count(FindingSeverity.Error), result.Count(FindingSeverity.Warning), result.Count(FindingSeverity.Info))}";
        output.WriteLine("  " + Paint(Dim, counts));
        if (result.Outcome == CheckOutcome.NotChecked)
        {
            // Zero findings here does not mean clean: say so, as the CSV and HTML outputs do.
            output.WriteLine("  " + Paint(Yellow, OutcomeText.Line(result.Outcome, English)));
        }

        output.WriteLine();
    }

    public void WriteCross(Rules.CrossReport.CrossReportResult cross)
    {
        var language = English ? "en" : "zh";
        output.WriteLine(Paint(Bold, English ? "Cross-report checks" : "跨报告核对"));
        output.WriteLine("  " + cross.Describe(language));
        foreach (var series in cross.Series)
        {
            output.WriteLine("  " + Paint(Dim, (English ? "series: " : "系列：") + series.Agency + " " + CrossSummary.Years(series)));
        }

        foreach (var unpaired in cross.Unpaired)
        {
            output.WriteLine("  " + Paint(Dim, (English ? "unpaired: " : "未配对：") + (unpaired.Source ?? "?") + " — " + Rules.CrossReport.CrossReportResult.DescribeReason(unpaired, language)));
        }

        var findings = cross.Findings;
        if (findings.Count == 0)
        {
            output.WriteLine("  " + CrossSummary.NothingFound(cross, English));
        }

        foreach (var finding in findings)
        {
            output.WriteLine("  " + (V(finding.Source) ?? "?"));
            WriteFinding(finding);
        }

        output.WriteLine();
    }

    public void End(RunSummary summary)
    {
        var text = English
            ? $"{summary.Reports} reports: {Counts(summary.Errors, summary.Warnings, summary.Infos)}, {summary.Unreadable} unreadable"
            : $"共 {summary.Reports} 份报告：{Counts(summary.Errors, summary.Warnings, summary.Infos)}，{summary.Unreadable} 份无法读取";
        output.WriteLine(Paint(Bold, text));
        output.Flush();
    }

    public void Dispose()
    {
    }

    private void WriteFinding(Finding finding)
    {
        var (label, color) = finding.Severity switch
        {
            FindingSeverity.Error => ("error  ", Red),
            FindingSeverity.Warning => ("warning", Yellow),
            _ => ("info   ", Cyan),
        };
        var where = finding.Location is { } location ? $" {(English ? "line" : "行")} {location.Line.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        var scope = finding.Scope is null ? string.Empty : $" [{V(finding.Scope)}]";
        var head = finding.RuleId + scope + where;
        output.WriteLine($"  {Paint(color, label)} {head,-22} {V(finding.GetMessage(settings.Language))}");
    }

    private string Counts(int errors, int warnings, int infos) => English
        ? $"{errors} errors, {warnings} warnings, {infos} infos"
        : $"错误 {errors} 个，警告 {warnings} 个，提示 {infos} 个";

    // Input text (names, titles, quoted sentences) never reaches the terminal with its control or bidi characters.
    private static string? V(string? text) => OutputSafety.Visible(text);

    private string Paint(string color, string text) => settings.Color ? color + text + Reset : text;
}
