using System.Xml.Linq;
using ReportRules.Cli.Commands;
using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Commands;

/// <summary><c>reportrules parse --debug-layout</c>: the picture of what the PDF and text layouts detected.</summary>
public sealed class DebugLayoutTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Pdf_Hongze2023_DrawsItsRegionsRowsAndGroupsAsWellFormedSvg()
    {
        using var temp = new TempDir();
        var path = Path.Combine(temp.Path, "hongze.svg");
        var run = CliRunner.Run("parse", Repo.Corpus("peer_hongze_district_2023.pdf"), "--debug-layout", path);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var svg = XDocument.Load(path); // throws unless well-formed
        int Count(string kind) => svg.Descendants(Svg + "rect").Count(r => (string?)r.Attribute("class") == kind);

        // Five ruled regions over five pages (the tables of 第二十条 items, table 3 on two pages, table 4), the 30
        // value rows of the parsed tables, the page numbers dropped from 5 pages, and 3 group labels in table 3.
        Assert.Equal(5, svg.Descendants(Svg + "g").Count(g => (string?)g.Attribute("class") == "page"));
        Assert.Equal(5, Count("region"));
        Assert.Equal(30, Count("row"));
        Assert.Equal(5, Count("furniture"));
        Assert.Equal(3, Count("label-group"));
        Assert.True(Count("column") > 0 && Count("header") > 0);
        Assert.Contains(svg.Descendants(Svg + "title"), t => t.Value.EndsWith("行政处罚", StringComparison.Ordinal));
    }

    [Fact]
    public void Pdf_Html_WrapsTheSvgWithALegend()
    {
        using var temp = new TempDir();
        var path = Path.Combine(temp.Path, "hongze.html");
        var run = CliRunner.Run("parse", Repo.Corpus("peer_hongze_district_2023.pdf"), "--debug-layout", path);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("table region", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_PdfTextLayout_MarksTheSkippedPageNumberAndTheLinesReadAsCells()
    {
        using var temp = new TempDir();
        var path = Path.Combine(temp.Path, "text.svg");
        var input = Path.Combine(Repo.Root, "tests", "fixtures", "layout", "peer_hongze_district_2023.layout.txt");
        var run = CliRunner.Run("parse", input, "--debug-layout", path);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var svg = XDocument.Load(path); // the text has form feeds: they must not break the XML
        var rects = svg.Descendants(Svg + "rect").ToList();
        var furniture = rects.Where(r => (string?)r.Attribute("class") == "furniture").ToList();
        var rows = rects.Where(r => (string?)r.Attribute("class") == "row").ToList();
        Assert.NotEmpty(furniture);
        Assert.All(furniture, r => Assert.Contains("skipped as page furniture", r.Value, StringComparison.Ordinal));
        Assert.True(rows.Count >= 10, $"only {rows.Count} lines were read into cells");
        Assert.All(rows, r => Assert.Contains(" → ", r.Value, StringComparison.Ordinal));

        // Every line read into a cell is one the model's JSON locates on that line.
        var model = CliRunner.Run("parse", input);
        using var json = System.Text.Json.JsonDocument.Parse(model.Out);
        var lines = json.RootElement.GetProperty("cells").EnumerateObject()
            .Where(c => c.Value.TryGetProperty("location", out var l) && l.ValueKind == System.Text.Json.JsonValueKind.Object)
            .Select(c => c.Value.GetProperty("location").GetProperty("line").GetInt32())
            .ToHashSet();
        Assert.Equal(lines, rows.Select(r => (int)r.Attribute("data-line")!).ToHashSet());
    }

    [Fact]
    public void UnsupportedExtension_IsAUsageError()
    {
        using var temp = new TempDir();
        var run = CliRunner.Run("parse", Repo.Sample("001"), "--debug-layout", Path.Combine(temp.Path, "out.png"));
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(".svg or .html", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ReplacesCharactersXmlCannotHold()
    {
        Assert.Equal("a\uFFFDb\uFFFD", DebugLayout.Clean("a\fb\uD800"));
        Assert.Equal("表𠀀", DebugLayout.Clean("表𠀀"));
    }
}
