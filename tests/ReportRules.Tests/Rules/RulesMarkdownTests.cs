using ReportRules.Rules;

namespace ReportRules.Tests.Rules;

public sealed class RulesMarkdownTests
{
    [Fact]
    public void Render_HasOneTableRowPerRuleInCatalogOrder()
    {
        var rows = RulesMarkdown.Render().Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        Assert.Equal(RuleCatalog.All.Select(r => $"| `{r.Id}` |"), rows.Select(r => r[..(r.IndexOf("` |", StringComparison.Ordinal) + 3)]));
    }

    [Fact]
    public void Render_EveryRowHasSevenCells()
    {
        foreach (var row in RulesMarkdown.Render().Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var unescapedPipes = row.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|');
            Assert.Equal(8, unescapedPipes);
        }
    }
}
