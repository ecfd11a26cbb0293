using ReportRules.Documents.Tests.TestSupport;
using ReportRules.Findings;
using ReportRules.Rules;
using ReportRules.Rules.CrossReport;
using Xunit.Abstractions;

namespace ReportRules.Documents.Tests.Pdf;

/// <summary>
/// Every report of the repository's real corpus (tests/fixtures/corpus, and tests/fixtures/real when present) read
/// together: the series found, the pairs compared and the cross findings, printed for the record; every real pair must
/// check clean of errors, and the 洪泽区 2023/2024 pair must be among them.
/// </summary>
public class CorpusSeriesTests(ITestOutputHelper output)
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm", ".docx", ".pdf"];

    private static IEnumerable<string> CorpusFiles()
    {
        var corpus = Path.GetDirectoryName(Fixtures.Corpus("x"))!;
        var directories = new List<string> { corpus };
        if (RealCorpus() is { } real)
        {
            directories.Add(real);
        }

        return directories.SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).StartsWith("README.", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
    }

    // tests/fixtures/real: copied next to the binaries, or found in the checkout above them.
    private static string? RealCorpus()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "fixtures", "real");
        if (Directory.Exists(copied))
        {
            return copied;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "fixtures", "real");
            if (File.Exists(Path.Combine(directory.FullName, "ReportRules.sln")))
            {
                return Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }

    [Fact]
    public void Corpus_RealSeries_ArePairedAndCheckCleanOfErrors()
    {
        var facts = CorpusFiles()
            .Select(f => DocumentParser.ParseFile(f).Report)
            .OfType<Model.AnnualReport>()
            .Select(CrossReportFacts.From)
            .ToList();

        var result = CrossReportChecker.Run(facts);

        output.WriteLine($"{facts.Count} reports read; {result.Describe("en")}");
        foreach (var series in result.Series)
        {
            output.WriteLine($"series {series.Agency}: {string.Join(", ", series.Reports.Select(r => $"{r.Year} {Path.GetFileName(r.Source)} ({r.Agency})"))}");
        }

        foreach (var unpaired in result.Unpaired)
        {
            output.WriteLine($"unpaired {Path.GetFileName(unpaired.Source)} ({unpaired.Agency}, {unpaired.Year}): {CrossReportResult.DescribeReason(unpaired, "en")}");
        }

        foreach (var finding in result.Findings)
        {
            output.WriteLine($"{Path.GetFileName(finding.Source)}: {finding}");
        }

        var hongze = Assert.Single(result.Series, s => s.Reports.Any(r => r.Source!.EndsWith("peer_hongze_district_2024.pdf", StringComparison.Ordinal)));
        Assert.Equal([2023, 2024], hongze.Years);
        Assert.Equal(["洪泽区人民政府", "淮安市洪泽区人民政府"], hongze.Reports.Select(r => r.Agency));
        Assert.True(result.PairsCompared >= 1);
        Assert.DoesNotContain(result.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.X1);
        if (RealCorpus() is not null)
        {
            // 平潭综合实验区 2015–2025 (printed "标题:平潭综合实验区" in the crawls); 2024 is read from the HTML page, whose
            // tables were read, rather than the crawl, whose tables were not.
            var pingtan = Assert.Single(result.Series, s => s.Agency.EndsWith("平潭综合实验区", StringComparison.Ordinal));
            Assert.Equal(Enumerable.Range(2015, 11), pingtan.Years);
            Assert.EndsWith("pingtan_gwh_2024_article.html", pingtan.Reports.Single(r => r.Year == 2024).Source, StringComparison.Ordinal);
            Assert.Contains(result.Series, s => s.Agency.EndsWith("平潭综合实验区市场监督管理局", StringComparison.Ordinal) && s.Years.SequenceEqual([2017, 2018, 2019]));
        }
    }
}
