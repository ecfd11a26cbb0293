using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests;

public sealed class ReportRulesCheckerTests
{
    private static string Sample(string name) => Fixtures.Corpus(name);

    [Fact]
    public void CheckFile_SameFindingsAsTheStaticFrontDoor()
    {
        var path = Sample("001_c9b27cee782bad7f.txt");
        var viaInstance = new ReportRulesChecker().CheckFile(path);
        var viaStatic = ReportChecker.CheckFile(path);
        Assert.Equal(CheckStatus.Checked, viaInstance.Status);
        Assert.Equal(viaStatic.Findings.Select(f => f.Fingerprint), viaInstance.Findings.Select(f => f.Fingerprint));
    }

    [Fact]
    public void Edition_IsHonouredByTextStreamAndPathAlike()
    {
        var path = Sample("001_c9b27cee782bad7f.txt");
        var options = ReportCheckerOptions.Default with { Edition = ReportEdition.Gb2021 };
        var checker = new ReportRulesChecker(options);
        using var stream = File.OpenRead(path);
        Assert.Equal(ReportEdition.Gb2021, checker.CheckFile(path).Report!.Edition);
        Assert.Equal(ReportEdition.Gb2021, checker.Check(stream, path).Report!.Edition);
        Assert.Equal(ReportEdition.Gb2021, checker.CheckText(File.ReadAllText(path), path).Report!.Edition);
        Assert.Equal(ReportEdition.Gb2021, ReportChecker.CheckFile(path, options).Report!.Edition);
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj", "PDF")]
    [InlineData("<!DOCTYPE html><html><body><table></table></body></html>", "HTML")]
    [InlineData("PK\u0003\u0004rest-of-a-zip", "DOCX")]
    public void PublishedFormat_WithoutTheDocumentsPackage_NamesThePackageToAdd(string content, string format)
    {
        var result = new ReportRulesChecker().Check(new MemoryStream(Encoding.Latin1.GetBytes(content)), "report.bin");
        Assert.Equal(CheckStatus.Unreadable, result.Status);
        Assert.Contains("ReportRules.Documents", result.Error, StringComparison.Ordinal);
        Assert.Contains(format, result.Error, StringComparison.Ordinal);
        Assert.StartsWith("report.bin", result.Error, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.Parse1);
    }

    [Fact]
    public async Task CheckAsync_Path_MatchesTheSynchronousCheck()
    {
        var path = Sample("000_7f61c65fd34ee391.txt");
        var checker = new ReportRulesChecker();
        var result = await checker.CheckAsync(path);
        Assert.Equal(checker.CheckFile(path).Findings.Select(f => f.Fingerprint), result.Findings.Select(f => f.Fingerprint));
    }

    [Fact]
    public async Task CheckAsync_MissingFile_IsUnreadableNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "report.txt");
        var result = await new ReportRulesChecker().CheckAsync(path);
        Assert.Equal(CheckStatus.Unreadable, result.Status);
        Assert.Contains(path, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new ReportRulesChecker().CheckAsync(new MemoryStream(Encoding.UTF8.GetBytes("一、总体情况")), "x.txt", cancelled.Token));
    }

    [Fact]
    public async Task CheckAsync_StreamOverTheLimit_IsParse8()
    {
        var checker = new ReportRulesChecker(ReportCheckerOptions.Default with { MaxInputBytes = 100 });
        var result = await checker.CheckAsync(new MemoryStream(new byte[101]), "big.txt");
        Assert.Equal(CheckStatus.Unreadable, result.Status);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.Parse8);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public async Task CheckManyAsync_YieldsOneResultPerPathInInputOrder(int parallelism)
    {
        var samples = Directory.GetFiles(Path.GetDirectoryName(Sample("000_7f61c65fd34ee391.txt"))!, "00*.txt").Order(StringComparer.Ordinal).ToList();
        var missing = Path.Combine(Path.GetTempPath(), "missing-" + Guid.NewGuid().ToString("N") + ".txt");
        List<string> paths = [.. samples, missing, .. samples.AsEnumerable().Reverse()];
        var checker = new ReportRulesChecker(ReportCheckerOptions.Default with { MaxDegreeOfParallelism = parallelism });

        var sources = new List<string>();
        await foreach (var result in checker.CheckManyAsync(paths))
        {
            sources.Add(result.Source ?? "(none)");
        }

        Assert.Equal(paths, sources);
    }

    [Fact]
    public void AddReportRules_RegistersOneThreadSafeCheckerThatLogsThroughILogger()
    {
        var logger = new RecordingLogger();
        using var provider = new ServiceCollection()
            .AddSingleton<ILogger<ReportRulesChecker>>(logger)
            .AddReportRules(o => o with { Edition = ReportEdition.Gb2021 })
            .BuildServiceProvider();

        var checker = provider.GetRequiredService<IReportChecker>();
        Assert.Same(checker, provider.GetRequiredService<IReportChecker>());
        var result = checker.CheckText(File.ReadAllText(Sample("001_c9b27cee782bad7f.txt")), "001.txt");

        Assert.Equal(ReportEdition.Gb2021, result.Report!.Edition);
        Assert.Contains(logger.Events, e => e.Name == "ParseStarted" && e.Message.Contains("001.txt", StringComparison.Ordinal));
        Assert.Contains(logger.Events, e => e.Name == "Parsed");
        Assert.Contains(logger.Events, e => e.Name == "Checked" && e.Level == LogLevel.Information);
    }

    [Fact]
    public void AddReportRules_WithoutLogging_StillResolves()
    {
        using var provider = new ServiceCollection().AddReportRules().BuildServiceProvider();
        Assert.Equal(RuleCatalog.All.Count, provider.GetRequiredService<IReportChecker>().Rules.Count);
    }

    [Fact]
    public void CustomRule_AppearsInFindingsRulesAndDocsLikeABuiltInOne()
    {
        var rule = ProvincialRule();
        var checker = new ReportRulesChecker(ReportCheckerOptions.Default with { CustomRules = [rule] });
        var report = new AnnualReportBuilder(ReportEdition.Gb2021)
            .WithAgency("某县人民政府").WithYear(2024)
            .SetRequestRow(RequestRow.NewReceived, 10, 0, 0, 0, 0, 0, 10)
            .SetRequestRow(RequestRow.CarriedOver, 0, 0, 0, 0, 0, 0, 0)
            .SetRequestRow(RequestRow.ResultsTotal, 15, 0, 0, 0, 0, 0, 15)
            .Build();

        var result = checker.Check(report);
        var finding = Assert.Single(result.Findings, f => f.RuleId == "JS-T3-1" && f.Scope == "TOT");
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(15m, finding.Actual);
        Assert.Equal(10m, finding.Expected);
        Assert.Contains("办理结果总计不超过新收与结转之和", finding.GetMessage("zh"), StringComparison.Ordinal);
        Assert.Contains("Results total at most new plus carried over", finding.GetMessage("en"), StringComparison.Ordinal);
        Assert.Equal("JS-T3-1", result.Findings[^1].RuleId);

        Assert.Same(rule, checker.Rules[^1]);
        var page = checker.RenderRulesMarkdown();
        Assert.Contains("| `JS-T3-1` | error | gb2019, gb2021 | 办理结果总计不超过新收与结转之和 |", page, StringComparison.Ordinal);
        Assert.EndsWith($"\n{RuleCatalog.All.Count + 1} rules.\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomRule_BelongsToItsCheckerOnly()
    {
        _ = new ReportRulesChecker(ReportCheckerOptions.Default with { CustomRules = [ProvincialRule()] });
        Assert.DoesNotContain(new ReportRulesChecker().Rules, r => r.Id == "JS-T3-1");
        Assert.DoesNotContain(RuleCatalog.All, r => r.Id == "JS-T3-1");
        Assert.Null(RuleCatalog.Find("JS-T3-1"));
    }

    [Fact]
    public void CustomRule_WithABuiltInIdOrABespokeKind_IsRefused()
    {
        var builtIn = RuleCatalog.Find(RuleIds.T3F1)!;
        var clash = Declare(RuleIds.T3F1, RuleKind.Equality);
        Assert.Throws<ArgumentException>(() => new ReportRulesChecker(ReportCheckerOptions.Default with { CustomRules = [clash] }));
        Assert.Throws<ArgumentException>(() => new ReportRulesChecker(ReportCheckerOptions.Default with { CustomRules = [Declare("JS-X", RuleKind.Note)] }));
        Assert.Throws<ArgumentException>(() => new ReportRulesChecker(ReportCheckerOptions.Default with { CustomRules = [Declare("JS-X", RuleKind.AtMost), Declare("js-x", RuleKind.AtMost)] }));
        Assert.NotNull(builtIn);
    }

    [Fact]
    public void Mock_AnAppServiceTestedAgainstAFakeChecker()
    {
        // What an app's own test does: IReportChecker is an interface, so a hand-written fake (or any mocking library)
        // stands in for the real checker.
        var fake = new FakeChecker(CheckResultWithNoFindings());
        var service = new AuditService(fake);
        Assert.Equal("clean", service.Verdict("a.txt"));
        Assert.Equal(["a.txt"], fake.Checked);
    }

    internal static RuleDescriptor ProvincialRule() => new(
        "JS-T3-1",
        RuleFamily.Table3,
        FindingSeverity.Error,
        RuleKind.AtMost,
        "办理结果总计不超过新收与结转之和",
        "Results total at most new plus carried over",
        "省级口径：每一列的办理结果总计不超过本年新收与上年结转之和。",
        "Provincial variant: in every column, the results total does not exceed new plus carried-over applications.",
        "某省年报填报说明 第三条",
        [ReportEdition.Gb2019, ReportEdition.Gb2021],
        "Requests.Results.Total.{c} ≤ Requests.NewReceived.{c} + Requests.CarriedOver.{c}",
        _ => [.. new[] { "NP", "COM", "RES", "NGO", "LAW", "ORG", "TOT" }.Select(c => new RuleInstance(
            "JS-T3-1",
            c,
            [$"Requests.Results.Total.{c}"],
            [$"Requests.NewReceived.{c}", $"Requests.CarriedOver.{c}"]))]);

    private static RuleDescriptor Declare(string id, RuleKind kind) =>
        new(id, RuleFamily.Table3, FindingSeverity.Warning, kind, "标题", "Title", "说明", "Description", "—", [ReportEdition.Gb2021], "—");

    private static CheckResult CheckResultWithNoFindings() =>
        ReportChecker.Check(new AnnualReportBuilder(ReportEdition.Gb2021).WithAgency("某县人民政府").WithYear(2024).Build());

    private sealed class AuditService(IReportChecker checker)
    {
        public string Verdict(string path) =>
            checker.CheckAsync(path).GetAwaiter().GetResult().Findings.Any(f => f.Severity == FindingSeverity.Error) ? "errors" : "clean";
    }

    private sealed class FakeChecker(CheckResult canned) : IReportChecker
    {
        public ConcurrentQueue<string> Checked { get; } = new();

        public IReadOnlyList<RuleDescriptor> Rules => RuleCatalog.All;

        public CheckResult Check(AnnualReport report) => canned;

        public CheckResult CheckText(string text, string? source = null) => canned;

        public Task<CheckResult> CheckAsync(Stream stream, string? source = null, CancellationToken cancellationToken = default) => Task.FromResult(canned);

        public Task<CheckResult> CheckAsync(string path, CancellationToken cancellationToken = default)
        {
            Checked.Enqueue(path);
            return Task.FromResult(canned);
        }

        public async IAsyncEnumerable<CheckResult> CheckManyAsync(IEnumerable<string> paths, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            foreach (var path in paths)
            {
                yield return await CheckAsync(path, cancellationToken);
            }
        }
    }

    private sealed class RecordingLogger : ILogger<ReportRulesChecker>
    {
        public ConcurrentQueue<(LogLevel Level, string? Name, string Message)> Events { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Events.Enqueue((logLevel, eventId.Name, formatter(state, exception)));
    }
}
