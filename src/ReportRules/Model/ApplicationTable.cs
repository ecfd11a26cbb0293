using ReportRules.Model.Forms;

namespace ReportRules.Model;

/// <summary>A typed view of Table 3 (rows × applicant columns) over an <see cref="AnnualReport"/>.</summary>
public readonly struct ApplicationTable : IEquatable<ApplicationTable>
{
    private readonly AnnualReport report;

    internal ApplicationTable(AnnualReport report) => this.report = report;

    /// <summary>Gets a cell of Table 3.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The applicant column.</param>
    /// <returns>The cell, or <see langword="null"/> when the document does not contain it.</returns>
    public CellValue? this[RequestRow row, Applicant column] => report.GetCell(CellKeys.Request(row, column));

    /// <inheritdoc />
    public bool Equals(ApplicationTable other) => ReferenceEquals(report, other.report);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ApplicationTable other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => report?.GetHashCode() ?? 0;

    /// <summary>Compares two views.</summary>
    /// <param name="left">The first view.</param>
    /// <param name="right">The second view.</param>
    /// <returns>Whether both views read the same report.</returns>
    public static bool operator ==(ApplicationTable left, ApplicationTable right) => left.Equals(right);

    /// <summary>Compares two views.</summary>
    /// <param name="left">The first view.</param>
    /// <param name="right">The second view.</param>
    /// <returns>Whether the views read different reports.</returns>
    public static bool operator !=(ApplicationTable left, ApplicationTable right) => !left.Equals(right);
}
