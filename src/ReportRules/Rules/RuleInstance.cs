namespace ReportRules.Rules;

/// <summary>
/// One evaluation of a rule: for rules over columns or rows, one instance per column or row.
/// </summary>
/// <param name="RuleId">The rule id.</param>
/// <param name="Scope">The column code or row id the instance is about; empty for rules with one instance.</param>
/// <param name="Left">The cell keys of the left side (the printed total, or the cells checked).</param>
/// <param name="Right">The cell keys of the right side (the parts).</param>
public sealed record RuleInstance(string RuleId, string Scope, IReadOnlyList<string> Left, IReadOnlyList<string> Right)
{
    /// <summary>
    /// Gets, for rules over two reports of consecutive years, the right-side cells read from the later report (the
    /// left side is always read from the later report, the rest of the right side from the earlier one); empty otherwise.
    /// </summary>
    public IReadOnlyList<string> RightFromLater { get; init; } = [];

    /// <summary>Gets every cell the instance reads (left, right, then the right-side cells of the later report).</summary>
    public IEnumerable<string> Operands => Left.Concat(Right).Concat(RightFromLater);
}
