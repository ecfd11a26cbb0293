using System.Globalization;
using ReportRules.Model;
using ReportRules.Rules.Narrative;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Parsing.Legacy;

/// <summary>Seeds 000 and 004 against their hand-checked cell files, seed 002 against its hand-checked facts.</summary>
public class LegacyGoldenTests
{
    [Theory]
    [InlineData(SeedFixtures.Seed000)]
    [InlineData(SeedFixtures.Seed004)]
    public void Parse_LegacySeed_MatchesGoldenCells(string seed)
    {
        var result = SeedFixtures.Parse(seed);
        Assert.True(result.Success, result.Error);
        var report = result.Report!;
        Assert.Equal(ReportEdition.Legacy2014, report.Edition);

        var rows = SeedFixtures.ReadTsv(seed + ".cells.tsv");
        Assert.Equal(rows.Select(r => r[0]).Order(StringComparer.Ordinal), report.Cells.Keys.Order(StringComparer.Ordinal));
        foreach (var row in rows)
        {
            var (key, kind, value, raw, where) = (row[0], row[1], row[2], row[3], row[4]);
            var cell = report.Cells[key];
            Assert.True(string.Equals(kind, cell.Kind.ToString(), StringComparison.OrdinalIgnoreCase), $"{key}: kind {cell.Kind}, expected {kind}");
            Assert.Equal(value.Length == 0 ? null : decimal.Parse(value, CultureInfo.InvariantCulture), cell.Value);
            Assert.Equal(raw, cell.Raw);
            Assert.NotNull(cell.Location);
            var (line, column) = ParseWhere(where);
            Assert.True(line == cell.Location!.Line, $"{key}: line {cell.Location.Line}, expected {line}");
            if (column is { } c)
            {
                Assert.True(c == cell.Location.Column, $"{key}: column {cell.Location.Column}, expected {c}");
            }
        }
    }

    [Fact]
    public void Parse_Seed002_IsProseOnlyWithGoldenFacts()
    {
        var result = SeedFixtures.Parse(SeedFixtures.Seed002);
        Assert.True(result.Success, result.Error);
        var report = result.Report!;
        Assert.Equal(ReportEdition.Legacy2008, report.Edition);
        Assert.Empty(report.Cells);

        var actual = new List<string>();
        foreach (var fact in report.Facts.Where(f => f.Kind == NarrativeFactKind.Count && f.Concept is not null))
        {
            actual.Add(Row(fact, "-"));
            actual.AddRange(fact.Parts.Select(p => Row(p, fact.Concept!)));
        }

        var expected = SeedFixtures.ReadTsv(SeedFixtures.Seed002 + ".facts.tsv")
            .Select(r => string.Join('\t', r[0], r[1], r[2], r[3], r[4], ParseWhere(r[5]).Line.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Parse_Seed002_EveryFactKeepsItsSentenceAndLocation()
    {
        var report = SeedFixtures.Parse(SeedFixtures.Seed002).Report!;
        var lines = File.ReadAllLines(SeedFixtures.CorpusPath(SeedFixtures.Seed002));
        foreach (var fact in NarrativeRules.Flatten(report.Facts))
        {
            Assert.NotNull(fact.Location);
            var line = lines[fact.Location!.Line - 1];
            Assert.Contains(fact.Sentence, line, StringComparison.Ordinal);
            if (fact.Kind == NarrativeFactKind.Count)
            {
                Assert.Equal(fact.Raw, line.Substring(fact.Location.Column - 1, fact.Raw.Length));
            }
        }
    }

    private static string Row(NarrativeFact fact, string parent) =>
        string.Join('\t', fact.Concept ?? "-", "count", fact.Value!.Value.ToString(CultureInfo.InvariantCulture), fact.Raw, parent,
            fact.Location!.Line.ToString(CultureInfo.InvariantCulture));

    // "line 77 (…)" or "line 28, column 37 (…)".
    private static (int Line, int? Column) ParseWhere(string where)
    {
        var parts = where.Split(' ', ',', '(');
        var line = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var columnAt = Array.IndexOf(parts, "column");
        return (line, columnAt > 0 ? int.Parse(parts[columnAt + 1], CultureInfo.InvariantCulture) : null);
    }
}
