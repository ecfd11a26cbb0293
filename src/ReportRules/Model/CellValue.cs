namespace ReportRules.Model;

/// <summary>
/// One printed cell: its kind, its exact value, the raw text as printed and where it was read.
/// </summary>
public sealed record CellValue
{
    /// <summary>Initializes a new instance of the <see cref="CellValue"/> class.</summary>
    /// <param name="kind">What the cell holds.</param>
    /// <param name="value">The number, for <see cref="CellKind.Number"/>; otherwise <see langword="null"/>.</param>
    /// <param name="raw">The text as printed (empty for blank cells).</param>
    /// <param name="location">Where the cell was read, when known.</param>
    /// <exception cref="ArgumentException">A number cell without a value, or a value on a non-number cell.</exception>
    public CellValue(CellKind kind, decimal? value, string raw, SourceLocation? location)
    {
        if (kind == CellKind.Number && value is null)
        {
            throw new ArgumentException("A number cell needs a value.", nameof(value));
        }

        if (kind != CellKind.Number && value is not null)
        {
            throw new ArgumentException("Only a number cell has a value.", nameof(value));
        }

        Kind = kind;
        Value = value;
        Raw = raw ?? string.Empty;
        Location = location;
    }

    /// <summary>Gets what the cell holds.</summary>
    public CellKind Kind { get; }

    /// <summary>Gets the exact value of a number cell; <see langword="null"/> for every other kind.</summary>
    public decimal? Value { get; }

    /// <summary>Gets the text as printed.</summary>
    public string Raw { get; }

    /// <summary>Gets where the cell was read, when known.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Gets a value indicating whether the cell's column was recovered by inference (a flattened row that lost its empty cells).</summary>
    public bool Inferred { get; init; }

    /// <summary>Gets the unit printed with the number (e.g. <c>万</c>, <c>元</c>), when one was printed.</summary>
    public string? Unit { get; init; }

    /// <summary>Gets a note printed with the number (e.g. <c>其中修订 16 件</c>), when one was printed.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the row label as printed, for a cell that is not on the edition's form (a local extra row, <c>L14.Extra.n</c>).</summary>
    public string? Label { get; init; }

    /// <summary>Gets a value indicating whether the cell holds a number.</summary>
    public bool IsNumber => Kind == CellKind.Number;

    /// <summary>Creates a number cell.</summary>
    /// <param name="value">The value.</param>
    /// <param name="raw">The text as printed; defaults to the invariant rendering of <paramref name="value"/>.</param>
    /// <param name="location">Where it was read.</param>
    /// <returns>The cell.</returns>
    public static CellValue Number(decimal value, string? raw = null, SourceLocation? location = null) =>
        new(CellKind.Number, value, raw ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture), location);

    /// <summary>Creates a blank cell.</summary>
    /// <param name="location">Where it was read.</param>
    /// <returns>The cell.</returns>
    public static CellValue Blank(SourceLocation? location = null) => new(CellKind.Blank, null, string.Empty, location);

    /// <summary>Creates a not-applicable cell such as <c>/</c> or <c>—</c>.</summary>
    /// <param name="raw">The mark as printed.</param>
    /// <param name="location">Where it was read.</param>
    /// <returns>The cell.</returns>
    public static CellValue NotApplicable(string raw = "/", SourceLocation? location = null) =>
        new(CellKind.NotApplicable, null, raw, location);

    /// <summary>Creates a cell whose text is not a number.</summary>
    /// <param name="raw">The text as printed.</param>
    /// <param name="location">Where it was read.</param>
    /// <returns>The cell.</returns>
    public static CellValue Unreadable(string raw, SourceLocation? location = null) =>
        new(CellKind.Unreadable, null, raw, location);
}
