using ReportRules.Findings;

namespace ReportRules.Cli.Formatting;

/// <summary>
/// Writes a run's output as it streams: <see cref="Begin"/>, one <see cref="WriteReport"/> per input in input order,
/// the cross-report result (pairing summary and findings) when <c>--cross</c> is on, then <see cref="End"/> with the totals.
/// </summary>
internal interface IReportFormatter : IDisposable
{
    void Begin();

    void WriteReport(CheckResult result);

    void WriteCross(Rules.CrossReport.CrossReportResult cross);

    void End(RunSummary summary);
}
