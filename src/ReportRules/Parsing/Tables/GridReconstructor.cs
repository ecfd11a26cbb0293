using ReportRules.Model;
using ReportRules.Parsing.Text;

namespace ReportRules.Parsing.Tables;

/// <summary>
/// Recovers the columns of a row that lost its empty cells: every order-preserving placement of the printed values
/// into the form's columns is a candidate; the form's identities remove candidates; a column is placed only where
/// every remaining candidate agrees. Also rejoins digits that a PDF text layer split with a space ("35 1").
/// </summary>
internal static class GridReconstructor
{
    /// <summary>Above this many candidates a row is left unplaced rather than enumerated.</summary>
    private const int MaxCandidates = 20_000;

    /// <summary>Gets every order-preserving placement of <paramref name="count"/> values into <paramref name="slots"/> columns.</summary>
    /// <param name="count">The number of printed values.</param>
    /// <param name="slots">The number of columns.</param>
    /// <param name="accept">Keeps a placement: the slot contents (value index per column, -1 for an empty column).</param>
    /// <returns>The accepted placements, as value index per column.</returns>
    public static List<int[]> Placements(int count, int slots, Func<int[], bool> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        var result = new List<int[]>();
        if (count > slots || count < 0)
        {
            return result;
        }

        var chosen = new int[count];
        var visited = 0;
        void Recurse(int valueIndex, int firstSlot)
        {
            if (visited > MaxCandidates)
            {
                return;
            }

            if (valueIndex == count)
            {
                visited++;
                var layout = new int[slots];
                Array.Fill(layout, -1);
                for (var v = 0; v < count; v++)
                {
                    layout[chosen[v]] = v;
                }

                if (accept(layout))
                {
                    result.Add(layout);
                }

                return;
            }

            for (var slot = firstSlot; slot <= slots - (count - valueIndex); slot++)
            {
                chosen[valueIndex] = slot;
                Recurse(valueIndex + 1, slot + 1);
            }
        }

        Recurse(0, 0);
        return visited > MaxCandidates ? [] : result;
    }

    /// <summary>Gets, per column, the value index every candidate agrees on (-1: every candidate leaves it empty), or null when they differ.</summary>
    /// <param name="candidates">The candidate placements (value index per column).</param>
    /// <param name="slots">The number of columns.</param>
    /// <returns>The agreed content per column.</returns>
    public static int?[] Agreement(IReadOnlyList<int[]> candidates, int slots)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var agreed = new int?[slots];
        if (candidates.Count == 0)
        {
            return agreed;
        }

        for (var s = 0; s < slots; s++)
        {
            var first = candidates[0][s];
            agreed[s] = candidates.All(c => c[s] == first) ? first : null;
        }

        return agreed;
    }

    /// <summary>
    /// Rejoins digits split by spaces when a row prints more values than it has columns: every way of joining
    /// neighbouring digit-only tokens down to <paramref name="slots"/> values is tried; exactly one must pass <paramref name="accept"/>.
    /// </summary>
    /// <param name="values">The printed tokens.</param>
    /// <param name="slots">The number of columns.</param>
    /// <param name="accept">Checks the joined values against the form (e.g. the row total).</param>
    /// <returns>The joined cells, or null when no single joining fits.</returns>
    public static List<CellToken>? JoinSplitDigits(IReadOnlyList<CellToken> values, int slots, Func<IReadOnlyList<decimal>, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(accept);
        var extra = values.Count - slots;
        if (extra <= 0 || extra > 3 || slots <= 0 || values.Any(v => !IsDigits(v.Text)))
        {
            return null;
        }

        List<CellToken>? found = null;
        var matches = 0;
        var groups = new List<(int Start, int End)>();
        void Recurse(int start)
        {
            if (matches > 1)
            {
                return;
            }

            if (start == values.Count)
            {
                if (groups.Count != slots)
                {
                    return;
                }

                var joined = groups.Select(g => new CellToken(string.Join(" ", values.Skip(g.Start).Take(g.End - g.Start).Select(v => v.Text)), values[g.Start].Location)).ToList();
                var numbers = new List<decimal>(joined.Count);
                foreach (var j in joined)
                {
                    // A joined run of digits beyond the form's range is no reading of the row (and would overflow).
                    if (!decimal.TryParse(Digits(j.Text), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n >= ReportChecker.MaxCellMagnitude)
                    {
                        return;
                    }

                    numbers.Add(n);
                }

                if (accept(numbers))
                {
                    matches++;
                    found = joined;
                }

                return;
            }

            for (var end = start + 1; end <= values.Count && end - start <= extra + 1; end++)
            {
                // A joined number does not start with 0 ("0 5" is two cells).
                if (end - start > 1 && values[start].Text.StartsWith('0'))
                {
                    break;
                }

                if (groups.Count >= slots)
                {
                    break;
                }

                groups.Add((start, end));
                Recurse(end);
                groups.RemoveAt(groups.Count - 1);
            }
        }

        Recurse(0);
        return matches == 1 ? found : null;
    }

    /// <summary>Gets the number a cell token holds, or 0 for blank and not-applicable cells (the identities' blank-as-0 reading).</summary>
    /// <param name="token">The token.</param>
    /// <returns>The value.</returns>
    public static decimal ValueOrZero(CellToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        // Out of the form's range (≥ 10^15): the cell becomes a PARSE-5 finding later; as 0 here it cannot overflow a sum.
        return NumberReader.Read(token.Text, null) is { Kind: CellKind.Number, Value: { } v } && Math.Abs(v) < ReportChecker.MaxCellMagnitude ? v : 0m;
    }

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);
}
