namespace ReportRules.Rules;

/// <summary>The narrative rules (format-spec §6.5 N-1 … N-4, P4-2).</summary>
public static partial class RuleCatalog
{
    private static IEnumerable<RuleDescriptor> NarrativeRules() => [];
}
