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
    /// <summary>Gets every cell the instance reads (left then right).</summary>
    public IEnumerable<string> Operands => Left.Concat(Right);
}
