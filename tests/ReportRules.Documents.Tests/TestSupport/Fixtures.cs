namespace ReportRules.Documents.Tests.TestSupport;

/// <summary>Paths of the committed fixtures (copied next to the test assembly).</summary>
internal static class Fixtures
{
    public static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "corpus", name);

    public static string Layout(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "layout", name);

    public static string Expected(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "expected", name);
}
