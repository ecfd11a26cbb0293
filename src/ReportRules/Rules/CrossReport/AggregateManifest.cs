using System.Globalization;

namespace ReportRules.Rules.CrossReport;

/// <summary>
/// Which reports make up an aggregate (P-AGG-1): each CSV line names a parent agency, one child agency and the year
/// (<c>parent agency,child agency,year</c>; a header line, <c>#</c> comments and blank lines are skipped).
/// </summary>
public sealed class AggregateManifest
{
    private AggregateManifest(IReadOnlyList<AggregateEntry> entries) => Entries = entries;

    /// <summary>Gets an empty manifest.</summary>
    public static AggregateManifest Empty { get; } = new([]);

    /// <summary>Gets the entries, in file order.</summary>
    public IReadOnlyList<AggregateEntry> Entries { get; }

    /// <summary>Creates a manifest from entries.</summary>
    /// <param name="entries">The entries.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    public static AggregateManifest From(IEnumerable<AggregateEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new AggregateManifest([.. entries]);
    }

    /// <summary>Reads a manifest from CSV text.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">A line does not hold two names and a year.</exception>
    public static AggregateManifest Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<AggregateEntry>();
        var first = true;
        foreach (var (line, fields) in CsvLines.Read(reader))
        {
            var header = first && fields.Count >= 3 && !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out _);
            first = false;
            if (header)
            {
                continue;
            }

            if (fields.Count < 3 || string.IsNullOrWhiteSpace(fields[0]) || string.IsNullOrWhiteSpace(fields[1]) ||
                !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2200)
            {
                throw new FormatException($"line {line}: expected 'parent agency,child agency,year'.");
            }

            entries.Add(new AggregateEntry(fields[0], fields[1], year));
        }

        return new AggregateManifest(entries);
    }
}

/// <summary>One line of an <see cref="AggregateManifest"/>.</summary>
/// <param name="Parent">The agency whose report covers the region.</param>
/// <param name="Child">An agency whose report is part of it.</param>
/// <param name="Year">The report year.</param>
public sealed record AggregateEntry(string Parent, string Child, int Year);
