using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules.Engine;

namespace ReportRules.Rules.CrossReport;

/// <summary>
/// The checks that need several reports (X-1: one agency's consecutive years). Reports are matched by agency name
/// (whitespace ignored) and year; a report without agency or year takes part in no pair. Thread-safe.
/// </summary>
public static class CrossReportChecker
{
    private static readonly CarryOverRules Rules = new();

    /// <summary>Checks whole reports across each other.</summary>
    /// <param name="reports">The reports, in any order.</param>
    /// <param name="options">Options (rule selection); <see langword="null"/> for the defaults.</param>
    /// <returns>The cross-report findings, each with the later report's <see cref="Finding.Source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    public static IReadOnlyList<Finding> Check(IReadOnlyList<AnnualReport> reports, ReportCheckerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return Check([.. reports.Select(CrossReportFacts.From)], options);
    }

    /// <summary>Checks the kept facts of many reports across each other (the batch form: keep only <see cref="CrossReportFacts"/> per report).</summary>
    /// <param name="facts">The facts, in any order; when an agency has two reports for one year, the first is used.</param>
    /// <param name="options">Options (rule selection); <see langword="null"/> for the defaults.</param>
    /// <returns>The cross-report findings, ordered by agency, year and column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public static IReadOnlyList<Finding> Check(IReadOnlyList<CrossReportFacts> facts, ReportCheckerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        options ??= ReportCheckerOptions.Default;
        var findings = new List<Finding>();
        if (!options.IsSelected(RuleIds.X1))
        {
            return findings;
        }

        var byAgencyYear = new Dictionary<(string Agency, int Year), CrossReportFacts>();
        foreach (var item in facts)
        {
            if (AgencyKey(item.Agency) is { } agency && item.Year is { } year)
            {
                byAgencyYear.TryAdd((agency, year), item);
            }
        }

        foreach (var ((agency, year), current) in byAgencyYear.OrderBy(p => p.Key.Agency, StringComparer.Ordinal).ThenBy(p => p.Key.Year))
        {
            if (!byAgencyYear.TryGetValue((agency, year - 1), out var previous))
            {
                continue;
            }

            var result = Rules.Validate(new ConsecutiveReports(previous, current));
            findings.AddRange(result.Errors.Select(FailureMapper.MapCross));
        }

        return findings;
    }

    private static string? AgencyKey(string? agency)
    {
        if (string.IsNullOrWhiteSpace(agency))
        {
            return null;
        }

        return string.Concat(agency.Where(c => !char.IsWhiteSpace(c)));
    }
}
