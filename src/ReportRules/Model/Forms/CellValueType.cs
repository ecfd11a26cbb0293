namespace ReportRules.Model.Forms;

/// <summary>What a form cell is allowed to hold.</summary>
public enum CellValueType
{
    /// <summary>A count: an integer ≥ 0.</summary>
    Count = 0,

    /// <summary>A signed count (gb2019 本年增/减): any integer.</summary>
    SignedCount = 1,

    /// <summary>An amount of money: a decimal ≥ 0, with a unit.</summary>
    Amount = 2,
}
