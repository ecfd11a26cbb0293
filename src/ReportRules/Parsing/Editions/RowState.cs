using ReportRules.Parsing.Tables;

namespace ReportRules.Parsing.Editions;

/// <summary>A Table 3 row on its way to the model: fixed values, or candidate column placements still to be narrowed.</summary>
internal sealed class RowState
{
    private readonly decimal[] numbers;

    private RowState(IReadOnlyList<CellToken> values, decimal[] numbers, List<int[]>? candidates, AssembledRow data, bool unplaced)
    {
        Values = values;
        this.numbers = numbers;
        Candidates = candidates;
        Data = data;
        IsUnplaced = unplaced;
    }

    public IReadOnlyList<CellToken> Values { get; }

    public List<int[]>? Candidates { get; private set; }

    public AssembledRow Data { get; }

    public bool IsUnplaced { get; }

    public static RowState Fixed(IReadOnlyList<CellToken> values, AssembledRow data) =>
        new(values, [.. values.Select(GridReconstructor.ValueOrZero)], null, data, unplaced: false);

    public static RowState Unplaced(IReadOnlyList<CellToken> values, AssembledRow data) =>
        new(values, [], null, data, unplaced: true);

    public static RowState Inferred(IReadOnlyList<CellToken> values, decimal[] numbers, List<int[]> candidates, AssembledRow data) =>
        new(values, numbers, candidates, data, unplaced: false);

    /// <summary>Gets what the row contributes to column <paramref name="column"/> (blank as 0), when it is known.</summary>
    public decimal? At(int column)
    {
        if (IsUnplaced)
        {
            return null;
        }

        if (Candidates is null)
        {
            return column < numbers.Length ? numbers[column] : 0m;
        }

        if (Candidates.Count == 0)
        {
            return null;
        }

        var first = Contribution(Candidates[0], column);
        return Candidates.All(c => Contribution(c, column) == first) ? first : null;
    }

    /// <summary>Keeps the candidates that contribute <paramref name="need"/> to a column; keeps all when none does (the identity itself fails).</summary>
    public bool Keep(int column, decimal need)
    {
        if (Candidates is null)
        {
            return false;
        }

        var kept = Candidates.Where(c => Contribution(c, column) == need).ToList();
        if (kept.Count == 0 || kept.Count == Candidates.Count)
        {
            return false;
        }

        Candidates = kept;
        return true;
    }

    private decimal Contribution(int[] layout, int column) => layout[column] >= 0 ? numbers[layout[column]] : 0m;
}
