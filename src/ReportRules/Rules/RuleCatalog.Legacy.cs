namespace ReportRules.Rules;

/// <summary>The legacy2014 identities and plausibility rules (format-spec §6.6).</summary>
public static partial class RuleCatalog
{
    private static IEnumerable<RuleDescriptor> LegacyRules() => [];
}
