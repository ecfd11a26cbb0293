using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules;

namespace ReportRules;

/// <summary>
/// Checks reports: the service an app injects (<c>services.AddReportRules()</c>) or mocks in its tests.
/// Implementations are thread-safe. Bad input never throws: it is a result with <see cref="CheckStatus.Unreadable"/>.
/// </summary>
public interface IReportChecker
{
    /// <summary>Gets every rule this checker runs, in catalog order: the built-in rules, then the app's own.</summary>
    IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Checks a report that is already in memory (built in code or parsed).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The findings and what was evaluated.</returns>
    CheckResult Check(AnnualReport report);

    /// <summary>Parses report text and checks it.</summary>
    /// <param name="text">The report text.</param>
    /// <param name="source">A name for the source, shown in findings.</param>
    /// <returns>The findings (parse diagnostics included).</returns>
    CheckResult CheckText(string text, string? source = null);

    /// <summary>Reads a report of any supported format from a stream, parses and checks it.</summary>
    /// <param name="stream">The stream; read to its end.</param>
    /// <param name="source">A name for the source, shown in findings.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The findings (parse diagnostics included); an unreadable input has status <see cref="CheckStatus.Unreadable"/>.</returns>
    Task<CheckResult> CheckAsync(Stream stream, string? source = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a report file of any supported format, parses and checks it.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The findings (parse diagnostics included); a missing or unreadable file has status <see cref="CheckStatus.Unreadable"/> and names the file.</returns>
    Task<CheckResult> CheckAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks many report files, several at once (at most <see cref="ReportCheckerOptions.MaxDegreeOfParallelism"/>),
    /// and yields the results in input order as they complete.
    /// </summary>
    /// <param name="paths">The file paths; enumerated lazily.</param>
    /// <param name="cancellationToken">Cancels the checks not yet finished.</param>
    /// <returns>One result per path, in the order of <paramref name="paths"/>.</returns>
    IAsyncEnumerable<CheckResult> CheckManyAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default);
}
