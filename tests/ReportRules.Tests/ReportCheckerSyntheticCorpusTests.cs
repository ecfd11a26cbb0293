using System.Globalization;
using ReportRules.Parsing;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests;

/// <summary>
/// The synthetic corpus as a large-scale correctness test: every rendered report parses back and checks to exactly the
/// findings of its model, and every injected error is found. 400 reports here; set <c>REPORTRULES_SYNTHETIC_COUNT</c>
/// (e.g. 20000) for a large run.
/// </summary>
public class ReportCheckerSyntheticCorpusTests
{
    [Fact]
    public void ParseAndCheck_EveryGeneratedReport_GivesTheFindingsOfItsModel()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("REPORTRULES_SYNTHETIC_COUNT"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 400;
        var injected = 0;
        for (var i = 0; i < count; i++)
        {
            var item = SyntheticCorpus.Case(i);
            var parsed = ReportParser.ParseText(item.Text, item.Name);
            Assert.True(parsed.Success, $"{item.Name}: {parsed.Error}");
            var actual = ReportChecker.Check(parsed).Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal).ToList();
            Assert.True(item.ExpectedRuleIds.SequenceEqual(actual), $"{item.Name}: expected [{string.Join(", ", item.ExpectedRuleIds)}], got [{string.Join(", ", actual)}]\n{item.Text}");
            if (item.InjectedCell is not null)
            {
                injected++;
                Assert.Contains(actual, id => id is RuleIds.T3F2 or RuleIds.T3F3);
            }
            else
            {
                Assert.DoesNotContain(actual, id => id is RuleIds.T3F2 or RuleIds.T3F3);
            }
        }

        // About 10 % carry an error: the corpus really exercises both sides.
        Assert.InRange(injected, count / 20, count / 5);
    }
}
