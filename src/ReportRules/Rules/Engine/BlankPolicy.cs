using ReportRules.Model;

namespace ReportRules.Rules.Engine;

/// <summary>
/// The blank policy of every comparison rule, single-report or across reports (docs/decisions/0003): an instance is
/// evaluated only when the document prints every operand (absent is not blank), no operand is unreadable, and at least
/// one operand is a number. Blank operands of an evaluated instance count as 0 and are named in a failure.
/// </summary>
internal static class BlankPolicy
{
    /// <summary>Gets whether an instance with these operand cells (null = absent) is evaluated.</summary>
    public static bool IsEvaluable(IReadOnlyList<CellValue?> cells)
    {
        var anyNumber = false;
        foreach (var cell in cells)
        {
            if (cell is null or { Kind: CellKind.Unreadable })
            {
                return false;
            }

            anyNumber |= cell.Kind == CellKind.Number;
        }

        return anyNumber;
    }
}
