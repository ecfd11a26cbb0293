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

        // Names vary between years ("洪泽区人民政府" in 2023, "淮安市洪泽区人民政府" in 2024): one name ending with the
        // other names the same agency. Index every suffix of at least MinimumAgencyLength characters, so pairing stays
        // linear in the number of reports.
        var bySuffix = new Dictionary<(string Suffix, int Year), List<string>>();
        foreach (var (agency, year) in byAgencyYear.Keys)
        {
            for (var start = 0; agency.Length - start >= MinimumAgencyLength; start++)
            {
                var key = (agency[start..], year);
                if (!bySuffix.TryGetValue(key, out var names))
                {
                    bySuffix[key] = names = [];
                }

                names.Add(agency);
            }
        }

        foreach (var ((agency, year), current) in byAgencyYear.OrderBy(p => p.Key.Agency, StringComparer.Ordinal).ThenBy(p => p.Key.Year))
        {
            if (PreviousOf(agency, year, byAgencyYear, bySuffix) is not { } previous)
            {
                continue;
            }

            var result = Rules.Validate(new ConsecutiveReports(previous, current));
            findings.AddRange(result.Errors.Select(FailureMapper.MapCross));
        }

        return findings;
    }

    private const int MinimumAgencyLength = 4;

    // The previous year's report of the same agency: the same name, or exactly one name that ends with this one or that
    // this one ends with. Two candidates are ambiguous and pair with nothing.
    private static CrossReportFacts? PreviousOf(
        string agency,
        int year,
        Dictionary<(string Agency, int Year), CrossReportFacts> byAgencyYear,
        Dictionary<(string Suffix, int Year), List<string>> bySuffix)
    {
        if (byAgencyYear.TryGetValue((agency, year - 1), out var same))
        {
            return same;
        }

        var candidates = new HashSet<string>(StringComparer.Ordinal);
        if (bySuffix.TryGetValue((agency, year - 1), out var longer))
        {
            candidates.UnionWith(longer);
        }

        for (var start = 1; agency.Length - start >= MinimumAgencyLength; start++)
        {
            if (byAgencyYear.ContainsKey((agency[start..], year - 1)))
            {
                candidates.Add(agency[start..]);
            }
        }

        return candidates.Count == 1 ? byAgencyYear[(candidates.First(), year - 1)] : null;
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
