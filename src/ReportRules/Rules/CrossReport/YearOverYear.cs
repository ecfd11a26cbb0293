using ReportRules.Model;
using ReportRules.Rules.Engine;

namespace ReportRules.Rules.CrossReport;

/// <summary>A key figure of the year-over-year view.</summary>
/// <param name="Id">The stable id (JSON and CSV), e.g. <c>newReceived</c>.</param>
/// <param name="TitleZh">The Chinese title.</param>
/// <param name="TitleEn">The English title.</param>
/// <param name="IsPercent">Whether the figure is a percentage (its change is in percentage points).</param>
public sealed record KeyFigure(string Id, string TitleZh, string TitleEn, bool IsPercent);

/// <summary>One report's key figures in a series, with the change from the year before.</summary>
/// <param name="Year">The report year.</param>
/// <param name="Source">The report's source.</param>
/// <param name="Edition">The report's edition.</param>
/// <param name="Values">The figures by id; <see langword="null"/> when the report does not print them (absent, blank, unreadable).</param>
/// <param name="Changes">The change from the report of the year before, by id; <see langword="null"/> without that report or either value.</param>
public sealed record YearFigures(int Year, string? Source, ReportEdition Edition, IReadOnlyDictionary<string, decimal?> Values, IReadOnlyDictionary<string, decimal?> Changes);

/// <summary>One agency's key figures by year.</summary>
/// <param name="Agency">The agency, as printed in its latest report.</param>
/// <param name="Years">The years, oldest first.</param>
public sealed record SeriesFigures(string Agency, IReadOnlyList<YearFigures> Years);

/// <summary>The year-over-year view: the key figures of each series, and how the reports were paired.</summary>
/// <param name="Series">The series, ordered by agency.</param>
/// <param name="Pairing">The pairing (series, unpaired reports) the view is built on.</param>
public sealed record YearOverYearView(IReadOnlyList<SeriesFigures> Series, CrossReportResult Pairing);

/// <summary>
/// Per series, the key figures by year (new applications, results by kind, carried forward, reviews and suits, the
/// corrected rate) with the change from the year before: the library call behind <c>reportrules compare</c>.
/// A figure is read with the blank policy of the rules: a figure whose cells are absent, unreadable or all blank is
/// not shown; blanks beside numbers count as 0.
/// </summary>
public static class YearOverYear
{
    private static readonly string[] Denied = ["StateSecret", "LawProhibited", "SecurityStability", "ThirdPartyRights", "InternalAffairs", "ProcessInfo", "EnforcementFile", "AdminQuery"];
    private static readonly string[] Unable = ["NotHeld", "NeedsCreation", "StillUnclear"];
    private static readonly string[] NotProcessed = ["Petition", "Duplicate", "Publication", "MassRepeated", "ConfirmOrReissue"];
    private static readonly string[] CaseGroups = ["Review", "Lit.Direct", "Lit.AfterReview"];

    /// <summary>Gets the key figures, in display order.</summary>
    public static IReadOnlyList<KeyFigure> Figures { get; } =
    [
        new("newReceived", "本年新收申请", "New applications", false),
        new("granted", "予以公开", "Granted", false),
        new("partlyGranted", "部分公开", "Partly granted", false),
        new("denied", "不予公开", "Denied", false),
        new("unable", "无法提供", "Unable to provide", false),
        new("notProcessed", "不予处理", "Not processed", false),
        new("other", "其他处理", "Other handling", false),
        new("resultsTotal", "办理结果总计", "Results total", false),
        new("carriedForward", "结转下年度", "Carried forward", false),
        new("reviews", "行政复议", "Administrative reviews", false),
        new("suits", "行政诉讼", "Lawsuits", false),
        new("correctedRate", "被纠错率（%）", "Corrected rate (%)", true),
    ];

    /// <summary>Builds the view from the kept facts of many reports.</summary>
    /// <param name="facts">The facts, in input order.</param>
    /// <param name="options">Options (agency map); <see langword="null"/> for the defaults.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public static YearOverYearView Compare(IReadOnlyList<CrossReportFacts> facts, CrossReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var pairing = CrossReportChecker.Run(facts, options);
        var series = new List<SeriesFigures>();
        foreach (var agency in pairing.Series)
        {
            var years = new List<YearFigures>();
            YearFigures? before = null;
            foreach (var report in agency.Reports)
            {
                var values = Read(report);
                var changes = new Dictionary<string, decimal?>(StringComparer.Ordinal);
                foreach (var figure in Figures)
                {
                    changes[figure.Id] = before is not null && before.Year == report.Year - 1 && before.Values[figure.Id] is { } old && values[figure.Id] is { } now
                        ? now - old
                        : null;
                }

                before = new YearFigures(report.Year!.Value, report.Source, report.Edition, values, changes);
                years.Add(before);
            }

            series.Add(new SeriesFigures(agency.Agency, years));
        }

        return new YearOverYearView(series, pairing);
    }

    /// <summary>Builds the view from whole reports.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    public static YearOverYearView Compare(IReadOnlyList<AnnualReport> reports, CrossReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return Compare([.. reports.Select(CrossReportFacts.From)], options);
    }

    private static Dictionary<string, decimal?> Read(CrossReportFacts report)
    {
        var national = report.Edition is ReportEdition.Gb2019 or ReportEdition.Gb2021;
        string Request(string row) => $"Requests.{row}.TOT";
        var other = report.Cells.ContainsKey(Request("Results.Other"))
            ? [Request("Results.Other")]
            : new[] { "NoCorrection", "FeeUnpaid", "Misc" }.Select(k => Request("Results.Other." + k)).ToArray();
        var values = new Dictionary<string, decimal?>(StringComparer.Ordinal)
        {
            ["newReceived"] = Sum(report, [Request("NewReceived")]),
            ["granted"] = Sum(report, [Request("Results.Granted")]),
            ["partlyGranted"] = Sum(report, [Request("Results.PartlyGranted")]),
            ["denied"] = Sum(report, [.. Denied.Select(k => Request("Results.Denied." + k))]),
            ["unable"] = Sum(report, [.. Unable.Select(k => Request("Results.Unable." + k))]),
            ["notProcessed"] = Sum(report, [.. NotProcessed.Select(k => Request("Results.NotProcessed." + k))]),
            ["other"] = Sum(report, other),
            ["resultsTotal"] = Sum(report, [Request("Results.Total")]),
            ["carriedForward"] = Sum(report, [Request("CarriedForward")]),
            ["reviews"] = Sum(report, ["Review.Total"]),
            ["suits"] = Sum(report, ["Lit.Direct.Total", "Lit.AfterReview.Total"]),
        };
        var corrected = Sum(report, [.. CaseGroups.Select(g => g + ".Corrected")]);
        var total = Sum(report, [.. CaseGroups.Select(g => g + ".Total")]);
        var pending = Sum(report, [.. CaseGroups.Select(g => g + ".Pending")]);
        values["correctedRate"] = corrected is { } c && total is { } t && (t - (pending ?? 0m)) is > 0 and var concluded
            ? Math.Round(c * 100m / concluded, 1, MidpointRounding.AwayFromZero)
            : null;
        if (!national)
        {
            foreach (var key in values.Keys.ToList())
            {
                values[key] = null;
            }
        }

        return values;
    }

    private static decimal? Sum(CrossReportFacts report, IReadOnlyList<string> keys)
    {
        var cells = keys.Select(k => report.Cells.GetValueOrDefault(k)).ToList();
        return BlankPolicy.IsEvaluable(cells) ? cells.Sum(c => c!.IsNumber ? c.Value!.Value : 0m) : null;
    }
}
