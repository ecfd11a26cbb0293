using ReportRules.Model;
using ReportRules.Model.Forms;

namespace ReportRules.Rules.CrossReport;

/// <summary>
/// The few numbers of one report that the cross-report checks read (agency, year, Table 3 carried over and carried
/// forward), so that a batch can keep these instead of whole reports.
/// </summary>
public sealed class CrossReportFacts
{
    private CrossReportFacts(string? source, string? agency, int? year, ReportEdition edition, IReadOnlyDictionary<string, CellValue> cells)
    {
        Source = source;
        Agency = agency;
        Year = year;
        Edition = edition;
        Cells = cells;
    }

    /// <summary>Gets the source (path or name) of the report.</summary>
    public string? Source { get; }

    /// <summary>Gets the reporting agency, when found.</summary>
    public string? Agency { get; }

    /// <summary>Gets the report year, when found.</summary>
    public int? Year { get; }

    /// <summary>Gets the edition of the report.</summary>
    public ReportEdition Edition { get; }

    /// <summary>Gets the Table 3 carried-over and carried-forward cells the report prints, by cell key.</summary>
    public IReadOnlyDictionary<string, CellValue> Cells { get; }

    /// <summary>Keeps the cells the cross-report rules read from a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static CrossReportFacts From(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cells = new Dictionary<string, CellValue>(StringComparer.Ordinal);
        foreach (var instance in RuleCatalog.Find(RuleIds.X1)?.GetInstances(report.Edition) ?? [])
        {
            foreach (var key in instance.Operands)
            {
                if (report.GetCell(key) is { } cell)
                {
                    cells[key] = cell;
                }
            }
        }

        return new CrossReportFacts(report.Metadata.Source, report.Metadata.Agency, report.Metadata.Year, report.Edition, cells);
    }
}
