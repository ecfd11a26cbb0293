using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Rules;

/// <summary>
/// The backbone: generated consistent reports raise no error, and changing one cell fires exactly the identity
/// instances that read it — the expected set is derived from the catalog's operand lists, not written by hand.
/// </summary>
public class IdentityPropertyTests
{
    [Property(MaxTest = 150)]
    public Property Check_ConsistentReport_HasNoErrorFinding() =>
        Prop.ForAll(ConsistentReports.Arbitrary, report =>
        {
            var errors = ReportChecker.Check(report).Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
            return errors.Count == 0;
        });

    [Property(MaxTest = 150)]
    public Property Check_OneCellChanged_FiresExactlyTheIdentitiesThatReadIt()
    {
        var gen =
            from report in ConsistentReports.Any
            from pick in Gen.Choose(0, 100_000)
            from delta in Gen.Choose(1, 9)
            select (report, pick, delta);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (report, pick, delta) = input;
            var keys = ConsistentReports.NumberKeys(report);
            var key = keys[pick % keys.Count];
            var original = report.Cells[key].Value!.Value;
            var changed = ConsistentReports.WithCell(report, key, original + delta);

            var expected = ExpectedErrorInstances(report, key);
            var errors = ReportChecker.Check(changed).Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
            var actual = errors.Select(f => (f.RuleId, f.Scope ?? string.Empty)).ToHashSet();

            Assert.True(
                expected.SetEquals(actual),
                $"{ConsistentReports.Describe(report, key)} +{delta}: expected [{string.Join("; ", expected)}], got [{string.Join("; ", actual)}]");
            foreach (var finding in errors)
            {
                var instance = RuleCatalog.Find(finding.RuleId)!.GetInstances(report.Edition).Single(i => i.Scope == (finding.Scope ?? string.Empty));
                Assert.Contains(finding.Cells, c => c.Key == key && c.Value == original + delta);
                var onLeft = instance.Left.Contains(key);
                Assert.Equal(onLeft ? delta : -delta, finding.Difference);
                Assert.Equal(finding.Actual - finding.Expected, finding.Difference);
            }

            return true;
        });
    }

    [Property(MaxTest = 60)]
    public Property Check_ConsistentReport_EvaluatesEveryIdentityInstance() =>
        Prop.ForAll(ConsistentReports.Arbitrary, report =>
        {
            var result = ReportChecker.Check(report);
            var instances = RuleCatalog.All
                .Where(r => r.Severity == FindingSeverity.Error && r.Kind == RuleKind.Equality)
                .Sum(r => r.GetInstances(report.Edition).Count(i => i.Operands.All(report.Cells.ContainsKey)));
            return result.RulesEvaluated >= instances && result.RulesPassed <= result.RulesEvaluated;
        });

    /// <summary>The error-severity equality instances of the catalog that read the key and whose operands the report prints.</summary>
    internal static HashSet<(string RuleId, string Scope)> ExpectedErrorInstances(AnnualReport report, string key) =>
        RuleCatalog.All
            .Where(r => r.Severity == FindingSeverity.Error && r.Kind == RuleKind.Equality)
            .SelectMany(r => r.GetInstances(report.Edition))
            .Where(i => i.Operands.Contains(key) && i.Operands.All(report.Cells.ContainsKey))
            .Select(i => (i.RuleId, i.Scope))
            .ToHashSet();
}
