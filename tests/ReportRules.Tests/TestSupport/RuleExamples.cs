using ReportRules.Model;
using ReportRules.Rules;

namespace ReportRules.Tests.TestSupport;

/// <summary>
/// One passing and one failing report per rule. Comparison rules derive their failing example from the
/// catalog's first instance; heuristics have hand-written ones saying why they fail.
/// </summary>
internal static class RuleExamples
{
    private static readonly AnnualReport Gb2019 = ConsistentReports.Build(ReportEdition.Gb2019, Enumerable.Range(0, ConsistentReports.Draws).Select(i => (i * 7) % 11).ToArray());
    private static readonly AnnualReport Gb2021 = ConsistentReports.Build(ReportEdition.Gb2021, Enumerable.Range(0, ConsistentReports.Draws).Select(i => (i * 5) % 13).ToArray());

    public static IReadOnlyDictionary<string, (AnnualReport Passing, AnnualReport Failing, string Why)> All { get; } = Create();

    private static Dictionary<string, (AnnualReport, AnnualReport, string)> Create()
    {
        var examples = new Dictionary<string, (AnnualReport, AnnualReport, string)>(StringComparer.Ordinal);
        foreach (var rule in RuleCatalog.All.Where(r => r.Kind is RuleKind.Equality or RuleKind.AtMost or RuleKind.NonNegativeSum or RuleKind.CellDomain))
        {
            var passing = rule.AppliesTo(ReportEdition.Gb2021) ? Gb2021 : Gb2019;
            if (!passing.Edition.IsNational())
            {
                continue;
            }

            var instance = rule.GetInstances(passing.Edition)[0];
            var builder = passing.ToBuilder();
            foreach (var key in instance.Operands.Where(k => passing.GetCell(k) is null))
            {
                // Optional cells such as the LEG subtotal: print them, consistent with their parts, so the rule applies.
                var sum = instance.Left.Contains(key) ? instance.Right.Sum(k => passing.GetCell(k)?.Value ?? 0) : 0;
                builder.Set(key, sum);
            }

            passing = builder.Build();
            var target = instance.Left[0];
            var value = passing.GetCell(target)!.Value!.Value;
            var (failing, why) = rule.Kind switch
            {
                RuleKind.Equality => (With(passing, target, value + 1), $"{target} raised by 1 breaks the identity"),
                RuleKind.AtMost => (With(passing, target, instance.Right.Sum(k => passing.GetCell(k)!.Value!.Value) + 1), $"{target} set above its bound"),
                RuleKind.NonNegativeSum => (With(passing, instance.Left[1], -value - 1), $"{instance.Left[1]} below −{target}"),
                _ => (With(passing, target, -1), $"{target} = −1 is not a count"),
            };
            examples[rule.Id] = (passing, failing, why);
        }

        var seed = Seed001.Build();
        examples[RuleIds.P32] = (seed, With(seed, ("Requests.CarriedForward.NP", 5), ("Requests.CarriedForward.TOT", 5), ("Requests.NewReceived.NP", 16), ("Requests.NewReceived.TOT", 16)), "5 of 16 new applications carried forward is above 25 %");
        examples[RuleIds.P33] = (seed, Blank(seed, [.. RuleCatalog.DataRows(ReportEdition.Gb2019).Select(r => ReportRules.Model.Forms.CellKeys.Request(r, Applicant.Total))]), "every total cell blank beside filled applicant cells");
        examples[RuleIds.P35] = (seed, With(seed, ("Requests.NewReceived.NP", 0), ("Requests.NewReceived.RES", 11)), "11 new applications from research institutions and none from anyone else: a shifted column");
        examples[RuleIds.P23] = (seed, With(seed, ("Active.A20_9.Procurement.Amount", 14246.73m)), "a procurement amount with no unit printed");
        var gb2021Fee = Gb2021.ToBuilder().Set("Active.A20_8.Fees.AmountWan", CellValue.Number(3000, "3000元") with { Unit = "元" }).Build();
        examples[RuleIds.P23 + "/gb2021"] = (Gb2021, gb2021Fee, "a 万元 fee cell written in 元");
        examples[RuleIds.P24] = (Gb2019, seed, "seed 001 writes its deltas as 增9 / 减61");
        examples[RuleIds.PEd1] = (seed, seed.ToBuilder().WithYear(2022).Build(), "gb2019 tables in a 2022 report");
        return examples;
    }

    private static AnnualReport With(AnnualReport report, string key, decimal value) => With(report, (key, value));

    private static AnnualReport With(AnnualReport report, params (string Key, decimal Value)[] cells)
    {
        var builder = report.ToBuilder();
        foreach (var (key, value) in cells)
        {
            builder.Set(key, value);
        }

        return builder.Build();
    }

    private static AnnualReport Blank(AnnualReport report, IEnumerable<string> keys)
    {
        var builder = report.ToBuilder();
        foreach (var key in keys)
        {
            builder.Set(key, CellValue.Blank());
        }

        return builder.Build();
    }
}
