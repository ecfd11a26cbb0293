using ReportRules.Findings;

namespace ReportRules.Rules.CrossReport;

/// <summary>One agency's reports paired into a series (two or more years).</summary>
/// <param name="Agency">The agency, as printed in its latest report.</param>
/// <param name="Reports">The reports, one per year, oldest first.</param>
public sealed record AgencySeries(string Agency, IReadOnlyList<CrossReportFacts> Reports)
{
    /// <summary>Gets the years of the series, oldest first.</summary>
    public IEnumerable<int> Years => Reports.Select(r => r.Year!.Value);
}

/// <summary>Why a report takes part in no series.</summary>
public enum UnpairedReason
{
    /// <summary>No agency name was found in the report.</summary>
    NoAgency = 0,

    /// <summary>No report year was found.</summary>
    NoYear = 1,

    /// <summary>No other year of the agency is among the inputs.</summary>
    OnlyYear = 2,

    /// <summary>The name could belong to more than one agency of the inputs (listed as candidates).</summary>
    Ambiguous = 3,

    /// <summary>Another report of the same agency and year is used (the one printing more table cells, else the first).</summary>
    DuplicateYear = 4,
}

/// <summary>A report left out of every series, and why.</summary>
/// <param name="Source">The report's source.</param>
/// <param name="Agency">The agency as printed, when found.</param>
/// <param name="Year">The year, when found.</param>
/// <param name="Reason">Why it was not paired.</param>
public sealed record UnpairedReport(string? Source, string? Agency, int? Year, UnpairedReason Reason)
{
    /// <summary>Gets the agencies an ambiguous name could belong to.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];
}

/// <summary>Options of the cross-report checks.</summary>
public sealed record CrossReportOptions
{
    /// <summary>Gets the default options.</summary>
    public static CrossReportOptions Default { get; } = new();

    /// <summary>Gets the rule selection.</summary>
    public ReportCheckerOptions Checker { get; init; } = ReportCheckerOptions.Default;

    /// <summary>Gets the names of renamed agencies.</summary>
    public AgencyMap AgencyMap { get; init; } = AgencyMap.Empty;

    /// <summary>Gets which reports make up an aggregate (P-AGG-1).</summary>
    public AggregateManifest Aggregates { get; init; } = AggregateManifest.Empty;
}

/// <summary>What the cross-report checks did: the series found, the reports left unpaired, and the findings.</summary>
public sealed class CrossReportResult
{
    internal CrossReportResult(IReadOnlyList<AgencySeries> series, IReadOnlyList<UnpairedReport> unpaired, int pairsCompared, int aggregatesCompared, IReadOnlyList<Finding> findings)
    {
        Series = series;
        Unpaired = unpaired;
        PairsCompared = pairsCompared;
        AggregatesCompared = aggregatesCompared;
        Findings = findings;
    }

    /// <summary>Gets the series (agencies with two or more years), ordered by agency.</summary>
    public IReadOnlyList<AgencySeries> Series { get; }

    /// <summary>Gets the reports in no series, in input order.</summary>
    public IReadOnlyList<UnpairedReport> Unpaired { get; }

    /// <summary>Gets how many reports are in a series.</summary>
    public int ReportsPaired => Series.Sum(s => s.Reports.Count);

    /// <summary>Gets how many pairs of consecutive years were compared.</summary>
    public int PairsCompared { get; }

    /// <summary>Gets how many aggregates of the manifest were compared with their parts.</summary>
    public int AggregatesCompared { get; }

    /// <summary>Gets the cross-report findings, ordered by agency and year.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets whether anything was compared at all (a pair or an aggregate): without it, no finding means nothing.</summary>
    public bool ComparedAnything => PairsCompared > 0 || AggregatesCompared > 0;

    /// <summary>Gets a one-line summary, e.g. "3 reports paired into 1 series (2 pairs compared); 1 unpaired".</summary>
    /// <param name="language"><c>zh</c> or <c>en</c>.</param>
    /// <returns>The summary.</returns>
    public string Describe(string language = "zh")
    {
        var english = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        var text = english
            ? $"{ReportsPaired} reports paired into {Series.Count} series ({PairsCompared} consecutive pairs compared); {Unpaired.Count} reports unpaired"
            : $"{ReportsPaired} 份报告配成 {Series.Count} 个系列（比较相邻年度 {PairsCompared} 对）；{Unpaired.Count} 份报告未配对";
        if (AggregatesCompared > 0)
        {
            text += english ? $"; {AggregatesCompared} aggregates compared" : $"；比较汇总报告 {AggregatesCompared} 份";
        }

        return text;
    }

    /// <summary>Gets the reason as a short text.</summary>
    /// <param name="report">The unpaired report.</param>
    /// <param name="language"><c>zh</c> or <c>en</c>.</param>
    /// <returns>The text.</returns>
    public static string DescribeReason(UnpairedReport report, string language = "zh")
    {
        ArgumentNullException.ThrowIfNull(report);
        var english = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        var candidates = string.Join(english ? ", " : "、", report.Candidates);
        return report.Reason switch
        {
            UnpairedReason.NoAgency => english ? "no agency name found" : "未识别出机关名称",
            UnpairedReason.NoYear => english ? "no report year found" : "未识别出报告年度",
            UnpairedReason.OnlyYear => english ? "no other year of this agency among the inputs" : "输入中没有该机关其他年度的报告",
            UnpairedReason.Ambiguous => english ? $"the name could be any of: {candidates}" : $"名称可能属于：{candidates}",
            _ => english ? "another report of the same agency and year is used (the one with more table cells, else the first)" : "同一机关同一年度另有一份报告（表格单元格更多者，或在前者）被采用",
        };
    }
}
