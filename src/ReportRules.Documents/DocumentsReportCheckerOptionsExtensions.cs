using ReportRules.Documents;

namespace ReportRules;

/// <summary>Adds the document readers to the checker's options.</summary>
public static class DocumentsReportCheckerOptionsExtensions
{
    /// <summary>
    /// Returns options that also read HTML, DOCX and PDF (<see cref="DocumentFormatReader"/>), e.g.
    /// <c>new ReportRulesChecker(ReportCheckerOptions.Default.WithDocuments())</c> or
    /// <c>services.AddReportRules(o =&gt; o.WithDocuments())</c>.
    /// </summary>
    /// <param name="options">The options to extend.</param>
    /// <param name="documentOptions">Document limits; <see langword="null"/> for the defaults.</param>
    /// <returns>New options; <paramref name="options"/> is not changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static ReportCheckerOptions WithDocuments(this ReportCheckerOptions options, DocumentParserOptions? documentOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with
        {
            Readers = [.. options.Readers.Where(r => r is not DocumentFormatReader), new DocumentFormatReader(documentOptions)],
        };
    }
}
