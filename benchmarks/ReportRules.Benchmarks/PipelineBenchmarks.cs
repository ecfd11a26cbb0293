using BenchmarkDotNet.Attributes;
using ReportRules.Benchmarks.Corpus;
using ReportRules.Documents;
using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Parsing.Document;

namespace ReportRules.Benchmarks;

/// <summary>
/// The issue-12 pipeline per layout and edition, against the baseline of reading and decoding the same bytes:
/// read + decode, parse, check, parse + check. The file is read from disk (the page cache) in each case, as the CLI does.
/// Run: <c>dotnet run -c Release --project benchmarks/ReportRules.Benchmarks -- --filter '*Pipeline*'</c>.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string path = string.Empty;
    private ParseResult parsed = null!;

    /// <summary>Gets or sets the layout.</summary>
    [Params(BenchLayout.Text, BenchLayout.CellPerLine, BenchLayout.Markdown, BenchLayout.Html)]
    public BenchLayout Layout { get; set; }

    /// <summary>Gets or sets the edition.</summary>
    [Params(ReportEdition.Gb2019, ReportEdition.Gb2021)]
    public ReportEdition Edition { get; set; }

    /// <summary>Writes the input file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var directory = Path.Combine(Path.GetTempPath(), "reportrules-bench");
        Directory.CreateDirectory(directory);
        path = Path.Combine(directory, $"{Edition}-{Layout}{BenchInputs.Extension(Layout)}");
        File.WriteAllBytes(path, BenchInputs.Render(Edition, Layout));
        parsed = Pipeline.Parse(path);
        if (parsed.Report is null)
        {
            throw new InvalidOperationException($"{path}: not parsed: {parsed.Error}");
        }
    }

    /// <summary>The baseline: read the file and decode it to a string.</summary>
    /// <returns>The number of characters.</returns>
    [Benchmark(Baseline = true)]
    public int ReadDecode() => Pipeline.ReadDecode(path);

    /// <summary>Reads and parses the file.</summary>
    /// <returns>The number of cells read.</returns>
    [Benchmark]
    public int Parse() => Pipeline.Parse(path).Report?.Cells.Count ?? -1;

    /// <summary>Checks the already parsed report.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int Check() => ReportChecker.Check(parsed).Findings.Count;

    /// <summary>Reads, parses and checks the file.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int ParseCheck() => ReportChecker.Check(Pipeline.Parse(path)).Findings.Count;
}

/// <summary>The steps measured, shared by the BenchmarkDotNet suite and the <c>measure</c> command.</summary>
public static class Pipeline
{
    /// <summary>Reads a file and decodes it as the parser does (encoding sniffing included).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The number of characters decoded.</returns>
    public static int ReadDecode(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return InputDecoder.TryDecode(bytes, out var text, out _, out _) ? text.Length : -1;
    }

    /// <summary>Parses a file: text layouts by the text parser, HTML by the document parser (as the CLI does).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The parse result.</returns>
    public static ParseResult Parse(string path) =>
        path.EndsWith(".html", StringComparison.Ordinal) ? DocumentParser.ParseFile(path) : ReportParser.ParseFile(path);
}
