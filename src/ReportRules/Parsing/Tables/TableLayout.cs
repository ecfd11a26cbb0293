namespace ReportRules.Parsing.Tables;

/// <summary>How a table's rows are laid out in the text.</summary>
internal enum TableLayout
{
    /// <summary>One row per line (Markdown or <c>|</c> rows, structured rows, or a label followed by its numbers).</summary>
    RowPerLine,

    /// <summary>One cell per line; rows are a label line followed by its value lines.</summary>
    CellPerLine,
}
