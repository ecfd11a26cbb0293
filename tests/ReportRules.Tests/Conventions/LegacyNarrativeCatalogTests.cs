using ReportRules.Findings;
using ReportRules.Rules;
using ReportRules.Rules.Engine;

namespace ReportRules.Tests.Conventions;

/// <summary>The legacy and narrative rules are declared once, evaluated by exactly one validator, and worded in both languages.</summary>
public class LegacyNarrativeCatalogTests
{
    public static TheoryData<string> Ids => new()
    {
        RuleIds.LF1, RuleIds.LF2, RuleIds.LF3, RuleIds.LF4, RuleIds.LF5, RuleIds.LF6, RuleIds.LF7, RuleIds.LF8,
        RuleIds.LP1, RuleIds.LP2, RuleIds.LP3, RuleIds.LP4, RuleIds.LP5,
        RuleIds.N1, RuleIds.N2, RuleIds.N3, RuleIds.N4, RuleIds.P42,
    };

    [Theory]
    [MemberData(nameof(Ids))]
    public void Catalog_Rule_IsDeclaredOnceAndEvaluatedByOneValidator(string id)
    {
        Assert.Single(RuleCatalog.All, r => r.Id == id);
        Assert.Single(RuleRunner.Validators.SelectMany(v => v.RuleIds), r => r == id);
        var rule = RuleCatalog.Find(id)!;
        Assert.False(string.IsNullOrWhiteSpace(rule.TitleZh));
        Assert.False(string.IsNullOrWhiteSpace(rule.DescriptionEn));
    }

    [Theory]
    [InlineData("ChannelAboveTotal")]
    [InlineData("TotalAboveChannels")]
    [InlineData("AnsweredNotClosed")]
    [InlineData("ClosedAboveReceived")]
    [InlineData("NarrativeTableMismatch")]
    [InlineData("NarrativeBelowApproximate")]
    [InlineData("NarrativePartsMismatch")]
    [InlineData("NarrativePartsExceed")]
    [InlineData("NarrativePercentMismatch")]
    [InlineData("NarrativeStatedTwice")]
    [InlineData("NarrativePlaceholder")]
    [InlineData("AllUpheldContradicted")]
    public void MessageCatalog_NewMessages_HaveTemplates(string messageId)
    {
        Assert.Contains(messageId, MessageCatalog.MessageIds);
        var finding = new Finding(RuleIds.N1, FindingSeverity.Error, messageId, new Dictionary<string, string>(), []);
        Assert.DoesNotContain("{", finding.GetMessage("zh"), StringComparison.Ordinal);
        Assert.DoesNotContain("{", finding.GetMessage("en"), StringComparison.Ordinal);
    }
}
