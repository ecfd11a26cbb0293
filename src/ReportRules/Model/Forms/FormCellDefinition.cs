namespace ReportRules.Model.Forms;

/// <summary>One cell of a form: its stable key, its table and row, and its printed labels.</summary>
/// <param name="Key">The stable cell key, e.g. <c>Requests.NewReceived.TOT</c>.</param>
/// <param name="Table">The table it belongs to.</param>
/// <param name="RowId">The row id, e.g. <c>Requests.NewReceived</c>.</param>
/// <param name="Column">The column code (<c>NP</c> … <c>TOT</c>, or a Table 2 column name); <see langword="null"/> for one-column rows.</param>
/// <param name="LabelZh">The Chinese label: row and column as printed on the form.</param>
/// <param name="LabelEn">An English label.</param>
/// <param name="ValueType">What the cell may hold.</param>
public sealed record FormCellDefinition(
    string Key,
    FormTable Table,
    string RowId,
    string? Column,
    string LabelZh,
    string LabelEn,
    CellValueType ValueType)
{
    /// <summary>Gets a value indicating whether the form itself does not print this cell (e.g. the <c>LEG</c> subtotal column, or the single 其他处理 row in gb2021).</summary>
    public bool Optional { get; init; }
}
