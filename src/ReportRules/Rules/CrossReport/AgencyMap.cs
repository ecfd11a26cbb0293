namespace ReportRules.Rules.CrossReport;

/// <summary>
/// Names of renamed or restructured agencies: each line of the CSV maps a name as printed to the canonical name its
/// reports are filed under (<c>name as printed,canonical name</c>; a header line, <c>#</c> comments and blank lines are
/// skipped). Names are compared after normalisation (width, spaces, 办公厅/办公室).
/// </summary>
public sealed class AgencyMap
{
    private readonly Dictionary<string, string> canonical;

    private AgencyMap(Dictionary<string, string> canonical) => this.canonical = canonical;

    /// <summary>Gets an empty map.</summary>
    public static AgencyMap Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Gets how many names the map renames.</summary>
    public int Count => canonical.Count;

    /// <summary>Reads a map from CSV text.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">A line does not hold two names.</exception>
    public static AgencyMap Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var first = true;
        foreach (var (line, fields) in CsvLines.Read(reader))
        {
            var isHeader = first && fields.Count >= 2 && IsHeader(fields[0]);
            first = false;
            if (isHeader)
            {
                continue;
            }

            if (fields.Count < 2 || AgencyNames.Normalize(fields[0]) is not { } printed || AgencyNames.Normalize(fields[1]) is not { } name)
            {
                throw new FormatException($"line {line}: expected 'name as printed,canonical name'.");
            }

            map[printed] = name;
        }

        return new AgencyMap(map);
    }

    /// <summary>Gets the canonical form of a normalised name.</summary>
    internal string Resolve(string normalized) => canonical.GetValueOrDefault(normalized, normalized);

    private static bool IsHeader(string field) =>
        field.Contains("name", StringComparison.OrdinalIgnoreCase) || field.Contains("名称", StringComparison.Ordinal) || field.Contains("机关", StringComparison.Ordinal) && field.Length <= 6;
}
