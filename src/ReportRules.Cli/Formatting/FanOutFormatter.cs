using ReportRules.Findings;

namespace ReportRules.Cli.Formatting;

/// <summary>
/// Several formats from one run (<c>--output-dir DIR --format json,csv,html</c>): every call goes to each formatter in
/// turn, so every format sees the same reports in the same order and the inputs are checked once.
/// </summary>
internal sealed class FanOutFormatter(IReadOnlyList<IReportFormatter> formatters) : IReportFormatter
{
    public void Begin()
    {
        foreach (var formatter in formatters)
        {
            formatter.Begin();
        }
    }

    public void WriteReport(CheckResult result)
    {
        foreach (var formatter in formatters)
        {
            formatter.WriteReport(result);
        }
    }

    public void WriteCross(Rules.CrossReport.CrossReportResult cross)
    {
        foreach (var formatter in formatters)
        {
            formatter.WriteCross(cross);
        }
    }

    public void End(RunSummary summary)
    {
        foreach (var formatter in formatters)
        {
            formatter.End(summary);
        }
    }

    public void Dispose()
    {
        foreach (var formatter in formatters)
        {
            formatter.Dispose();
        }
    }
}
