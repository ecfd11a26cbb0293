using System.Collections.Frozen;

namespace ReportRules.Rules;

/// <summary>Every rule the checker knows, declared once as data.</summary>
public static partial class RuleCatalog
{
    /// <summary>Gets every rule, in catalog order (tables 3, 4, 2, plausibility, metadata, legacy, narrative, cross-report, parse, then rules added later, which only ever go at the end).</summary>
    public static IReadOnlyList<RuleDescriptor> All => Holder.All;

    /// <summary>Looks a rule up by id.</summary>
    /// <param name="id">The rule id, e.g. <c>T3-F1</c>.</param>
    /// <returns>The rule, or <see langword="null"/> when no rule has that id.</returns>
    public static RuleDescriptor? Find(string id) => Holder.ById.TryGetValue(id, out var rule) ? rule : null;

    // Built on first use, after every static table of the partial class is initialised.
    private static class Holder
    {
        public static readonly IReadOnlyList<RuleDescriptor> All = BuildInvariant();

        public static readonly FrozenDictionary<string, RuleDescriptor> ById =
            All.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);

        // The catalog's texts interpolate numbers ("0.25", "50%"): built under the invariant culture, they read the
        // same under de_DE ("0,25") or tr_TR, so docs/rules.md and the messages do not depend on the process locale.
        private static IReadOnlyList<RuleDescriptor> BuildInvariant()
        {
            var culture = System.Globalization.CultureInfo.CurrentCulture;
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            try
            {
                return [.. NationalRules(), .. PlausibilityRules(), .. LegacyRules(), .. NarrativeRules(), .. CrossReportRules(), .. ParseRules(), .. LaterCrossReportRules()];
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = culture;
            }
        }
    }
}
