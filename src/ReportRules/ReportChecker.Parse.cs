using ReportRules.Findings;
using ReportRules.Parsing;

namespace ReportRules;

/// <summary>Parse-then-check overloads of the front door.</summary>
public static partial class ReportChecker
{
    /// <summary>Parses report text and checks it.</summary>
    /// <param name="text">The report text.</param>
    /// <param name="source">A name for the source, shown in findings.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults. <see cref="ReportCheckerOptions.Edition"/> overrides the detected edition.</param>
    /// <returns>The findings (parse diagnostics included); an unreadable input has status <see cref="CheckStatus.Unreadable"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static CheckResult CheckText(string text, string? source = null, ReportCheckerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ReportCheckerOptions.Default;
        return FromParse(ReportParser.ParseText(text, source, ParserOptions(options)), options);
    }

    /// <summary>Parses a report from a stream (encoding sniffed) and checks it.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="source">A name for the source, shown in findings.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    /// <returns>The findings (parse diagnostics included); an unreadable input has status <see cref="CheckStatus.Unreadable"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static CheckResult Check(Stream stream, string? source = null, ReportCheckerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReportCheckerOptions.Default;
        return FromParse(ReportParser.Parse(stream, source, ParserOptions(options)), options);
    }

    /// <summary>Parses a report file and checks it.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    /// <returns>The findings (parse diagnostics included); a missing or unreadable file has status <see cref="CheckStatus.Unreadable"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static CheckResult CheckFile(string path, ReportCheckerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ReportCheckerOptions.Default;
        return FromParse(ReportParser.ParseFile(path, ParserOptions(options)), options);
    }

    private static ReportParserOptions ParserOptions(ReportCheckerOptions options) =>
        options.Edition is { } edition ? ReportParserOptions.Default with { Edition = edition } : ReportParserOptions.Default;

    private static CheckResult FromParse(ParseResult parsed, ReportCheckerOptions options) =>
        parsed.Report is { } report
            ? Check(report, parsed.Diagnostics, options)
            : CheckResult.Unreadable(parsed.Source, parsed.Error ?? "the input could not be read", parsed.Diagnostics);
}
