using System.Reflection;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules;
using ReportRules.Rules.Engine;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Conventions;

/// <summary>The catalog, the validators, the examples and the ids agree (Arelle-style convention tests).</summary>
public class CatalogConventionTests
{
    private static IEnumerable<RuleDescriptor> CheckedRules => RuleCatalog.All.Where(r => r.Family != RuleFamily.Parse);

    [Fact]
    public void Catalog_EveryRule_HasExactlyOneValidator()
    {
        // Single-report validators run in RuleRunner; the cross-report validator runs over consecutive pairs.
        var cross = RuleCatalog.All.Where(r => r.Family == RuleFamily.CrossReport).Select(r => r.Id);
        var emitted = RuleRunner.Validators.SelectMany(v => v.RuleIds).Concat(cross).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        foreach (var rule in CheckedRules)
        {
            Assert.True(emitted.TryGetValue(rule.Id, out var count) && count == 1, $"{rule.Id} is emitted by {count} validators");
        }

        Assert.All(emitted.Keys, id => Assert.NotNull(RuleCatalog.Find(id)));
    }

    [Fact]
    public void Catalog_EveryRule_HasAFailingExample()
    {
        var examples = RuleExamples.All.Keys.Concat(RuleExamples.Cross.Keys).Select(k => k.Split('/')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.All(CheckedRules, rule => Assert.Contains(rule.Id, examples));
    }

    [Fact]
    public void Catalog_Ids_AreUniqueAsciiAndSpelledOnceInRuleIds()
    {
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.Equal(constants.Count, constants.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(constants.Order(StringComparer.Ordinal), RuleCatalog.All.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(constants, id => Assert.True(id.All(char.IsAscii) && !id.Contains(' ', StringComparison.Ordinal), id));
    }

    [Fact]
    public void Catalog_EveryRule_HasBothLanguagesAndAnEdition()
    {
        Assert.All(RuleCatalog.All, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.TitleZh), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.TitleEn), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.DescriptionZh), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.DescriptionEn), rule.Id);
            Assert.NotEmpty(rule.Editions);
        });
    }

    [Fact]
    public void Catalog_ComparisonRules_ReadOnlyCellsOfTheirEditionsForm()
    {
        foreach (var rule in RuleCatalog.All.Where(r => CatalogValidator.IsGeneric(r.Kind)))
        {
            foreach (var edition in rule.Editions)
            {
                foreach (var key in rule.GetInstances(edition).SelectMany(i => i.Operands))
                {
                    Assert.True(ReportRules.Model.Forms.ReportForms.TryGetCell(edition, key, out _), $"{rule.Id} reads {key}, not a {edition.ToId()} cell");
                }
            }
        }
    }

    [Fact]
    public void PublicModelAndFindings_AreImmutable()
    {
        var assembly = typeof(AnnualReport).Assembly;
        var types = assembly.GetExportedTypes().Where(t => t.Namespace is "ReportRules.Model" or "ReportRules.Model.Forms" or "ReportRules.Findings");
        foreach (var type in types.Where(t => !t.IsEnum && !t.IsInterface && t != typeof(AnnualReportBuilder)))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = property.SetMethod;
                var isInit = setter?.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ?? false;
                Assert.True(setter is null || !setter.IsPublic || isInit, $"{type.Name}.{property.Name} has a public setter");
            }

            Assert.DoesNotContain(type.GetFields(BindingFlags.Public | BindingFlags.Instance), f => !f.IsInitOnly);
        }
    }

    [Fact]
    public void MessageCatalog_EveryFindingMessageRenders_InBothLanguages()
    {
        foreach (var (example, (_, failing, _)) in RuleExamples.All)
        {
            foreach (var finding in ReportChecker.Check(failing).Findings)
            {
                Assert.False(string.IsNullOrWhiteSpace(finding.GetMessage("zh")), example);
                Assert.False(string.IsNullOrWhiteSpace(finding.GetMessage("en")), example);
                Assert.DoesNotContain("{", finding.GetMessage("en"), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void DocsRulesPage_IsTheCatalogRendered_WithARowPerRule()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ReportRules.sln")))
        {
            root = root.Parent;
        }

        var page = File.ReadAllText(Path.Combine(root!.FullName, "docs", "rules.md")).ReplaceLineEndings("\n");

        // Regenerate with: dotnet run --project src/ReportRules.Cli -- rules --format md > docs/rules.md
        Assert.Equal(RulesMarkdown.Render().ReplaceLineEndings("\n").TrimEnd(), page.TrimEnd());
        Assert.All(RuleCatalog.All, rule => Assert.Contains($"| `{rule.Id}` |", page, StringComparison.Ordinal));
    }
}
