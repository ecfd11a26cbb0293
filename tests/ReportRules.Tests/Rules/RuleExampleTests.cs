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
}
