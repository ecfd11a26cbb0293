using ReportRules.Model;

namespace ReportRules.Parsing.Tables;

/// <summary>
/// The value columns of text laid out with spaces (<c>pdftotext -layout</c>): a row that prints every cell gives the
/// character span of each column; a row of the same table that prints fewer numbers (its empty cells are only
/// spaces) has each number put under the one column its span overlaps. Placement happens only when every number
/// overlaps exactly one column, in order; anything else is left to the identities (<see cref="GridReconstructor"/>).
/// </summary>
internal static class ColumnAxis
{
    /// <summary>How far (in characters) a number may stand beside its column's span: centred digits move by one.</summary>
    private const int Slack = 1;

    /// <summary>Gets the column spans of a row that prints every cell, when the spans are clearly apart.</summary>
    /// <param name="values">The row's value cells (split on spaces, with their locations).</param>
    /// <returns>Start and end (exclusive) character index of each column; <see langword="null"/> when two columns are too close to tell apart.</returns>
    public static (int Start, int End)[]? From(IReadOnlyList<CellToken> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var spans = values.Select(Span).ToArray();
        for (var i = 1; i < spans.Length; i++)
        {
            if (spans[i].Start - spans[i - 1].End < (2 * Slack) + 1)
            {
                return null;
            }
        }

        return spans;
    }

    /// <summary>Puts the numbers of a row with fewer cells under the axis columns; empty cells become empty tokens.</summary>
    /// <param name="values">The printed numbers, left to right.</param>
    /// <param name="axis">The column spans.</param>
    /// <param name="location">Where the row is (for the empty cells).</param>
    /// <returns>One token per column; <see langword="null"/> when a number overlaps no column or more than one, or the order breaks.</returns>
    public static List<CellToken>? Place(IReadOnlyList<CellToken> values, (int Start, int End)[] axis, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(axis);
        var placed = new CellToken?[axis.Length];
        var last = -1;
        foreach (var value in values)
        {
            var (start, end) = Span(value);
            var column = -1;
            for (var c = 0; c < axis.Length; c++)
            {
                if (start < axis[c].End + Slack && end > axis[c].Start - Slack)
                {
                    if (column >= 0)
                    {
                        return null;
                    }

                    column = c;
                }
            }

            if (column <= last)
            {
                return null;
            }

            placed[column] = value;
            last = column;
        }

        return [.. placed.Select(p => p ?? new CellToken(string.Empty, location))];
    }

    private static (int Start, int End) Span(CellToken token) =>
        (token.Location.Column - 1, token.Location.Column - 1 + token.Text.Length);
}
