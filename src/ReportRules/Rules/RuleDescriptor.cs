using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Rules;

/// <summary>
/// A rule declared as data: the one declaration drives evaluation, the findings' evidence, the docs page,
/// the SARIF rule list and the tests.
/// </summary>
public sealed record RuleDescriptor
{
    private readonly Func<ReportEdition, IReadOnlyList<RuleInstance>> instances;

    // Instances depend only on the edition: built once per edition, shared by every check (thread-safe, immutable lists).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ReportEdition, IReadOnlyList<RuleInstance>> cache = new();

    /// <summary>
    /// Declares a rule. The built-in catalog uses this constructor for every rule; an app declares its own rules the
    /// same way and passes them in <see cref="ReportCheckerOptions.CustomRules"/>. An app's rule must be of a kind the
    /// engine evaluates from its operands alone: <see cref="RuleKind.Equality"/>, <see cref="RuleKind.AtMost"/>,
    /// <see cref="RuleKind.NonNegativeSum"/> or <see cref="RuleKind.CellDomain"/>.
    /// </summary>
    /// <param name="id">The stable id (an app's ids must not be a built-in id).</param>
    /// <param name="family">The family (the table it checks).</param>
    /// <param name="severity">The default severity.</param>
    /// <param name="kind">How the rule compares its operands.</param>
    /// <param name="titleZh">The Chinese title.</param>
    /// <param name="titleEn">The English title.</param>
    /// <param name="descriptionZh">The Chinese description.</param>
    /// <param name="descriptionEn">The English description.</param>
    /// <param name="clause">The form clause or legal basis.</param>
    /// <param name="editions">The editions it applies to.</param>
    /// <param name="expression">The rule as a readable formula over cell keys.</param>
    /// <param name="instances">The instances (operand lists) for an edition; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">A required text is empty or no edition is given.</exception>
    public RuleDescriptor(
        string id,
        RuleFamily family,
        FindingSeverity severity,
        RuleKind kind,
        string titleZh,
        string titleEn,
        string descriptionZh,
        string descriptionEn,
        string clause,
        IReadOnlyList<ReportEdition> editions,
        string expression,
        Func<ReportEdition, IReadOnlyList<RuleInstance>>? instances = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(titleZh);
        ArgumentException.ThrowIfNullOrWhiteSpace(titleEn);
        ArgumentNullException.ThrowIfNull(editions);
        if (editions.Count == 0)
        {
            throw new ArgumentException($"Rule {id} applies to no edition.", nameof(editions));
        }

        Id = id;
        Family = family;
        Severity = severity;
        Kind = kind;
        TitleZh = titleZh;
        TitleEn = titleEn;
        DescriptionZh = descriptionZh;
        DescriptionEn = descriptionEn;
        Clause = clause;
        Editions = editions;
        Expression = expression;
        this.instances = instances ?? (_ => []);
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the family.</summary>
    public RuleFamily Family { get; }

    /// <summary>Gets the default severity.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Gets how the rule compares its operands.</summary>
    public RuleKind Kind { get; }

    /// <summary>Gets the Chinese title.</summary>
    public string TitleZh { get; }

    /// <summary>Gets the English title.</summary>
    public string TitleEn { get; }

    /// <summary>Gets the Chinese description.</summary>
    public string DescriptionZh { get; }

    /// <summary>Gets the English description.</summary>
    public string DescriptionEn { get; }

    /// <summary>Gets the form clause or legal basis the rule comes from.</summary>
    public string Clause { get; }

    /// <summary>Gets the editions the rule applies to.</summary>
    public IReadOnlyList<ReportEdition> Editions { get; }

    /// <summary>Gets the rule as a readable formula over cell keys (with <c>{c}</c> for the column and <c>{r}</c> for the row).</summary>
    public string Expression { get; }

    /// <summary>Gets the tolerance: 0 for counts (identities over money amounts use the rounding implied by the printed decimals).</summary>
    public decimal Tolerance { get; init; }

    /// <summary>Gets the version in which the rule last changed.</summary>
    public string Since { get; init; } = "0.1.0";

    /// <summary>Gets whether the rule applies to an edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns><see langword="true"/> when it applies.</returns>
    public bool AppliesTo(ReportEdition edition) => Editions.Contains(edition);

    /// <summary>Gets the rule's instances (operand lists) for an edition; empty when the rule does not apply or has no fixed operands.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The instances.</returns>
    public IReadOnlyList<RuleInstance> GetInstances(ReportEdition edition) =>
        AppliesTo(edition) ? cache.GetOrAdd(edition, e => instances(e).ToList().AsReadOnly()) : [];
}
