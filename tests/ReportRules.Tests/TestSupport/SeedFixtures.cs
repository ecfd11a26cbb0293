using ReportRules.Findings;
using ReportRules.Parsing;

namespace ReportRules.Tests.TestSupport;

/// <summary>The seed reports copied into tests/fixtures/corpus (public documents) and their golden files.</summary>
internal static class SeedFixtures
{
    public const string Seed000 = "000_7f61c65fd34ee391";
    public const string Seed001 = "001_c9b27cee782bad7f";
    public const string Seed002 = "002_2c0be002478831ad";
    public const string Seed003 = "003_2d935e81099e023a";
    public const string Seed004 = "004_59994d527c4987e0";

    private static readonly Lazy<string> FixturesRoot = new(FindRoot);

    public static string CorpusPath(string seed) => Path.Combine(FixturesRoot.Value, "corpus", seed + ".txt");

    public static string ExpectedPath(string file) => Path.Combine(FixturesRoot.Value, "expected", file);

    public static ParseResult Parse(string seed) => ReportParser.ParseFile(CorpusPath(seed));

    /// <summary>Parses and checks a seed the way the CLI does: parse diagnostics plus rule findings.</summary>
    public static CheckResult Check(string seed)
    {
        var parsed = Parse(seed);
        Assert.True(parsed.Success, parsed.Error);
        return ReportChecker.Check(parsed.Report!, parsed.Diagnostics, ReportCheckerOptions.Default);
    }

    /// <summary>Reads a golden TSV: comment lines start with '#', the first other line is the header.</summary>
    public static List<string[]> ReadTsv(string file) =>
        [.. File.ReadAllLines(ExpectedPath(file))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Skip(1)
            .Select(l => l.Split('\t'))];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fixtures");
            if (Directory.Exists(Path.Combine(candidate, "corpus")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/fixtures/corpus not found above " + AppContext.BaseDirectory);
    }
}
