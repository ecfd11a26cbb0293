using ReportRules.Rules;

namespace ReportRules.Rules.Engine;

/// <summary>
/// Evaluates an app's own rules (declared as <see cref="RuleDescriptor"/>s like the built-in ones) with the same
/// operand evaluation as the built-in identities. One instance per checker: nothing is registered process-wide.
/// </summary>
internal sealed class CustomRulesValidator : ReportRuleValidator
{
    public CustomRulesValidator(IEnumerable<RuleDescriptor> rules)
    {
        foreach (var rule in rules)
        {
            Register(rule, CatalogValidator.EvaluateAll);
        }
    }
}
