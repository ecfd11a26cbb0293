using System.Text;
using System.Text.Json;
using ReportRules.Cli.Tests.TestSupport;
using ReportRules.Documents;
using ReportRules.Findings;
using ReportRules.Parsing;

namespace ReportRules.Cli.Tests.Hostile;

/// <summary>The hostile folder, written once for all tests of <see cref="HostileCorpusTests"/>.</summary>
public sealed class HostileCorpusFixture : IDisposable
{
    private readonly TempDir temp = new();

    public HostileCorpusFixture() => Names = HostileCorpus.Write(temp);

    internal string Folder => temp.Path;

    internal IReadOnlyList<string> Names { get; }

    public void Dispose() => temp.Dispose();
}

/// <summary>
/// Bad input is normal input: every hostile file, through the CLI and through every library entry point, ends as a
/// checked result (with findings) or an unreadable one whose reason names the file; never an exception, and the rest
/// of the batch still runs.
/// </summary>
public sealed class HostileCorpusTests(HostileCorpusFixture corpus) : IClassFixture<HostileCorpusFixture>
{
    public static TheoryData<string> FileNames { get; } = new(
        "huge-200mb.txt", "truncated.html", "deep-10000.html", "deep-tables.html", "junk.pdf", "junk.docx", "junk.html", "junk.txt",
        "garbage-after-header.pdf", "pdf-header-only.pdf", "zip-not-docx.docx", "docx-bad-xml.docx", "truncated-zip.docx",
        "whitespace.txt", "empty.txt", "empty-table.txt", "thousand-rows.txt", "one-5mb-line.txt", "labels-only.txt",
        "many-pipes.txt", "digits-only.txt", "link-a.txt", "dangling.txt", "nested/ok.txt");

    [Fact]
    public void Check_HostileFolder_EveryInputIsReportedInOrderAndNamesItsFile()
    {
        var run = CliRunner.Run("check", corpus.Folder, "--format", "jsonl", "--fail-on", "never");

        var reports = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var sources = reports.Select(r => Path.GetRelativePath(corpus.Folder, r.GetProperty("source").GetString()!).Replace('\\', '/')).ToList();
        var expected = corpus.Names.Where(n => InputExtensions.Contains(Path.GetExtension(n))).ToList();
        Assert.Equal(expected, sources);
        foreach (var report in reports)
        {
            var source = report.GetProperty("source").GetString()!;
            var status = report.GetProperty("status").GetString();
            if (status == "unreadable")
            {
                Assert.Contains(source, report.GetProperty("error").GetString()!, StringComparison.Ordinal);
                Assert.Empty(report.GetProperty("findings").EnumerateArray());
            }
            else
            {
                Assert.Equal("checked", status);
                Assert.Equal(JsonValueKind.Null, report.GetProperty("error").ValueKind);
            }
        }

        Assert.Equal("checked", reports[sources.IndexOf("nested/ok.txt")].GetProperty("status").GetString());
        Assert.Equal(ExitCodes.Unreadable, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Out, StringComparison.Ordinal); // a reason, never a stack trace
        Assert.Equal(string.Empty, run.Error);
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void LibraryEntryPoints_HostileFile_EndAsResultNamingTheFile(string name)
    {
        var path = Path.Combine(corpus.Folder, name);

        AssertNamed(DocumentParser.ParseFile(path), path);
        AssertNamed(ReportParser.ParseFile(path), path);
        if (File.Exists(path) && new FileInfo(path).Length > 1024 * 1024)
        {
            return; // the big files are read once per parser above and by the CLI test: enough, and keeps the suite fast
        }

        AssertNamed(DocumentChecker.CheckFile(path), path);
        AssertNamed(ReportChecker.CheckFile(path), path);
        // The symlink loop and the dangling link cannot be opened by the test either: only the path entry points see them.
        if (!name.StartsWith("link-", StringComparison.Ordinal) && name != "dangling.txt")
        {
            using (var stream = File.OpenRead(path))
            {
                AssertNamed(DocumentParser.Parse(stream, path), path);
            }

            using (var stream = File.OpenRead(path))
            {
                AssertNamed(ReportParser.Parse(stream, path), path);
            }

            AssertNamed(ReportChecker.CheckText(File.ReadAllText(path), path), path);
        }
    }

    private static readonly HashSet<string> InputExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".html", ".htm", ".docx", ".pdf" };

    internal static void AssertNamed(ParseResult result, string source)
    {
        Assert.Equal(source, result.Source);
        if (result.Report is null)
        {
            Assert.NotNull(result.Error);
            Assert.Contains(source, result.Error, StringComparison.Ordinal);
            Assert.NotEmpty(result.Diagnostics);
        }
        else
        {
            Assert.Null(result.Error);
        }
    }

    internal static void AssertNamed(CheckResult result, string source)
    {
        Assert.Equal(source, result.Source);
        if (result.Status == CheckStatus.Unreadable)
        {
            Assert.Contains(source, result.Error!, StringComparison.Ordinal);
            Assert.NotEmpty(result.Findings);
        }
        else
        {
            Assert.Null(result.Error);
        }
    }
}
