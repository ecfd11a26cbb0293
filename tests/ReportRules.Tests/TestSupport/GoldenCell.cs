namespace ReportRules.Tests.TestSupport;

/// <summary>One row of a hand-checked <c>.cells.tsv</c> golden file.</summary>
internal sealed record GoldenCell(string Key, string Kind, decimal? Value, string Raw, string Where)
{
    public bool Ambiguous => Where.StartsWith("AMBIGUOUS", StringComparison.Ordinal);

    public static IReadOnlyList<GoldenCell> Load(string path)
    {
        var cells = new List<GoldenCell>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.StartsWith("key\t", StringComparison.Ordinal) || line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            decimal? value = parts[2].Length == 0 ? null : decimal.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            cells.Add(new GoldenCell(parts[0], parts[1], value, parts[3], parts.Length > 4 ? parts[4] : string.Empty));
        }

        return cells;
    }
}
