namespace ReportRules.Parsing.Narrative;

/// <summary>A number read in a sentence with its unit ("166件", "一例", "900余人次") or a percentage ("1.68%").</summary>
/// <param name="Start">Where the number starts in the paragraph.</param>
/// <param name="End">Where the number and its unit end (exclusive).</param>
/// <param name="ClauseStart">Where the clause the number is in starts (after the last ，、；： or 其中).</param>
/// <param name="Value">The value (万 and 亿 applied).</param>
/// <param name="Unit">The count unit; <see langword="null"/> for a percentage.</param>
/// <param name="Approximate">Whether the number is approximate (余, 逾, 多, 约, 近, 以上, 左右).</param>
internal sealed record Mention(int Start, int End, int ClauseStart, decimal Value, string? Unit, bool Approximate)
{
    /// <summary>Gets a value indicating whether the mention is a percentage on its own ("占1.68%").</summary>
    public bool IsPercent { get; init; }

    /// <summary>Gets the percentage printed with the count ("20件（1.68%）"), when one is.</summary>
    public decimal? Percentage { get; init; }

    /// <summary>Gets the number of decimals the percentage is printed with.</summary>
    public int PercentageDecimals { get; init; }
}
