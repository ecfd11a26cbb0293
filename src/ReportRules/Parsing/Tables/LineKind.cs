namespace ReportRules.Parsing.Tables;

/// <summary>What one input line is, seen as table material.</summary>
internal enum LineKind
{
    /// <summary>An empty line.</summary>
    Empty,

    /// <summary>Text that is not a number: a label, a header cell or prose.</summary>
    Text,

    /// <summary>A row marker such as <c>||||</c> (not a cell).</summary>
    Marker,

    /// <summary>One value cell on its own line (a number, a not-applicable mark, or an empty <c>|</c> cell).</summary>
    Cell,

    /// <summary>A whole row: cells split by <c>|</c>, given by a structured reader, or a label followed by numbers.</summary>
    Row,
}
