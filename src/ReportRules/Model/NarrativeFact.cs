namespace ReportRules.Model;

/// <summary>
/// A number the prose states, read once when the report is built: its value and unit, the quantity it restates
/// (a concept such as <c>Apply.Received</c>, and the cells of the report's edition that hold it), the parts listed
/// after 其中, an attached percentage, and the sentence it was read from with its location.
/// </summary>
public sealed record NarrativeFact
{
    /// <summary>Initializes a new instance of the <see cref="NarrativeFact"/> class.</summary>
    /// <param name="kind">What the fact states.</param>
    /// <param name="sentence">The sentence it was read from.</param>
    /// <param name="location">Where the number (or the statement) is.</param>
    public NarrativeFact(NarrativeFactKind kind, string sentence, SourceLocation? location)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        Kind = kind;
        Sentence = sentence;
        Location = location;
    }

    /// <summary>Gets what the fact states.</summary>
    public NarrativeFactKind Kind { get; }

    /// <summary>Gets the sentence the fact was read from, as printed.</summary>
    public string Sentence { get; }

    /// <summary>Gets where the number (or the statement) is in the source.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Gets the quantity the fact restates, when recognised (e.g. <c>Apply.Received</c>, <c>Review.Total</c>); otherwise <see langword="null"/>.</summary>
    public string? Concept { get; init; }

    /// <summary>Gets the cells of the report's edition whose sum holds the same quantity; empty when the edition has no such cell.</summary>
    public IReadOnlyList<string> CellKeys { get; init; } = [];

    /// <summary>Gets a value indicating whether the sentence names the quantity unambiguously (a conflict with the table is then an error, not a warning).</summary>
    public bool Explicit { get; init; }

    /// <summary>
    /// Gets a value indicating whether the sentence attributes the count to a unit acting for another
    /// (<c>区政府办代表区政府受理政府信息公开申请17件</c>): the count is that unit's share and may cover only part of
    /// what the table counts.
    /// </summary>
    public bool PartialScope { get; init; }

    /// <summary>Gets the value: the count, 0 for <see cref="NarrativeFactKind.None"/>, <see langword="null"/> for placeholders and claims.</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets the number as printed with its unit (e.g. <c>166件</c>, <c>一例</c>, <c>900余人次</c>).</summary>
    public string Raw { get; init; } = string.Empty;

    /// <summary>Gets the unit (e.g. <c>件</c>, <c>条</c>, <c>人次</c>).</summary>
    public string? Unit { get; init; }

    /// <summary>Gets the words before the number in its clause (e.g. <c>当面申请</c>).</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>Gets a value indicating whether the number is approximate (余, 逾, 多, 约, 近, 以上): it is never held against the table as an error.</summary>
    public bool Approximate { get; init; }

    /// <summary>Gets a value indicating whether the parts end with 等 (non-exhaustive: they may sum to less than the total).</summary>
    public bool NonExhaustive { get; init; }

    /// <summary>Gets the parts listed after 其中 / 包括 / 包含, in order; empty when none.</summary>
    public IReadOnlyList<NarrativeFact> Parts { get; init; } = [];

    /// <summary>Gets the percentage printed with the count (e.g. 1.68 for "（1.68%）"), when one is.</summary>
    public decimal? Percentage { get; init; }

    /// <summary>Gets the number of decimals the percentage is printed with.</summary>
    public int PercentageDecimals { get; init; }

    /// <summary>Gets the value of the total the percentage is taken of, when known (the total the fact is a part of).</summary>
    public decimal? PercentageBase { get; init; }
}
