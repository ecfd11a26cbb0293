using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportRules;
using ReportRules.Documents;
using ReportRules.Findings;
using Xunit.Abstractions;

namespace ReportRules.PackageTests;

/// <summary>
/// An app that already uses FluentValidation 11.x adds the ReportRules packages (from the packed .nupkg files) and
/// checks a text, an HTML and a PDF report through the public API only.
/// </summary>
public sealed class ConsumerAppTests(ITestOutputHelper output)
{
    private static string Report(string name) => Path.Combine(AppContext.BaseDirectory, "reports", name);

    [Fact]
    public void TheAppsOwnFluentValidation11_StillWorksNextToReportRules()
    {
        Assert.Equal(11, typeof(AbstractValidator<>).Assembly.GetName().Version!.Major);
        var result = new InvoiceValidator().Validate(new Invoice(-1));
        Assert.False(result.IsValid);

        // ReportRules' rules run on the same FluentValidation 11 assembly.
        Assert.Equal(CheckStatus.Checked, ReportChecker.CheckFile(Report("report.txt")).Status);
    }

    [Fact]
    public void Text_CheckedByTheCorePackage()
    {
        var result = ReportChecker.CheckFile(Report("report.txt"));
        Print(result);
        Assert.Equal(CheckStatus.Checked, result.Status);
        Assert.True(result.RulesEvaluated > 0);
    }

    [Fact]
    public void Html_CheckedWithTheDocumentsPackage_FindsTheWrongTotal()
    {
        var checker = new ReportRulesChecker(ReportCheckerOptions.Default.WithDocuments());
        var result = checker.CheckFile(Report("report.html"));
        Print(result);
        Assert.Equal(CheckStatus.Checked, result.Status);
        Assert.Contains(result.Findings, f => f.RuleId == "T3-F3" && f.Severity == FindingSeverity.Error && f.Actual == 14 && f.Expected == 13);
    }

    [Fact]
    public void Pdf_WithoutTheDocumentsReader_SaysWhichPackageToAdd()
    {
        var result = ReportChecker.CheckFile(Report("report.pdf"));
        output.WriteLine(result.Error);
        Assert.Equal(CheckStatus.Unreadable, result.Status);
        Assert.Contains("ReportRules.Documents", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllThree_ThroughDependencyInjectionAndLogging_InInputOrder()
    {
        var log = new StringWriter();
        using var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(new WriterLoggerProvider(log)).SetMinimumLevel(LogLevel.Information))
            .AddReportRules(o => o.WithDocuments() with { MaxDegreeOfParallelism = 2 })
            .BuildServiceProvider();
        var checker = services.GetRequiredService<IReportChecker>();

        string[] paths = [Report("report.txt"), Report("report.html"), Report("report.pdf")];
        var results = new List<CheckResult>();
        await foreach (var result in checker.CheckManyAsync(paths))
        {
            Print(result);
            results.Add(result);
        }

        output.WriteLine(log.ToString());
        Assert.Equal(paths, results.Select(r => r.Source));
        Assert.All(results, r => Assert.Equal(CheckStatus.Checked, r.Status));
        Assert.Contains("Checked " + paths[2], log.ToString(), StringComparison.Ordinal);
        Assert.Equal(DocumentChecker.CheckFile(paths[2]).Findings.Count, results[2].Findings.Count);
    }

    private void Print(CheckResult result)
    {
        output.WriteLine($"{Path.GetFileName(result.Source)}: {result.Status}, {result.Report?.Edition}, {result.RulesEvaluated} rules evaluated, " +
                         $"{result.Count(FindingSeverity.Error)} errors, {result.Count(FindingSeverity.Warning)} warnings, {result.Count(FindingSeverity.Info)} infos");
        foreach (var finding in result.Findings.Take(3))
        {
            output.WriteLine($"  {finding.RuleId} {finding.Severity}: {finding.GetMessage("en")}");
        }
    }

    private sealed record Invoice(decimal Amount);

    private sealed class InvoiceValidator : AbstractValidator<Invoice>
    {
        public InvoiceValidator() => RuleFor(i => i.Amount).GreaterThanOrEqualTo(0);
    }

    private sealed class WriterLoggerProvider(TextWriter writer) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new WriterLogger(writer, categoryName);

        public void Dispose()
        {
        }

        private sealed class WriterLogger(TextWriter writer, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (writer)
                {
                    writer.WriteLine($"{logLevel} {category}[{eventId.Id}] {formatter(state, exception)}");
                }
            }
        }
    }
}
