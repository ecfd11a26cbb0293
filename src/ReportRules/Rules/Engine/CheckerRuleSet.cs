using System.Collections.Frozen;

namespace ReportRules.Rules.Engine;

/// <summary>
/// The rules one checker runs: the built-in catalog, then the app's own rules of its options. Built once per checker
/// and immutable, so a checker is thread-safe and two checkers with different rules never see each other's.
/// </summary>
internal sealed class CheckerRuleSet
{
    private CheckerRuleSet(IReadOnlyList<RuleDescriptor> custom)
    {
        foreach (var rule in custom)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(custom));
            if (RuleCatalog.Find(rule.Id) is not null || RuleCatalog.All.Any(r => string.Equals(r.Id, rule.Id, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"Custom rule {rule.Id} has the id of a built-in rule; give it an id of its own (e.g. a provincial prefix).", nameof(custom));
            }

            if (!CatalogValidator.IsGeneric(rule.Kind))
            {
                throw new ArgumentException($"Custom rule {rule.Id} is of kind {rule.Kind}; an app's rule must be Equality, AtMost, NonNegativeSum or CellDomain (evaluated from its operands).", nameof(custom));
            }
        }

        var duplicate = custom.GroupBy(r => r.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Custom rule {duplicate.Key} is declared more than once.", nameof(custom));
        }

        Rules = custom.Count == 0 ? RuleCatalog.All : [.. RuleCatalog.All, .. custom];
        Validators = custom.Count == 0 ? RuleRunner.Validators : [.. RuleRunner.Validators, new CustomRulesValidator(custom)];
        Order = Rules.Select((r, i) => (r.Id, i)).ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>Gets the set of the built-in rules only.</summary>
    public static CheckerRuleSet BuiltIn { get; } = new([]);

    /// <summary>Gets every rule, in catalog order (built-in first).</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    public IReadOnlyList<ReportRuleValidator> Validators { get; }

    public IReadOnlyDictionary<string, int> Order { get; }

    public static CheckerRuleSet For(IReadOnlyList<RuleDescriptor> custom) => custom.Count == 0 ? BuiltIn : new CheckerRuleSet(custom);
}
