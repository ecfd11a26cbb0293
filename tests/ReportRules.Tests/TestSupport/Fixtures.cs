namespace ReportRules.Tests.TestSupport;

/// <summary>Finds files under tests/fixtures from the test binary's directory.</summary>
internal static class Fixtures
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException("tests/fixtures not found above " + AppContext.BaseDirectory);
    });

    public static string Corpus(string name) => Path.Combine(Root.Value, "corpus", name);

    /// <summary>Gets a constructed fixture: a faithful shape of a real report, written by hand (tests/fixtures/constructed).</summary>
    /// <param name="name">The file name.</param>
    /// <returns>The path.</returns>
    public static string Constructed(string name) => Path.Combine(Root.Value, "constructed", name);

    public static string Expected(string name) => Path.Combine(Root.Value, "expected", name);
}
