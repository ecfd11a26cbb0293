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
    public static CheckResult CheckText(string text, string? source = null, ReportCheckerOptions? options = null) =>
        For(options).CheckText(text, source);

    /// <summary>
    /// Reads a report from a stream, parses and checks it. Text and Markdown always; HTML, DOCX and PDF when
    /// <see cref="ReportCheckerOptions.Readers"/> has a reader for them (ReportRules.Documents: <c>options.WithDocuments()</c>),
    /// otherwise an unreadable result that names the package to add.
    /// </summary>
    /// <param name="stream">The stream.</param>
    /// <param name="source">A name for the source, shown in findings.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    /// <returns>The findings (parse diagnostics included); an unreadable input has status <see cref="CheckStatus.Unreadable"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static CheckResult Check(Stream stream, string? source = null, ReportCheckerOptions? options = null) =>
        For(options).Check(stream, source);

    /// <summary>Reads a report file of any format the options can read, parses and checks it (see <see cref="Check(Stream, string?, ReportCheckerOptions?)"/>).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    /// <returns>The findings (parse diagnostics included); a missing or unreadable file has status <see cref="CheckStatus.Unreadable"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static CheckResult CheckFile(string path, ReportCheckerOptions? options = null) =>
        For(options).CheckFile(path);
}
