using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Rules;

/// <summary>Every rule's passing example raises nothing under that rule; its failing example raises it.</summary>
public class RuleExampleTests
{
    public static TheoryData<string> RuleIds => [.. RuleExamples.All.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Check_PassingExample_RaisesNothingUnderTheRule(string example)
    {
        var ruleId = example.Split('/')[0];
        var findings = ReportChecker.Check(RuleExamples.All[example].Passing).Findings;
        Assert.DoesNotContain(findings, f => f.RuleId == ruleId);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Check_FailingExample_RaisesTheRule(string example)
    {
        var ruleId = example.Split('/')[0];
        var (_, failing, why) = RuleExamples.All[example];
        var findings = ReportChecker.Check(failing).Findings;
        Assert.True(findings.Any(f => f.RuleId == ruleId), $"{example}: {why}; got {string.Join(", ", findings.Select(f => f.RuleId))}");
    }

    public static TheoryData<string> CrossRuleIds => [.. RuleExamples.Cross.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CrossRuleIds))]
    public void CrossCheck_Examples_PassAndFailAsDeclared(string ruleId)
    {
        var (passing, failing, why) = RuleExamples.Cross[ruleId];
        var options = new ReportRules.Rules.CrossReport.CrossReportOptions { Aggregates = RuleExamples.CrossManifest };
        IReadOnlyList<Finding> Run(AnnualReport[] reports) =>
            ReportRules.Rules.CrossReport.CrossReportChecker.Run([.. reports.Select(ReportRules.Rules.CrossReport.CrossReportFacts.From)], options).Findings;
        Assert.DoesNotContain(Run(passing), f => f.RuleId == ruleId);
        var findings = Run(failing).Where(f => f.RuleId == ruleId).ToList();
        Assert.True(findings.Count > 0, why);
        foreach (var finding in findings)
        {
            // Every placeholder of the message is filled, in both languages.
            Assert.DoesNotContain("{", finding.GetMessage("zh"), StringComparison.Ordinal);
            Assert.DoesNotContain("{", finding.GetMessage("en"), StringComparison.Ordinal);
            Assert.NotNull(finding.Source);
        }
    }
}
