using ReportRules.Model;

namespace ReportRules.Findings;

/// <summary>
/// One finding: which rule, how serious, the evidence (operand cells, expected, actual, difference) and where.
/// The message text is rendered on demand in Chinese or English from one message catalog.
/// </summary>
public sealed class Finding
{
    private string? fingerprint;

    /// <summary>Initializes a new instance of the <see cref="Finding"/> class.</summary>
    /// <param name="ruleId">The rule id, e.g. <c>T3-F1</c>.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="messageId">The message id in the message catalog.</param>
    /// <param name="arguments">The message arguments by name.</param>
    /// <param name="cells">The operand cells.</param>
    public Finding(string ruleId, FindingSeverity severity, string messageId, IReadOnlyDictionary<string, string> arguments, IReadOnlyList<FindingCell> cells)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(messageId);
        RuleId = ruleId;
        Severity = severity;
        MessageId = messageId;
        Arguments = arguments ?? new Dictionary<string, string>();
        Cells = cells ?? [];
    }

    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; }

    /// <summary>Gets the severity.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Gets the message id.</summary>
    public string MessageId { get; }

    /// <summary>Gets the message arguments by name.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; }

    /// <summary>Gets the operand cells, in rule order.</summary>
    public IReadOnlyList<FindingCell> Cells { get; }

    /// <summary>Gets the scope of a rule evaluated per column or row (e.g. <c>TOT</c> or <c>Requests.NewReceived</c>), when it has one.</summary>
    public string? Scope { get; init; }

    /// <summary>Gets the value the rule expected (e.g. the sum of the parts), when it computes one.</summary>
    public decimal? Expected { get; init; }

    /// <summary>Gets the value found (e.g. the printed total), when the rule compares one.</summary>
    public decimal? Actual { get; init; }

    /// <summary>Gets <see cref="Actual"/> minus <see cref="Expected"/>, when both are known.</summary>
    public decimal? Difference => Expected is { } e && Actual is { } a ? a - e : null;

    /// <summary>Gets the tolerance applied (0 for counts).</summary>
    public decimal? Tolerance { get; init; }

    /// <summary>Gets the quoted sentence, for narrative rules.</summary>
    public string? Evidence { get; init; }

    /// <summary>Gets where the finding points in the source: the first located operand cell, or an explicit location.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Gets the source (path or name) of the report the finding is about.</summary>
    public string? Source { get; init; }

    /// <summary>Gets a stable fingerprint (rule id + scope + cell keys + source), for comparing runs and suppressing findings.</summary>
    /// <remarks>Computed once (SHA-256) on first use; sorting and every output format read it.</remarks>
    public string Fingerprint => fingerprint ??= FindingFingerprint.Compute(this);

    /// <summary>Renders the message in a language.</summary>
    /// <param name="language"><c>zh</c> (default) or <c>en</c>.</param>
    /// <returns>The message text.</returns>
    public string GetMessage(string language = "zh") => MessageCatalog.Render(this, language);

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {Severity}: {GetMessage("en")}";
}
