using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Parsing;

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
        return For(options).Check(report);
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

        return For(options).Check(parsed.Report, parsed.Diagnostics);
    }

    internal static CheckResult Check(AnnualReport report, IReadOnlyList<Finding> parseDiagnostics, ReportCheckerOptions options) =>
        For(options).Check(report, parseDiagnostics);

    // The static front door is a thin layer over a checker: the default one is shared, other options build their own
    // (cheap: the built-in validators are shared; only an app's own rules are compiled per checker).
    private static readonly ReportRulesChecker DefaultChecker = new();

    internal static ReportRulesChecker For(ReportCheckerOptions? options) =>
        options is null || ReferenceEquals(options, ReportCheckerOptions.Default) ? DefaultChecker : new ReportRulesChecker(options);
}
