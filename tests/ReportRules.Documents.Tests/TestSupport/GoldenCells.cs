using System.Globalization;

namespace ReportRules.Documents.Tests.TestSupport;

/// <summary>Reads a hand-checked <c>&lt;name&gt;.cells.tsv</c> (key, kind, value, raw, where), in form order.</summary>
internal static class GoldenCells
{
    public static IReadOnlyList<(string Key, string Kind, string Raw)> Load(string name) =>
        File.ReadLines(Fixtures.Expected(name))
            .Where(l => !l.StartsWith('#') && !l.StartsWith("key\t", StringComparison.Ordinal) && l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(f => (f[0], f[1], f[3]))
            .ToList();

    public static string Describe(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
