using Microsoft.Extensions.Logging.Abstractions;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Parsing;
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

    /// <summary>
    /// Checks a parsed input, keeping its parse diagnostics (<c>PARSE-n</c> findings) among the findings.
    /// An input that could not be read at all becomes an unreadable result carrying the parser's error.
    /// </summary>
    /// <param name="parsed">The parse result, from <see cref="ReportParser"/> or any reader that returns one.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    /// <returns>The findings and what was evaluated; <see cref="CheckStatus.Unreadable"/> when no report was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parsed"/> is null.</exception>
    public static CheckResult Check(ParseResult parsed, ReportCheckerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.Report is null)
        {
            return CheckResult.Unreadable(parsed.Source, parsed.Error ?? $"{parsed.Source}: the input could not be read", parsed.Diagnostics);
        }

        return Check(parsed.Report, parsed.Diagnostics, options ?? ReportCheckerOptions.Default);
    }

    internal static CheckResult Check(AnnualReport report, IReadOnlyList<Finding> parseDiagnostics, ReportCheckerOptions options)
    {
        var logger = options.Logger ?? NullLogger.Instance;
        var outOfRange = new List<Finding>();
        report = GuardRange(report, outOfRange);
        var (findings, tally) = RuleRunner.Run(report, options.IsSelected, logger);
        var all = RuleRunner.Order(parseDiagnostics.Concat(outOfRange).Where(d => options.IsSelected(d.RuleId)).Concat(findings), report.Edition);
        return new CheckResult(report.Metadata.Source, CheckStatus.Checked, null, report, all, tally);
    }
}
