using ReportRules.Findings;

namespace ReportRules.Documents;

/// <summary>
/// Parses a published document (HTML, Word, PDF or text) and checks its arithmetic in one call: the parse
/// diagnostics (<c>PARSE-n</c>) come first in the findings, followed by the rule findings. The same as
/// <see cref="ReportChecker"/> with <c>options.WithDocuments(documentOptions)</c>: every checker option (edition,
/// rule selection, custom rules) is honoured.
/// </summary>
public static class DocumentChecker
{
    /// <summary>Parses and checks a report file of any supported format.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Checker options; <see langword="null"/> for the defaults.</param>
    /// <param name="documentOptions">Document options and limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The check result; an input that could not be read is an unreadable result with its reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static CheckResult CheckFile(string path, ReportCheckerOptions? options = null, DocumentParserOptions? documentOptions = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Checker(options, documentOptions).CheckFile(path);
    }

    /// <summary>Parses and checks a report from a stream of any supported format.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="source">A name for the source, shown in findings.</param>
    /// <param name="options">Checker options; <see langword="null"/> for the defaults.</param>
    /// <param name="documentOptions">Document options and limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The check result; an input that could not be read is an unreadable result with its reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static CheckResult Check(Stream stream, string? source = null, ReportCheckerOptions? options = null, DocumentParserOptions? documentOptions = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Checker(options, documentOptions).Check(stream, source);
    }

    private static readonly ReportRulesChecker DefaultChecker = new(ReportCheckerOptions.Default.WithDocuments());

    private static ReportRulesChecker Checker(ReportCheckerOptions? options, DocumentParserOptions? documentOptions) =>
        options is null && documentOptions is null
            ? DefaultChecker
            : new ReportRulesChecker((options ?? ReportCheckerOptions.Default).WithDocuments(documentOptions));
}
