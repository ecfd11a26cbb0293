using ReportRules.Model.Forms;

namespace ReportRules.Model;

/// <summary>A typed view of Table 4 (three groups × five outcome columns) over an <see cref="AnnualReport"/>.</summary>
public readonly struct ReviewLitigationTable : IEquatable<ReviewLitigationTable>
{
    private readonly AnnualReport report;

    internal ReviewLitigationTable(AnnualReport report) => this.report = report;

    /// <summary>Gets a cell of Table 4.</summary>
    /// <param name="group">The group (review, direct litigation, litigation after review).</param>
    /// <param name="outcome">The outcome column.</param>
    /// <returns>The cell, or <see langword="null"/> when the document does not contain it.</returns>
    public CellValue? this[CaseGroup group, CaseOutcome outcome] => report.GetCell(CellKeys.Case(group, outcome));

    /// <inheritdoc />
    public bool Equals(ReviewLitigationTable other) => ReferenceEquals(report, other.report);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReviewLitigationTable other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => report?.GetHashCode() ?? 0;

    /// <summary>Compares two views.</summary>
    /// <param name="left">The first view.</param>
    /// <param name="right">The second view.</param>
    /// <returns>Whether both views read the same report.</returns>
    public static bool operator ==(ReviewLitigationTable left, ReviewLitigationTable right) => left.Equals(right);

    /// <summary>Compares two views.</summary>
    /// <param name="left">The first view.</param>
    /// <param name="right">The second view.</param>
    /// <returns>Whether the views read different reports.</returns>
    public static bool operator !=(ReviewLitigationTable left, ReviewLitigationTable right) => !left.Equals(right);
}
