namespace ReportRules.Parsing.Tables;

/// <summary>The lines of one table: <c>[Start, End)</c> indexes into the document's lines.</summary>
/// <param name="Start">The first line index.</param>
/// <param name="End">One past the last line index.</param>
internal readonly record struct TableRegion(int Start, int End)
{
    /// <summary>Gets a value indicating whether the region holds any line.</summary>
    public bool IsEmpty => End <= Start;
}
