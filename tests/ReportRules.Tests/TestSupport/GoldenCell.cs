using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Rules;

namespace ReportRules.Tests.TestSupport;

/// <summary>
/// One row of a hand-checked <c>.cells.tsv</c> golden file, and the key-by-key comparison of a parsed model with a
/// golden file. Shared by the text tests and the document (HTML/DOCX/PDF) tests, which link this file, so every
/// input format is held to the same comparison.
/// </summary>
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

    /// <summary>
    /// Compares a parse result with the golden cells key by key: kind, value, and (for numbers) the raw text. An
    /// AMBIGUOUS golden cell may be absent, or placed only if a PARSE-4 finding names it.
    /// </summary>
    /// <returns>One line per mismatch; empty when the model matches.</returns>
    public static List<string> Mismatches(ParseResult result, IReadOnlyList<GoldenCell> golden)
    {
        var report = result.Report!;
        var problems = new List<string>();
        foreach (var expected in golden)
        {
            var actual = report.GetCell(expected.Key);
            if (expected.Ambiguous)
            {
                // The document does not fix the column: the parser must not place it silently.
                var named = result.Diagnostics.Any(d => d.RuleId == RuleIds.Parse4 && d.Cells.Any(c => c.Key == expected.Key));
                if (actual is not null && !named)
                {
                    problems.Add($"{expected.Key}: AMBIGUOUS in the golden file but placed as {actual.Kind} {actual.Raw} without PARSE-4");
                }

                continue;
            }

            if (actual is null)
            {
                problems.Add($"{expected.Key}: missing (expected {expected.Kind} {expected.Raw})");
                continue;
            }

            var kind = expected.Kind switch
            {
                "number" => CellKind.Number,
                "blank" => CellKind.Blank,
                "notApplicable" => CellKind.NotApplicable,
                _ => CellKind.Unreadable,
            };
            if (actual.Kind != kind || actual.Value != expected.Value || (kind == CellKind.Number && actual.Raw != expected.Raw))
            {
                problems.Add($"{expected.Key}: expected {expected.Kind} {expected.Value} '{expected.Raw}', got {actual.Kind} {actual.Value} '{actual.Raw}' at {actual.Location}");
            }
        }

        return problems;
    }
}
