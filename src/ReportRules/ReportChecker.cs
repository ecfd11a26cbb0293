using Microsoft.Extensions.Logging.Abstractions;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules.Engine;

namespace ReportRules;

/// <summary>
/// The front door: check a report and get its findings. Thread-safe; the validators are built once.
/// </summary>
public static partial class ReportChecker
{
    /// <summary>Checks a report that is already in memory (built in code or parsed).</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    /// <returns>The findings and what was evaluated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static CheckResult Check(AnnualReport report, ReportCheckerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Check(report, [], options ?? ReportCheckerOptions.Default);
    }

    internal static CheckResult Check(AnnualReport report, IReadOnlyList<Finding> parseDiagnostics, ReportCheckerOptions options)
    {
        var logger = options.Logger ?? NullLogger.Instance;
        var (findings, tally) = RuleRunner.Run(report, options.IsSelected, logger);
        var all = RuleRunner.Order(parseDiagnostics.Where(d => options.IsSelected(d.RuleId)).Concat(findings), report.Edition);
        return new CheckResult(report.Metadata.Source, CheckStatus.Checked, null, report, all, tally);
    }
}
