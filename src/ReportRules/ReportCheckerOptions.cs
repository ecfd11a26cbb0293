using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Rules;

namespace ReportRules;

/// <summary>
/// The one options type of the checker, honoured by every entry point (<see cref="ReportChecker"/>,
/// <see cref="ReportRulesChecker"/>, the DI registration and the document readers). Immutable: derive variants with
/// <c>with</c>.
/// </summary>
public sealed record ReportCheckerOptions
{
    /// <summary>Gets the default options: every built-in rule, edition detected, text and Markdown input only.</summary>
    public static ReportCheckerOptions Default { get; } = new();

    /// <summary>Gets the rule ids to run; <see langword="null"/> or empty runs every rule.</summary>
    public IReadOnlyCollection<string>? IncludeRules { get; init; }

    /// <summary>Gets the rule ids not to run.</summary>
    public IReadOnlyCollection<string>? ExcludeRules { get; init; }

    /// <summary>Gets an edition to use instead of the detected one (parsing only).</summary>
    public ReportEdition? Edition { get; init; }

    /// <summary>Gets the largest input read, in bytes; a larger input is an unreadable result (<c>PARSE-8</c>).</summary>
    public long MaxInputBytes { get; init; } = ReportParserOptions.Default.MaxInputBytes;

    /// <summary>
    /// Gets the app's own rules, declared like the built-in ones (<see cref="RuleDescriptor"/>): they run after the
    /// built-in rules, and appear in the findings and in <see cref="ReportRulesChecker.Rules"/> like a built-in rule.
    /// They belong to the checker built from these options, never to a process-wide list.
    /// </summary>
    public IReadOnlyList<RuleDescriptor> CustomRules { get; init; } = [];

    /// <summary>
    /// Gets the readers of published formats (HTML, DOCX, PDF). The core package reads text and Markdown; the
    /// ReportRules.Documents package adds the others with <c>options.WithDocuments()</c>.
    /// </summary>
    public IReadOnlyList<IReportFormatReader> Readers { get; init; } = [];

    /// <summary>Gets how many reports <see cref="IReportChecker.CheckManyAsync"/> checks at once; 0 for the processor count.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    internal ReportParserOptions ParserOptions =>
        ReportParserOptions.Default with { Edition = Edition, MaxInputBytes = MaxInputBytes };

    internal bool IsSelected(string ruleId) =>
        (IncludeRules is null || IncludeRules.Count == 0 || IncludeRules.Contains(ruleId, StringComparer.OrdinalIgnoreCase)) &&
        (ExcludeRules is null || !ExcludeRules.Contains(ruleId, StringComparer.OrdinalIgnoreCase));
}
