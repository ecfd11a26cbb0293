using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Parsing;
using ReportRules.Parsing.Tables;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Parsing.Tables;

/// <summary>
/// Text laid out with spaces (<c>pdftotext -layout</c>) prints an empty cell as spaces: a Table 3 row with empty cells
/// is read by the columns of the rows that print every cell, so each blank stays blank and each number lands in its
/// column, with nothing inferred — also with row labels wrapped over two or three lines (width 13+: the longest
/// label, 38 characters, takes three; a row label wrapped over four lines with empty cells is not matched).
/// </summary>
public class ColumnAxisPropertyTests
{
    private static readonly Gen<(AnnualReport Report, int Width, LabelWrap Wrap)> Reports =
        from report in ConsistentReports.Any
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from width in Gen.Choose(8, 18)
        from wrap in Gen.Elements(LabelWrap.ValuesWithLastPiece, LabelWrap.ValuesAfterLabel)
        select (WithBlankApplicantCells(report, seed), width < 13 ? 0 : width, wrap);

    [Property(MaxTest = 100)]
    public Property ParseText_LayoutTextWithEmptyCells_ReadsTable3ByColumn() =>
        Prop.ForAll(Reports.ToArbitrary(), input =>
        {
            var text = LayoutText.FromPipeRows(ReportRenderer.Render(input.Report, TextLayout.PipeRows), input.Width, input.Wrap);

            var parsed = ReportParser.ParseText(text, "layout");

            var report = parsed.Report!;
            var problems = input.Report.Cells
                .Where(p => p.Key.StartsWith("Requests.", StringComparison.Ordinal))
                .Where(p => report.GetCell(p.Key) is not { } got || got.Kind != p.Value.Kind || got.Value != p.Value.Value || got.Inferred)
                .Select(p => $"{p.Key}: expected {p.Value.Kind} {p.Value.Value}, got {report.GetCell(p.Key)?.Kind} {report.GetCell(p.Key)?.Raw} inferred={report.GetCell(p.Key)?.Inferred}")
                .ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)) + "\n" + text);
            Assert.DoesNotContain(parsed.Diagnostics, d => d.RuleId == RuleIds.Parse4 && d.Cells.Any(c => c.Key.StartsWith("Requests.", StringComparison.Ordinal)));
        });

    [Fact]
    public void Place_NumbersUnderTheirColumns_BlanksBetween()
    {
        // Columns end at characters 11, 16, 23, 29, 33, 37 and 44 (poppler counts characters, not display width).
        var full = Tokens("一、本年新收   21    0      0     0   0   0     21");
        var partial = Tokens("（一）予以公开  4" + new string(' ', 33) + "4");

        var placed = ColumnAxis.Place(partial, ColumnAxis.From(full)!, new SourceLocation(2, 1));

        Assert.Equal(["4", "", "", "", "", "", "4"], placed!.Select(t => t.Text));
    }

    [Fact]
    public void Place_NumberBetweenTwoColumns_IsNotPlaced()
    {
        var full = Tokens("一、本年新收   21    0      0     0   0   0     21");
        var partial = Tokens("（一）予以公开" + new string(' ', 12) + "4");

        Assert.Null(ColumnAxis.Place(partial, ColumnAxis.From(full)!, new SourceLocation(2, 1)));
    }

    private static List<CellToken> Tokens(string line) =>
        [.. LineTokenizer.Tokenize(new ReportRules.Parsing.Document.DocLine(line, new SourceLocation(1, 1))).Values];

    /// <summary>Blanks zero applicant cells of Table 3 (not 总计), keeping 本年新收 and 总计 rows whole.</summary>
    private static AnnualReport WithBlankApplicantCells(AnnualReport report, int seed)
    {
        var random = new Random(seed);
        var builder = report.ToBuilder();
        var share = random.Next(0, 3) switch { 0 => 0.0, 1 => 0.3, _ => 0.8 };
        foreach (var (key, cell) in report.Cells)
        {
            var blankable = key.StartsWith("Requests.", StringComparison.Ordinal)
                && !key.EndsWith(".TOT", StringComparison.Ordinal)
                && !CellKeys.FormColumns.Any(c => key == CellKeys.Request(RequestRow.NewReceived, c) || key == CellKeys.Request(RequestRow.ResultsTotal, c))
                && cell is { Kind: CellKind.Number, Value: 0m };
            if (blankable && random.NextDouble() < share)
            {
                builder.Set(key, CellValue.Blank());
            }
        }

        return builder.Build();
    }
}
