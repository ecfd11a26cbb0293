namespace ReportRules.Model;

/// <summary>What a printed cell holds. Blank is not zero.</summary>
public enum CellKind
{
    /// <summary>A number (its value is in <see cref="CellValue.Value"/>).</summary>
    Number = 0,

    /// <summary>The cell exists in the printed table but is empty.</summary>
    Blank = 1,

    /// <summary>A not-applicable mark such as <c>/</c>, <c>—</c>, <c>-</c>, <c>--</c> or <c>无</c>.</summary>
    NotApplicable = 2,

    /// <summary>Text that could not be read as a number.</summary>
    Unreadable = 3,
}
