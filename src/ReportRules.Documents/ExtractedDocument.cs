using ReportRules.Findings;
using ReportRules.Parsing.Document;

namespace ReportRules.Documents;

/// <summary>
/// What a format reader hands on: the document's lines (paragraphs and table rows) and the notes it made, or the
/// reason it could not read the document at all.
/// </summary>
internal sealed class ExtractedDocument
{
    private ExtractedDocument(IReadOnlyList<DocLine> lines, List<Finding> diagnostics, string? failureRuleId, string? failureEn, string? failureZh)
    {
        Lines = lines;
        Diagnostics = diagnostics;
        FailureRuleId = failureRuleId;
        FailureEn = failureEn;
        FailureZh = failureZh;
    }

    public IReadOnlyList<DocLine> Lines { get; }

    public List<Finding> Diagnostics { get; }

    /// <summary>Gets the rule id of the failure (<c>PARSE-1</c>, <c>PARSE-8</c>, <c>PARSE-12</c>), or null when the document was read.</summary>
    public string? FailureRuleId { get; }

    public string? FailureEn { get; }

    public string? FailureZh { get; }

    public static ExtractedDocument Read(IReadOnlyList<DocLine> lines, List<Finding> diagnostics) => new(lines, diagnostics, null, null, null);

    public static ExtractedDocument Failed(string ruleId, string en, string zh, List<Finding>? diagnostics = null) =>
        new([], diagnostics ?? [], ruleId, en, zh);
}
