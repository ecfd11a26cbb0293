using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReportRules.Diagnostics;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Rules;
using ReportRules.Rules.Engine;

namespace ReportRules;

/// <summary>
/// The checker as an object: one options value (<see cref="ReportCheckerOptions"/>), one logger, one rule set.
/// Thread-safe and immutable; build one and share it (the DI registration is a singleton). Takes any input the
/// registered readers know — text and Markdown always, HTML, DOCX and PDF with ReportRules.Documents.
/// </summary>
public sealed class ReportRulesChecker : IReportChecker
{
    private readonly ILogger logger;
    private readonly CheckerRuleSet ruleSet;

    /// <summary>Creates a checker.</summary>
    /// <param name="options">Options; <see langword="null"/> for <see cref="ReportCheckerOptions.Default"/>.</param>
    /// <param name="logger">Where the parse and rule stages log; <see langword="null"/> for none. The library never writes to the console.</param>
    /// <exception cref="ArgumentException">A custom rule has a built-in id, a duplicate id, or a kind the engine cannot evaluate from its operands.</exception>
    public ReportRulesChecker(ReportCheckerOptions? options = null, ILogger<ReportRulesChecker>? logger = null)
    {
        Options = options ?? ReportCheckerOptions.Default;
        this.logger = logger ?? (ILogger)NullLogger.Instance;
        ruleSet = CheckerRuleSet.For(Options.CustomRules);
        CheckerLog.CheckerCreated(this.logger, ruleSet.Rules.Count, Options.CustomRules.Count, Options.Readers.Count);
    }

    /// <summary>Gets the options this checker honours.</summary>
    public ReportCheckerOptions Options { get; }

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules => ruleSet.Rules;

    /// <summary>
    /// Renders this checker's rule catalog as Markdown — the same page as <c>docs/rules.md</c>
    /// (<c>reportrules rules --format md</c>), with the app's own rules after the built-in ones.
    /// </summary>
    /// <returns>The Markdown text (line endings <c>\n</c>).</returns>
    public string RenderRulesMarkdown() => RulesMarkdown.Render(ruleSet.Rules);

    /// <inheritdoc />
    public CheckResult Check(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Check(report, []);
    }

    /// <summary>Checks a parsed input, keeping its parse diagnostics among the findings.</summary>
    /// <param name="parsed">The parse result.</param>
    /// <returns>The findings; <see cref="CheckStatus.Unreadable"/> when no report was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parsed"/> is null.</exception>
    public CheckResult Check(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.Report is not { } report)
        {
            var error = parsed.Error ?? $"{parsed.Source}: the input could not be read";
            CheckerLog.Unreadable(logger, parsed.Source ?? "(input)", error);
            return CheckResult.Unreadable(parsed.Source, error, parsed.Diagnostics);
        }

        CheckerLog.Parsed(logger, parsed.Source ?? "(input)", report.Edition, parsed.Diagnostics.Count);
        return Check(report, parsed.Diagnostics);
    }

    /// <inheritdoc />
    public CheckResult CheckText(string text, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckerLog.ParseStarted(logger, source ?? "(text)", text.Length, "text");
        return Check(ReportParser.ParseText(text, source, Options.ParserOptions));
    }

    /// <summary>Reads a report of any supported format from a stream, parses and checks it.</summary>
    /// <param name="stream">The stream; read to its end or to <see cref="ReportCheckerOptions.MaxInputBytes"/>.</param>
    /// <param name="source">A name for the source, shown in findings.</param>
    /// <returns>The findings; an unreadable input has status <see cref="CheckStatus.Unreadable"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public CheckResult Check(Stream stream, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            return ReportParser.TryReadAll(stream, Options.MaxInputBytes, out var bytes)
                ? Check(Parse(bytes, source))
                : Check(TooLarge(source));
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            return Check(ReportParser.Unreadable(source, $"the input could not be read: {ex.Message}", $"输入无法读取：{ex.Message}"));
        }
    }

    /// <summary>Reads a report file of any supported format, parses and checks it.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The findings; a missing or unreadable file has status <see cref="CheckStatus.Unreadable"/> and names the file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public CheckResult CheckFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return Check(stream, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Check(CannotOpen(path, ex));
        }
    }

    /// <inheritdoc />
    public async Task<CheckResult> CheckAsync(Stream stream, string? source = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[]? bytes;
        try
        {
            bytes = await ReadAllAsync(stream, Options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            return Check(ReportParser.Unreadable(source, $"the input could not be read: {ex.Message}", $"输入无法读取：{ex.Message}"));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return bytes is null ? Check(TooLarge(source)) : Check(Parse(bytes, source));
    }

    /// <inheritdoc />
    public async Task<CheckResult> CheckAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Check(CannotOpen(path, ex));
        }

        await using (stream.ConfigureAwait(false))
        {
            return await CheckAsync(stream, path, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<CheckResult> CheckManyAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var width = Options.MaxDegreeOfParallelism > 0 ? Options.MaxDegreeOfParallelism : Environment.ProcessorCount;

        // A window of at most `width` checks in flight; results leave in input order, and the next check starts as
        // soon as the oldest one has been handed out, so memory stays bounded whatever the number of paths.
        var window = new Queue<Task<CheckResult>>(width);
        using var enumerator = paths.GetEnumerator();
        while (true)
        {
            while (window.Count < width && enumerator.MoveNext())
            {
                var path = enumerator.Current;
                window.Enqueue(Task.Run(() => CheckAsync(path, cancellationToken), cancellationToken));
            }

            if (window.Count == 0)
            {
                yield break;
            }

            yield return await window.Dequeue().ConfigureAwait(false);
        }
    }

    internal CheckResult Check(AnnualReport report, IReadOnlyList<Finding> parseDiagnostics)
    {
        // A number beyond the form's range becomes a finding on its cell and is not summed (ReportChecker.Limits).
        var outOfRange = new List<Finding>();
        report = ReportChecker.GuardRange(report, outOfRange);
        var (findings, tally) = RuleRunner.Run(report, Options.IsSelected, logger, ruleSet.Validators);
        var all = RuleRunner.Order(parseDiagnostics.Concat(outOfRange).Where(d => Options.IsSelected(d.RuleId)).Concat(findings), report.Edition, ruleSet.Order);
        var result = new CheckResult(report.Metadata.Source, CheckStatus.Checked, null, report, all, tally);
        var errors = all.Count(f => f.Severity == FindingSeverity.Error);
        CheckerLog.Checked(logger, report.Metadata.Source ?? "(input)", all.Count, errors, tally.Evaluated);

        return result;
    }

    /// <summary>Reads bytes of any format: a registered reader first, the text parser for text, else a clear error.</summary>
    internal ParseResult Parse(byte[] bytes, string? source)
    {
        foreach (var reader in Options.Readers)
        {
            if (reader.CanRead(bytes))
            {
                CheckerLog.ParseStarted(logger, source ?? "(input)", bytes.Length, "registered reader");
                return reader.Read(bytes, source, Options);
            }
        }

        var kind = bytes.Length == 0 ? InputKind.Text : InputSniffer.Sniff(bytes);
        if (kind == InputKind.Text)
        {
            CheckerLog.ParseStarted(logger, source ?? "(input)", bytes.Length, "text");
            return ReportParser.ParseBytes(bytes, source, Options.ParserOptions);
        }

        var format = kind switch
        {
            InputKind.Pdf => "a PDF document",
            InputKind.Zip => "a zip package (a Word DOCX file?)",
            _ => "an HTML page",
        };
        CheckerLog.ReaderMissing(logger, source ?? "(input)", format);
        return ReportParser.Unreadable(
            source,
            $"the input is {format}; the ReportRules package reads text and Markdown only. Add the ReportRules.Documents package and check with options.WithDocuments() (or DocumentChecker) to read HTML, DOCX and PDF.",
            $"输入是{kind switch { InputKind.Pdf => " PDF 文档", InputKind.Zip => "压缩包（Word DOCX 文件？）", _ => " HTML 网页" }}；ReportRules 包只读取文本和 Markdown。读取 HTML、DOCX、PDF 请添加 ReportRules.Documents 包，并使用 options.WithDocuments()（或 DocumentChecker）。");
    }

    private static ParseResult CannotOpen(string path, Exception ex) =>
        ReportParser.Unreadable(path, $"{path}: the file could not be opened: {ex.Message}", $"{path}：文件无法打开：{ex.Message}");

    private ParseResult TooLarge(string? source) =>
        ReportParser.Unreadable(
            source,
            $"the input is larger than the limit of {Options.MaxInputBytes} bytes",
            $"输入超过 {Options.MaxInputBytes} 字节的限制。",
            RuleIds.Parse8);

    // The async twin of ReportParser.TryReadAll: null when the input is over the limit.
    private static async Task<byte[]?> ReadAllAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        var expected = 0L;
        if (stream.CanSeek)
        {
            expected = Math.Max(0, stream.Length - stream.Position);
            if (expected > limit)
            {
                return null;
            }
        }

        using var buffer = new MemoryStream((int)Math.Min(expected + 1, int.MaxValue / 2));
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
