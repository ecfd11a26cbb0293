using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Documents.Tests.Real;

/// <summary>
/// The real corpus (<c>tests/fixtures/real</c>, issue 10 item 7): published reports against their hand-checked goldens.
/// Precision: no error or warning the printed page does not justify. Recall: every justified one is raised. Cells and
/// metadata as printed. Disagreements the checker has today are listed in the golden as <c>knownGap</c>: the main tests
/// skip them, and <see cref="KnownGaps_AreStillOpen"/> fails once one is closed, so the golden is updated with the fix.
/// </summary>
public class RealCorpusTests
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "fixtures", "real");

    /// <summary>The corpus only grows: a file dropped from it must be a decision, not an accident.</summary>
    private const int MinimumReports = 21;

    private const int MinimumPublishers = 7;

    private static readonly string[] ManifestColumns = ["file", "repository", "path", "commit", "publisher", "year", "format", "licence", "shows"];

    public static TheoryData<string> Files
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var row in Manifest())
            {
                data.Add(row[0]);
            }

            return data;
        }
    }

    private static List<string[]> Manifest() =>
        File.ReadLines(Path.Combine(Dir, "MANIFEST.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Skip(1)
            .Select(l => l.Split('\t'))
            .ToList();

    private static (CheckResult Result, RealGolden Golden) Check(string file)
    {
        var result = DocumentChecker.CheckFile(Path.Combine(Dir, file));
        return (result, RealGolden.Load(Path.Combine(Dir, file + ".golden.json")));
    }

    private static List<Finding> Raised(CheckResult result) =>
        result.Findings.Where(f => f.Severity is FindingSeverity.Error or FindingSeverity.Warning).ToList();

    /// <summary>Pairs each raised finding with the first unused golden entry it matches; returns the unmatched of both sides.</summary>
    private static (List<Finding> Unmatched, HashSet<RealFinding> Used) Pair(IEnumerable<Finding> raised, IReadOnlyList<RealFinding> golden)
    {
        var used = new HashSet<RealFinding>(ReferenceEqualityComparer.Instance);
        var unmatched = new List<Finding>();
        foreach (var finding in raised)
        {
            var entry = golden.FirstOrDefault(g => !used.Contains(g) && g.Matches(finding));
            if (entry is null)
            {
                unmatched.Add(finding);
            }
            else
            {
                used.Add(entry);
            }
        }

        return (unmatched, used);
    }

    private static string Describe(Finding f) =>
        $"{f.RuleId} {f.Severity} [{string.Join(", ", f.Cells.Select(c => c.Key).Distinct())}] {f.GetMessage("zh")}";

    private static bool MetadataAsPrinted(CheckResult result, RealGolden golden) =>
        result.Report is { } report
        && report.Edition.ToString().Equals(golden.Edition, StringComparison.OrdinalIgnoreCase)
        && report.Metadata.Agency == golden.Agency
        && report.Metadata.Year == golden.Year;

    private static bool CellAsPrinted(CheckResult result, RealCell cell)
    {
        var actual = result.Report?.GetCell(cell.Key);
        return cell.Value is { } value
            ? actual is { IsNumber: true } && actual.Value == value
            : actual is { Kind: CellKind.Blank };
    }

    [Fact]
    public void Manifest_EveryFileHasSourceLicenceAndGolden()
    {
        var header = File.ReadLines(Path.Combine(Dir, "MANIFEST.tsv")).First(l => !l.StartsWith('#')).Split('\t');
        Assert.Equal(ManifestColumns, header);

        var rows = Manifest();
        var problems = new List<string>();
        foreach (var row in rows)
        {
            if (row.Length != ManifestColumns.Length || row.Any(string.IsNullOrWhiteSpace))
            {
                problems.Add($"{row[0]}: {row.Length} columns, every one of {ManifestColumns.Length} must be filled");
            }

            if (!File.Exists(Path.Combine(Dir, row[0])) || !File.Exists(Path.Combine(Dir, row[0] + ".golden.json")))
            {
                problems.Add($"{row[0]}: the file or its .golden.json is missing");
            }
        }

        var listed = rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(Directory.EnumerateFiles(Dir)
            .Select(Path.GetFileName)
            .Where(n => n is not null && !n.EndsWith(".golden.json", StringComparison.Ordinal) && n != "MANIFEST.tsv" && n != "README.md" && !listed.Contains(n))
            .Select(n => $"{n}: in the folder but not in MANIFEST.tsv"));

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(rows.Count >= MinimumReports, $"the real corpus holds {rows.Count} reports; it must not shrink below {MinimumReports}");
        var publishers = rows.Select(r => r[4]).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(publishers.Count >= MinimumPublishers, $"the real corpus must keep at least {MinimumPublishers} publishers, has {publishers.Count}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Metadata_EditionAgencyYearAsPrinted(string file)
    {
        var (result, golden) = Check(file);
        Assert.Equal(CheckStatus.Checked, result.Status);
        if (golden.MetadataKnownGap is null)
        {
            Assert.Equal(golden.Edition, result.Report!.Edition.ToString(), ignoreCase: true);
            Assert.Equal(golden.Agency, result.Report.Metadata.Agency);
            Assert.Equal(golden.Year, result.Report.Metadata.Year);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Cells_ReadAsPrinted(string file)
    {
        var (result, golden) = Check(file);

        var wrong = golden.Cells
            .Where(c => c.KnownGap is null && !CellAsPrinted(result, c))
            .Select(c => $"{c.Key}: printed {c.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "blank"}, read {result.Report?.GetCell(c.Key)?.Raw ?? "nothing"}")
            .ToList();

        Assert.True(wrong.Count == 0, file + ":\n" + string.Join('\n', wrong));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Precision_NoErrorOrWarningThePageDoesNotJustify(string file)
    {
        var (result, golden) = Check(file);

        var (unmatched, _) = Pair(Raised(result), [.. golden.Findings, .. golden.FalseFindings]);

        Assert.True(unmatched.Count == 0, file + " raised findings the golden does not list:\n" + string.Join('\n', unmatched.Select(Describe)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Recall_EveryJustifiedFindingIsRaised(string file)
    {
        var (result, golden) = Check(file);

        var (_, used) = Pair(Raised(result), [.. golden.Findings, .. golden.FalseFindings]);
        var missing = golden.Findings.Where(g => g.KnownGap is null && !used.Contains(g)).ToList();

        Assert.True(missing.Count == 0, file + " missed:\n" + string.Join('\n', missing.Select(m => $"{m}: {m.Why}")));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void KnownGaps_AreStillOpen(string file)
    {
        var (result, golden) = Check(file);
        var (_, used) = Pair(Raised(result), [.. golden.Findings, .. golden.FalseFindings]);

        var closed = new List<string>();
        closed.AddRange(golden.Findings.Where(g => g.KnownGap is not null && used.Contains(g)).Select(g => $"missed finding now raised: {g}"));
        closed.AddRange(golden.FalseFindings.Where(g => !used.Contains(g)).Select(g => $"false finding no longer raised: {g}"));
        closed.AddRange(golden.Cells.Where(c => c.KnownGap is not null && CellAsPrinted(result, c)).Select(c => $"cell now read as printed: {c.Key}"));
        if (golden.MetadataKnownGap is not null && MetadataAsPrinted(result, golden))
        {
            closed.Add("metadata now read as printed");
        }

        Assert.True(closed.Count == 0, file + ": known gaps closed — remove their knownGap/falseFindings entries from the golden:\n" + string.Join('\n', closed));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Golden_EveryEntrySaysWhy(string file)
    {
        var golden = RealGolden.Load(Path.Combine(Dir, file + ".golden.json"));

        Assert.All(golden.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Why), $"{file}: {f} has no why"));
        Assert.All(golden.FalseFindings, f => Assert.False(string.IsNullOrWhiteSpace(f.Why) || string.IsNullOrWhiteSpace(f.KnownGap), $"{file}: false finding {f} needs why and knownGap"));
        Assert.All(golden.Findings, f => Assert.Contains(f.Severity, new[] { "error", "warning" }));
    }
}
