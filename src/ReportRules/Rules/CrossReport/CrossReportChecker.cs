using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules.Engine;

namespace ReportRules.Rules.CrossReport;

/// <summary>
/// The checks that need several reports: one agency's consecutive years (X-1 … X-5), gaps in its series and
/// aggregates against their parts (P-AGG-1). Reports are paired by agency (see <see cref="AgencyMap"/> and the name
/// normalisation of the architecture notes) and year; the result says which reports were paired and which were not.
/// Thread-safe.
/// </summary>
public static class CrossReportChecker
{
    private static readonly PairRules Pairs = new();
    private static readonly SeriesRules Series = new();
    private static readonly AggregateRules Aggregates = new();

    /// <summary>Checks whole reports across each other.</summary>
    /// <param name="reports">The reports, in any order.</param>
    /// <param name="options">Options (rule selection); <see langword="null"/> for the defaults.</param>
    /// <returns>The cross-report findings, each with the later report's <see cref="Finding.Source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    public static IReadOnlyList<Finding> Check(IReadOnlyList<AnnualReport> reports, ReportCheckerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return Run([.. reports.Select(CrossReportFacts.From)], new CrossReportOptions { Checker = options ?? ReportCheckerOptions.Default }).Findings;
    }

    /// <summary>Checks the kept facts of many reports across each other (the batch form: keep only <see cref="CrossReportFacts"/> per report).</summary>
    /// <param name="facts">The facts, in any order; when an agency has two reports for one year, the one printing more table cells is used (the first on a tie).</param>
    /// <param name="options">Options (rule selection); <see langword="null"/> for the defaults.</param>
    /// <returns>The cross-report findings, ordered by agency, year and column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public static IReadOnlyList<Finding> Check(IReadOnlyList<CrossReportFacts> facts, ReportCheckerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Run(facts, new CrossReportOptions { Checker = options ?? ReportCheckerOptions.Default }).Findings;
    }

    /// <summary>Pairs the reports into series, checks them, and says what was paired and compared.</summary>
    /// <param name="facts">The facts of every report, in input order.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    /// <returns>The series, the unpaired reports, the counts and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public static CrossReportResult Run(IReadOnlyList<CrossReportFacts> facts, CrossReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        options ??= CrossReportOptions.Default;
        var checker = options.Checker;
        Func<string, bool> isSelected = checker.IsSelected;
        var (series, unpaired) = SeriesBuilder.Build(facts, options.AgencyMap);
        var findings = new List<Finding>();
        var pairs = 0;
        foreach (var agency in series)
        {
            for (var i = 1; i < agency.Reports.Count; i++)
            {
                var (previous, current) = (agency.Reports[i - 1], agency.Reports[i]);
                if (current.Year - previous.Year != 1)
                {
                    continue;
                }

                pairs++;
                var renamed = IsRenamed(previous, options.AgencyMap) || IsRenamed(current, options.AgencyMap);
                findings.AddRange(Pairs.Validate(new ConsecutiveReports(previous, current, isSelected) { Renamed = renamed }).Errors.Select(FailureMapper.MapCross));
            }

            findings.AddRange(Series.Validate(new SeriesToCheck(agency, isSelected)).Errors.Select(FailureMapper.MapCross));
        }

        var aggregates = 0;
        foreach (var group in options.Aggregates.Entries.GroupBy(e => (e.Parent, e.Year)))
        {
            var parent = SeriesBuilder.Find(facts, options.AgencyMap, group.Key.Parent, group.Key.Year);
            var children = group.Select(e => SeriesBuilder.Find(facts, options.AgencyMap, e.Child, e.Year)).ToList();
            if (parent is null || children.Any(c => c is null || ReferenceEquals(c, parent)))
            {
                continue;
            }

            aggregates++;
            findings.AddRange(Aggregates.Validate(new AggregateToCheck(parent, [.. children.Select(c => c!)], isSelected)).Errors.Select(FailureMapper.MapCross));
        }

        return new CrossReportResult(series, unpaired, pairs, aggregates, findings);
    }

    private static bool IsRenamed(CrossReportFacts facts, AgencyMap map) =>
        AgencyNames.Normalize(facts.Agency) is { } name && map.Resolve(name) != name;
}
