using ReportRules.Cli.Tests.TestSupport;
using ReportRules.Fuzz;
using ReportRules.Parsing;

namespace ReportRules.Cli.Tests.Hostile;

/// <summary>
/// Issue 13, item 3: the SharpFuzz harness (fuzz/ReportRules.Fuzz) in its replay mode, over the real seeds of
/// <c>samples/</c> and <c>tests/fixtures</c> (reports of every format, and the goldens, manifests and notes beside them:
/// non-reports are inputs too) with a few seeded mutations each. No exception escapes the library, every input gets a
/// documented result naming it, and the same seed gives the same summary. docs/fuzzing.md has the long runs.
/// </summary>
public sealed class FuzzReplayTests
{
    private const int Mutations = 2;

    private static string[] Seeds => [Repo.Samples, Path.Combine(Repo.Root, "tests", "fixtures")];

    [Theory]
    [InlineData("text")]
    [InlineData("html")]
    [InlineData("docx")]
    [InlineData("pdf")]
    [InlineData("all")]
    public void Replay_RealSeedsMutated_NoCrashEveryInputAResult(string name)
    {
        Assert.True(FuzzTarget.TryParse(name, out var target));
        var summary = Replay.Run(new ReplayOptions(target, Seeds, Mutations, Seed: 1)).Summary;

        Assert.True(summary.Crashes == 0, summary.ToString());
        Assert.Equal(summary.Files * (1 + Mutations), summary.Cases);
        Assert.Equal(summary.Cases, summary.Checked + summary.Unreadable + summary.Skipped);
        // Each target reads some seeds of its format (a harness that skips everything fuzzes nothing), and reports.
        Assert.True(summary.Checked > 0, summary.ToString());
        Assert.True(summary.Checked + summary.Unreadable >= 1 + Mutations, summary.ToString());
    }

    [Fact]
    public void Replay_SameSeed_SameSummary_OtherSeed_OtherCases()
    {
        string[] seeds = [Repo.Samples, Path.Combine(Repo.Root, "tests", "fixtures", "corpus")];

        var first = Replay.Run(new ReplayOptions(FuzzTargetKind.All, seeds, Mutations, Seed: 7)).Summary;
        var second = Replay.Run(new ReplayOptions(FuzzTargetKind.All, seeds, Mutations, Seed: 7)).Summary;
        var other = Replay.Run(new ReplayOptions(FuzzTargetKind.Text, seeds, Mutations, Seed: 8)).Summary;
        var otherAgain = Replay.Run(new ReplayOptions(FuzzTargetKind.Text, seeds, Mutations, Seed: 8)).Summary;
        var textSeven = Replay.Run(new ReplayOptions(FuzzTargetKind.Text, seeds, Mutations, Seed: 7)).Summary;

        Assert.Equal(first, second);
        Assert.Equal(other, otherAgain);
        Assert.NotEqual(other.Digest, textSeven.Digest);
        Assert.Equal(0, first.Crashes);
    }

    [Fact]
    public void Replay_TargetThrows_CountedAsCrashNamedAndSaved()
    {
        using var temp = new TempDir();
        var crashes = Path.Combine(temp.Path, "crashes");
        var options = new ReplayOptions(FuzzTargetKind.Text, [Repo.Samples], Mutations: 3, Seed: 1) { CrashDirectory = crashes };

        var summary = Replay.Run(options, bytes => bytes.Length % 2 == 0
            ? throw new InvalidOperationException("escaped")
            : new FuzzOutcome("checked", "x", null, null)).Summary;

        Assert.True(summary.Crashes > 0);
        Assert.Contains("InvalidOperationException: escaped", summary.Crashing, StringComparison.Ordinal);
        Assert.Equal(summary.Crashes, Directory.GetFiles(crashes).Length);
        Assert.All(Directory.GetFiles(crashes), f => Assert.True(new FileInfo(f).Length % 2 == 0));
    }

    [Fact]
    public void Target_EmptyInput_UnreadableResultNamingTheInput()
    {
        // An unreadable result is a documented outcome only when it names the input; the text target checks that.
        var outcome = new FuzzTarget(FuzzTargetKind.Text).Run(""u8);

        Assert.Equal("unreadable", outcome.Status);
        Assert.Contains(FuzzTarget.Source, outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_ExceptionOfTheLibraryCaughtLater_IsSeen_OneOfOtherCode_IsNot()
    {
        // --strict: the document readers' catch-alls turn any exception into PARSE-1; the watch still sees one that the
        // library's own code threw (here ReportParser's null check), and not one thrown by other code.
        MaskedBugs.Install();
        MaskedBugs.Begin();
        Assert.Throws<ArgumentNullException>(() => ReportParser.ParseText(null!));
        var ours = MaskedBugs.End();
        MaskedBugs.Begin();
        Assert.Throws<KeyNotFoundException>(() => new Dictionary<string, int>()["missing"]);
        var theirs = MaskedBugs.End();

        Assert.Contains(ours, m => m.Type == "ArgumentNullException" && m.Where == "ReportRules.Parsing.ReportParser.ParseText");
        Assert.Empty(theirs);
        Assert.Single(MaskedBugs.NamedIn("x.docx: the input could not be read (ArgumentNullException: " + ours[0].Message + ")", ours));
        Assert.Empty(MaskedBugs.NamedIn("x.docx: the Word document has no body", ours));
    }

    [Fact]
    public void Strict_ZipEntryWithAnImpossibleDate_HandledByTheFramework_NotACrash()
    {
        // Found by AFL on the docx target (2026-12-05): an entry dated month 15 makes the framework's zip reader throw
        // ArgumentOutOfRangeException under DocumentParser.DetectKind and catch it itself (the date reads as 1980).
        // The watch sees the throw; the result does not name it, so it is no crash.
        var docx = File.ReadAllBytes(Repo.Corpus("peer_template_2021_blank.docx"));
        for (var i = 0; i + 16 <= docx.Length; i++)
        {
            if (docx.AsSpan(i).StartsWith("PK\x01\x02"u8))
            {
                docx[i + 14] = 0xE1; // DOS date: day 1, month 15, 1980
                docx[i + 15] = 0x01;
            }
        }

        var outcome = new FuzzTarget(FuzzTargetKind.Docx, strict: true).Run(docx);

        Assert.Equal("checked", outcome.Status);
    }

    [Fact]
    public void Replay_Strict_RealSeedsOfEveryFormat_NoLibraryExceptionEvenCaught()
    {
        var summary = Replay.Run(new ReplayOptions(FuzzTargetKind.All, [Path.Combine(Repo.Root, "tests", "fixtures", "corpus"), Path.Combine(Repo.Root, "tests", "fixtures", "real")], 1, Seed: 3) { Strict = true }).Summary;

        Assert.True(summary.Crashes == 0, summary.ToString());
    }
}
