using ReportRules.Model;
using ReportRules.Model.Forms;

namespace ReportRules.Rules.Engine;

/// <summary>
/// Finds a Table 3 column group left blank beside filled cells (P3-3), so that one completeness finding
/// replaces a cascade of row-total mismatches (findings.md: one cause, one finding).
/// </summary>
internal sealed class CompletenessAnalysis
{
    private CompletenessAnalysis(string? messageId, IReadOnlyList<string> blankCells)
    {
        MessageId = messageId;
        BlankCells = blankCells;
        Suppressed = new HashSet<string>(blankCells, StringComparer.Ordinal);
    }

    /// <summary>Gets the message id of the completeness finding, or <see langword="null"/> when Table 3 is complete.</summary>
    public string? MessageId { get; }

    /// <summary>Gets the blank cells the finding names.</summary>
    public IReadOnlyList<string> BlankCells { get; }

    /// <summary>Gets the cells whose blankness is already explained; identities reading them are not applicable.</summary>
    public IReadOnlySet<string> Suppressed { get; }

    /// <summary>Gets whether the analysis applies (national editions).</summary>
    public bool Applies { get; private init; }

    public static CompletenessAnalysis Analyze(AnnualReport report)
    {
        if (!report.Edition.IsNational())
        {
            return new CompletenessAnalysis(null, []);
        }

        var rows = RuleCatalog.DataRows(report.Edition);
        var totals = rows.Select(r => CellKeys.Request(r, Applicant.Total)).ToList();
        var applicants = (from r in rows from c in CellKeys.ApplicantColumns select CellKeys.Request(r, c)).ToList();
        bool HasNumber(string key) => report.GetCell(key) is { Kind: CellKind.Number };
        bool IsEmpty(string key) => report.GetCell(key) is null or { Kind: CellKind.Blank or CellKind.NotApplicable };

        var anyApplicant = applicants.Any(HasNumber);
        var anyTotal = totals.Any(HasNumber);
        bool IsPrintedBlank(string key) => report.GetCell(key) is { Kind: CellKind.Blank or CellKind.NotApplicable };
        if (anyApplicant && !anyTotal && totals.Any(IsPrintedBlank) && totals.All(IsEmpty))
        {
            return new CompletenessAnalysis("TotalColumnBlank", totals) { Applies = true };
        }

        if (anyTotal && !anyApplicant && applicants.Any(IsPrintedBlank) && applicants.All(IsEmpty))
        {
            return new CompletenessAnalysis("ApplicantColumnsBlank", applicants) { Applies = true };
        }

        return new CompletenessAnalysis(null, []) { Applies = true };
    }
}
