using System.Text;
using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Rules;

/// <summary>
/// Renders the rule catalog as Markdown: the generator of <c>docs/rules.md</c> (<c>reportrules rules --format md</c>
/// prints exactly this). One row per rule, in catalog order; line endings are always <c>\n</c>.
/// </summary>
internal static class RulesMarkdown
{
    /// <summary>Renders the catalog page.</summary>
    /// <returns>The Markdown text.</returns>
    public static string Render() => Render(RuleCatalog.All);

    /// <summary>Renders the catalog page of a rule list (a checker's: the built-in rules, then the app's own).</summary>
    /// <param name="rules">The rules, in catalog order.</param>
    /// <returns>The Markdown text.</returns>
    public static string Render(IReadOnlyList<RuleDescriptor> rules)
    {
        var text = new StringBuilder();
        text.Append("# Rule catalog\n\n");
        text.Append("Generated from `RuleCatalog.All` by `reportrules rules --format md` (`RulesMarkdown.Render()`); do not edit by hand.\n");
        text.Append("Severities: `error` = a form identity is violated, `warning` = plausibility, `info` = a note.\n");
        text.Append("In expressions `{c}` is the applicant column and `{r}` the row.\n\n");
        text.Append("| id | severity | editions | 标题 | title | expression | clause |\n");
        text.Append("|---|---|---|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            text.Append("| `").Append(rule.Id).Append("` | ")
                .Append(FindingsJson.SeverityId(rule.Severity)).Append(" | ")
                .Append(Cell(string.Join(", ", rule.Editions.Select(e => e.ToId())))).Append(" | ")
                .Append(Cell(rule.TitleZh)).Append(" | ")
                .Append(Cell(rule.TitleEn)).Append(" | ")
                .Append(Cell(rule.Expression)).Append(" | ")
                .Append(Cell(rule.Clause)).Append(" |\n");
        }

        text.Append('\n').Append(rules.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" rules.\n");
        return text.ToString();
    }

    // A table cell: pipes escaped, line breaks folded, so that one rule is always one row.
    private static string Cell(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", string.Empty, StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);
}
