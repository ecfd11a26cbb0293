using System.Text;
using BenchmarkDotNet.Attributes;
using ReportRules.Documents;
using ReportRules.Parsing;

namespace ReportRules.Benchmarks;

/// <summary>
/// Parse throughput (the real samples are in <see cref="ParseSampleBenchmarks"/>): 1 MB and 10 MB synthetic reports (for linear time: the 10 MB case
/// should take about ten times the 1 MB one), and a real text-layer PDF read by the document parser.
/// Run: <c>dotnet run -c Release --project benchmarks/ReportRules.Benchmarks -- --filter '*Parse*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string oneMegabyte = string.Empty;
    private string tenMegabytes = string.Empty;
    private byte[] hongzePdf = [];

    /// <summary>Loads the inputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = RepoRoot();
        var seed = File.ReadAllText(Path.Combine(root, "samples", "001_c9b27cee782bad7f.txt"));
        oneMegabyte = Repeat(seed, 1024 * 1024);
        tenMegabytes = Repeat(seed, 10 * 1024 * 1024);
        hongzePdf = File.ReadAllBytes(Path.Combine(root, "tests", "fixtures", "corpus", "peer_hongze_district_2023.pdf"));
    }

    /// <summary>Parses a 1 MB synthetic report (sample 001 repeated).</summary>
    /// <returns>The number of diagnostics.</returns>
    [Benchmark]
    public int ParseSynthetic1MB() => ReportParser.ParseText(oneMegabyte, "1mb").Diagnostics.Count;

    /// <summary>Parses a 10 MB synthetic report (sample 001 repeated).</summary>
    /// <returns>The number of diagnostics.</returns>
    [Benchmark]
    public int ParseSynthetic10MB() => ReportParser.ParseText(tenMegabytes, "10mb").Diagnostics.Count;

    /// <summary>Reads the Hongze district 2023 PDF (5 pages, text layer) through the document parser.</summary>
    /// <returns>The number of cells read.</returns>
    [Benchmark]
    public int ParseHongzePdf() => DocumentParser.Parse(new MemoryStream(hongzePdf), "hongze.pdf").Report?.Cells.Count ?? -1;

    private static string Repeat(string seed, int size)
    {
        var builder = new StringBuilder(size + seed.Length);
        while (builder.Length < size)
        {
            builder.Append(seed).Append('\n');
        }

        return builder.ToString();
    }

    internal static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReportRules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ReportRules.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Parse time of each real sample report (samples/*.txt).</summary>
[MemoryDiagnoser]
public class ParseSampleBenchmarks
{
    private string text = string.Empty;

    /// <summary>Gets the sample report files.</summary>
    public static IEnumerable<string> SampleNames =>
        Directory.GetFiles(Path.Combine(ParseBenchmarks.RepoRoot(), "samples"), "*.txt").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal);

    /// <summary>Gets or sets the sample report parsed.</summary>
    [ParamsSource(nameof(SampleNames))]
    public string Sample { get; set; } = string.Empty;

    /// <summary>Loads the sample.</summary>
    [GlobalSetup]
    public void Setup() => text = File.ReadAllText(Path.Combine(ParseBenchmarks.RepoRoot(), "samples", Sample));

    /// <summary>Parses the sample.</summary>
    /// <returns>The number of cells read.</returns>
    [Benchmark]
    public int ParseSample() => ReportParser.ParseText(text, Sample).Report?.Cells.Count ?? -1;
}
