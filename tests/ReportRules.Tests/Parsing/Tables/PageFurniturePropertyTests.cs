using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Parsing.Tables;

/// <summary>
/// Issue 10.8: page furniture inserted anywhere in a rendered report (page numbers in every printed form, a form feed,
/// the report title repeated at the top of the next page), or row labels wrapped over several lines as
/// <c>pdftotext -layout</c> prints them, never changes the cells read.
/// </summary>
public class PageFurniturePropertyTests
{
    private static readonly TextLayout[] Layouts =
        [TextLayout.CellPerLineBlanksKept, TextLayout.CellPerLineBlanksDropped, TextLayout.CellPipeLines, TextLayout.Markdown, TextLayout.PipeRows];

    private static readonly Gen<string> PageNumbers =
        from n in Gen.Choose(1, 40)
        from extra in Gen.Choose(0, 40)
        from indent in Gen.Choose(0, 60)
        from form in Gen.Choose(0, 6)
        select new string(' ', indent) + (form switch
        {
            0 => $"— {n} —",
            1 => $"-{n}-",
            2 => $"- {n} -",
            3 => $"第{n}页 共{n + extra}页",
            4 => $"{n}/{n + extra}",
            5 => $"第 {n} 页",
            _ => $"－{n}－",
        });

    /// <summary>One break: a page number, optionally the title repeated on the next page, optionally a form feed.</summary>
    private static readonly Gen<(int Position, string Number, bool Title, bool FormFeed)> Breaks =
        from position in Gen.Choose(0, 10_000)
        from number in PageNumbers
        from title in Gen.Elements(false, true)
        from formFeed in Gen.Elements(false, true)
        select (position, number, title, formFeed);

    private static readonly Gen<(AnnualReport Report, TextLayout Layout, (int Position, string Number, bool Title, bool FormFeed)[] Breaks)> Furnished =
        from report in ConsistentReports.Any
        from layout in Gen.Elements(Layouts)
        from breaks in Gen.Choose(1, 5).SelectMany(n => Breaks.ArrayOf(n))
        select (report, layout, breaks);

    [Property(MaxTest = 100)]
    public Property ParseText_PageFurnitureInsertedAnywhere_SameCells() =>
        Prop.ForAll(Furnished.ToArbitrary(), input =>
        {
            var text = ReportRenderer.Render(input.Report, input.Layout);
            var furnished = Insert(text, input.Breaks, $"{input.Report.Metadata.Agency}{input.Report.Metadata.Year}年政府信息公开工作年度报告");

            AssertSameCells(ReportParser.ParseText(text, "plain"), ReportParser.ParseText(furnished, "furnished"), $"{input.Layout}\n{furnished}");
        });

    private static readonly Gen<(AnnualReport Report, int Width, LabelWrap Wrap, (int Position, string Number, bool Title, bool FormFeed)[] Breaks)> Wrapped =
        from report in ConsistentReports.Any
        from width in Gen.Choose(8, 16)
        from wrap in Gen.Elements(LabelWrap.ValuesWithLastPiece, LabelWrap.ValuesAfterLabel)
        from breaks in Gen.Choose(0, 3).SelectMany(n => Breaks.ArrayOf(n))
        select (report, width, wrap, breaks);

    [Property(MaxTest = 100)]
    public Property ParseText_LayoutTextWithWrappedLabelsAndFurniture_ReadsEveryCell() =>
        Prop.ForAll(Wrapped.ToArbitrary(), input =>
        {
            var pipeRows = ReportRenderer.Render(input.Report, TextLayout.PipeRows);
            var flat = LayoutText.FromPipeRows(pipeRows, 0, input.Wrap);
            var wrapped = Insert(LayoutText.FromPipeRows(pipeRows, input.Width, input.Wrap), input.Breaks, $"{input.Report.Metadata.Agency}{input.Report.Metadata.Year}年政府信息公开工作年度报告");

            var plain = ReportParser.ParseText(flat, "flat");
            var read = ReportParser.ParseText(wrapped, "wrapped");

            // Every printed cell is read (the generated reports print every cell), and wrapping changes nothing.
            var problems = input.Report.Cells
                .Where(p => read.Report!.GetCell(p.Key) is not { } got || got.Kind != p.Value.Kind || got.Value != p.Value.Value)
                .Select(p => $"{p.Key}: expected {p.Value.Value}, got {read.Report!.GetCell(p.Key)?.Raw ?? "nothing"}")
                .ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)) + "\n" + wrapped);
            AssertSameCells(plain, read, wrapped);
        });

    private static string Insert(string text, (int Position, string Number, bool Title, bool FormFeed)[] breaks, string title)
    {
        var lines = text.Split('\n').ToList();
        foreach (var (position, number, repeatTitle, formFeed) in breaks.OrderByDescending(b => b.Position % (lines.Count + 1)))
        {
            var at = position % (lines.Count + 1);
            var inserted = new List<string> { number };
            if (repeatTitle)
            {
                inserted.Add(title);
            }

            if (formFeed && at < lines.Count)
            {
                lines[at] = "\f" + lines[at];
            }

            lines.InsertRange(at, inserted);
        }

        return string.Join('\n', lines);
    }

    private static void AssertSameCells(ParseResult expected, ParseResult actual, string context)
    {
        Assert.True(expected.Success && actual.Success, $"{expected.Error} {actual.Error}");
        var want = expected.Report!.Cells.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value.Kind}:{c.Value.Value}:{c.Value.Inferred}").ToList();
        var got = actual.Report!.Cells.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value.Kind}:{c.Value.Value}:{c.Value.Inferred}").ToList();
        var differences = want.Except(got).Concat(got.Except(want).Select(g => "+" + g)).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)) + "\n" + context);
        Assert.Equal(expected.Report.Edition, actual.Report.Edition);
    }
}
