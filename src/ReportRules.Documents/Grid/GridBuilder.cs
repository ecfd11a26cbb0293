using ReportRules.Model;
using ReportRules.Parsing.Document;

namespace ReportRules.Documents.Grid;

/// <summary>
/// Expands the rows of a structured table (HTML rowspan/colspan, Word gridSpan/vMerge already turned into spans)
/// into a rectangular grid: a spanned cell repeats its text in every position it covers, flagged
/// <see cref="DocCell.Spanned"/> everywhere but its own top-left position. Short rows are padded with blank cells.
/// </summary>
internal static class GridBuilder
{
    /// <summary>The largest row or column span honoured; larger declared spans are clamped (a hostile page could declare millions).</summary>
    public const int MaxSpan = 1000;

    /// <summary>The widest grid built; columns beyond it are dropped.</summary>
    public const int MaxColumns = 1000;

    /// <summary>Expands the rows into grid rows of equal width.</summary>
    /// <param name="rows">The declared rows, top to bottom, cells left to right.</param>
    /// <param name="tableIndex">The 0-based index of the table in the document.</param>
    /// <param name="firstLine">The line number given to the first row (later rows count up from it).</param>
    /// <param name="page">The page, for paged formats; otherwise <see langword="null"/>.</param>
    /// <returns>One <see cref="DocLine"/> per grid row, with <see cref="DocLine.TableIndex"/> set.</returns>
    public static IReadOnlyList<DocLine> Expand(IReadOnlyList<IReadOnlyList<SpanCell>> rows, int tableIndex, int firstLine, int? page = null)
    {
        // pending[c] = (cell, remaining rows) for a rowspan reaching into later rows.
        var pending = new Dictionary<int, (DocCell Cell, int Remaining)>();
        var grid = new List<List<DocCell>>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var line = firstLine + r;
            var cells = new List<DocCell>();
            var column = 0;
            void FillPending()
            {
                while (column < MaxColumns && pending.TryGetValue(column, out var p))
                {
                    cells.Add(p.Cell);
                    if (p.Remaining <= 1)
                    {
                        pending.Remove(column);
                    }
                    else
                    {
                        pending[column] = (p.Cell, p.Remaining - 1);
                    }

                    column++;
                }
            }

            var declaredIndex = 0;
            foreach (var declared in rows[r])
            {
                FillPending();
                declaredIndex++;
                var colSpan = Math.Clamp(declared.ColSpan, 1, MaxSpan);
                var rowSpan = Math.Clamp(declared.RowSpan, 1, MaxSpan);
                var location = Location(declared.At?.Line ?? line, declared.At is { } at ? at.Column - 1 : column, page, tableIndex, r, declaredIndex);
                for (var k = 0; k < colSpan && column < MaxColumns; k++, column++)
                {
                    var cell = new DocCell(declared.Text, location) { Spanned = k > 0 };
                    cells.Add(cell);
                    if (rowSpan > 1)
                    {
                        pending[column] = (cell with { Spanned = true }, rowSpan - 1);
                    }
                }
            }

            FillPending();
            grid.Add(cells);
        }

        // Rowspans declared past the last row are dropped (browsers do the same).
        var width = grid.Count == 0 ? 0 : grid.Max(g => g.Count);
        var result = new List<DocLine>(grid.Count);
        for (var r = 0; r < grid.Count; r++)
        {
            var cells = grid[r];
            while (cells.Count < width)
            {
                cells.Add(new DocCell(string.Empty, Location(firstLine + r, cells.Count, page, tableIndex, r, cells.Count + 1)));
            }

            result.Add(Row(cells, Location(firstLine + r, 0, page, tableIndex, r, null), tableIndex));
        }

        return result;
    }

    /// <summary>Makes a table-row line from its cells (the line text is the cells joined with <c> | </c>).</summary>
    public static DocLine Row(IReadOnlyList<DocCell> cells, SourceLocation location, int tableIndex) =>
        new(string.Join(" | ", cells.Select(c => c.Text)), location, cells) { TableIndex = tableIndex };

    private static SourceLocation Location(int line, int column, int? page, int table, int row, int? cell) =>
        new(line, column + 1)
        {
            Page = page,
            Detail = cell is null
                ? $"table {table + 1}, row {row + 1}"
                : $"table {table + 1}, row {row + 1}, cell {cell}",
        };
}
