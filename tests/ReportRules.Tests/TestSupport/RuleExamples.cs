using ReportRules.Model;
using ReportRules.Rules;
using ReportRules.Rules.CrossReport;

namespace ReportRules.Tests.TestSupport;

/// <summary>
/// One passing and one failing report per rule. Comparison rules derive their failing example from the
/// catalog's first instance; heuristics have hand-written ones saying why they fail.
/// </summary>
internal static class RuleExamples
{
    private static readonly AnnualReport Gb2019 = ConsistentReports.Build(ReportEdition.Gb2019, Enumerable.Range(0, ConsistentReports.Draws).Select(i => (i * 7) % 11).ToArray());
    private static readonly AnnualReport Gb2021 = ConsistentReports.Build(ReportEdition.Gb2021, Enumerable.Range(0, ConsistentReports.Draws).Select(i => (i * 5) % 13).ToArray());

    // Every legacy2014 cell printed as 0: every legacy identity holds.
    private static readonly AnnualReport Legacy2014 = ReportRules.Model.Forms.ReportForms.GetCells(ReportEdition.Legacy2014)
        .Aggregate(new AnnualReportBuilder(ReportEdition.Legacy2014).WithYear(2018), (b, d) => b.Set(d.Key, 0))
        .Build();

    public static IReadOnlyDictionary<string, (AnnualReport Passing, AnnualReport Failing, string Why)> All { get; } = Create();

    /// <summary>Examples of the rules over several reports: two consecutive years of one agency.</summary>
    public static IReadOnlyDictionary<string, (AnnualReport[] Passing, AnnualReport[] Failing, string Why)> Cross { get; } = CreateCross();

    private static Dictionary<string, (AnnualReport[], AnnualReport[], string)> CreateCross()
    {
        var previous = Seed001.Build().ToBuilder().SetRequestRow(RequestRow.CarriedForward, 2, null, null, null, null, null, 2).Build();
        var current = Seed001.Build().ToBuilder().WithYear(2020).SetRequestRow(RequestRow.CarriedOver, 2, null, null, null, null, null, 2).Build();
        var wrong = current.ToBuilder().SetRequestRow(RequestRow.CarriedOver, 0, null, null, null, null, null, 0).Build();
        return new(StringComparer.Ordinal)
        {
            [RuleIds.X1] = ([previous, current], [previous, wrong], "2019 carried 2 forward, 2020 says 0 were carried over"),
            [RuleIds.X2] = (
                [Gb2021Report(2021).Set("Active.A20_1.Rules.InForce", 10).Build(), Gb2021Report(2022).Set("Active.A20_1.Rules.InForce", 11).Set("Active.A20_1.Rules.Issued", 2).Set("Active.A20_1.Rules.Repealed", 1).Build()],
                [Gb2021Report(2021).Set("Active.A20_1.Rules.InForce", 10).Build(), Gb2021Report(2022).Set("Active.A20_1.Rules.InForce", 15).Set("Active.A20_1.Rules.Issued", 2).Set("Active.A20_1.Rules.Repealed", 1).Build()],
                "10 in force, 2 issued, 1 repealed: 11 in force, not 15"),
            [RuleIds.X3] = (
                [Gb2019Report(2019).Set("Active.A20_5.Licensing.PrevItems", 10).Set("Active.A20_5.Licensing.Delta", -2).Build(), Gb2019Report(2020).Set("Active.A20_5.Licensing.PrevItems", 8).Build()],
                [Gb2019Report(2019).Set("Active.A20_5.Licensing.PrevItems", 10).Set("Active.A20_5.Licensing.Delta", -2).Build(), Gb2019Report(2020).Set("Active.A20_5.Licensing.PrevItems", 9).Build()],
                "10 items changed by −2 leave 8, not 9"),
            [RuleIds.X4] = (
                [Gb2021Report(2021).SetCaseRow(10, 5, 3, 0, 18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).Build(), Gb2021Report(2022).SetCaseRow(9, 5, 3, 0, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).Build()],
                [Gb2021Report(2021).SetCaseRow(10, 5, 3, 0, 18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).Build(), Gb2021Report(2022).SetCaseRow(10, 5, 3, 0, 18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).Build()],
                "Table 4 of 2022 repeats 2021 number for number"),
            [RuleIds.X5] = (
                [Gb2021Report(2021).SetCaseRow(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).Build(), Gb2021Report(2022).SetCaseRow(2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).Build()],
                [Gb2021Report(2021).SetCaseRow(1, 0, 0, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).Build(), Gb2021Report(2022).SetCaseRow(2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).Build()],
                "2021 leaves 2 review cases pending"),
            [RuleIds.X6] = (
                [Gb2021Report(2021).Build(), Gb2021Report(2022).Build()],
                [Gb2021Report(2021).Build(), Gb2021Report(2023).Build()],
                "2022 is missing between 2021 and 2023"),
            [RuleIds.PAgg1] = (
                [Region(2022, "甲市人民政府", 100), Region(2022, "甲市乙区人民政府", 40), Region(2022, "甲市丙县人民政府", 60)],
                [Region(2022, "甲市人民政府", 100), Region(2022, "甲市乙区人民政府", 40), Region(2022, "甲市丙县人民政府", 30)],
                "the city received 100 applications, its two parts 70"),
        };
    }

    /// <summary>The manifests the cross examples need (P-AGG-1: which reports make up the region).</summary>
    public static AggregateManifest CrossManifest { get; } = AggregateManifest.From(
        [new AggregateEntry("甲市人民政府", "甲市乙区人民政府", 2022), new AggregateEntry("甲市人民政府", "甲市丙县人民政府", 2022)]);

    private static AnnualReportBuilder Gb2021Report(int year) => new AnnualReportBuilder(ReportEdition.Gb2021).WithAgency("甲县人民政府").WithYear(year).WithSource($"甲县-{year}.txt");

    private static AnnualReportBuilder Gb2019Report(int year) => new AnnualReportBuilder(ReportEdition.Gb2019).WithAgency("甲县人民政府").WithYear(year).WithSource($"甲县-{year}.txt");

    private static AnnualReport Region(int year, string agency, decimal received) =>
        new AnnualReportBuilder(ReportEdition.Gb2021).WithAgency(agency).WithYear(year).WithSource(agency + ".txt")
            .SetRequest(RequestRow.NewReceived, Applicant.Total, received).Build();

    private static Dictionary<string, (AnnualReport, AnnualReport, string)> Create()
    {
        var examples = new Dictionary<string, (AnnualReport, AnnualReport, string)>(StringComparer.Ordinal);
        foreach (var rule in RuleCatalog.All.Where(r => r.Family != RuleFamily.CrossReport && r.Kind is RuleKind.Equality or RuleKind.AtMost or RuleKind.NonNegativeSum or RuleKind.CellDomain))
        {
            var passing = rule.AppliesTo(ReportEdition.Gb2021) ? Gb2021 : rule.AppliesTo(ReportEdition.Gb2019) ? Gb2019 : Legacy2014;

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

        // Legacy heuristics.
        examples[RuleIds.LP1] = (Legacy2014, With(Legacy2014, ("L14.Active.InfoCount", 181), ("L14.Active.Ch.Website", 181), ("L14.Active.Ch.WeChat", 260)), "政务微信 260 items against 181 unique items (seed 004)");
        examples[RuleIds.LP3] = (Legacy2014, With(Legacy2014, ("L14.Apply.Received", 4), ("L14.Apply.Received.Online", 4), ("L14.Apply.Closed", 5), ("L14.Apply.Closed.OnTime", 5), ("L14.Apply.Replied", 5), ("L14.Apply.Replied.Granted", 5)), "5 applications closed, only 4 received");
        examples[RuleIds.LP5] = (Legacy2014, With(Legacy2014, ("L14.FeesWan", 12000)), "a 万元 fee cell holding 12000, i.e. entered in 元");

        // Narrative rules: prose added to the seed 001 numbers (11 new applications, review total 2).
        var prose = seed.ToBuilder();
        examples[RuleIds.N1] = (
            prose.AddNarrative("2019年，我区共收到政府信息公开申请11件。").Build(),
            seed.ToBuilder().AddNarrative("2019年，我区共收到政府信息公开申请15件。").Build(),
            "the prose says 15 new applications, Table 3 says 11");
        examples[RuleIds.N2] = (
            seed.ToBuilder().AddNarrative("全年共收到申请11件，其中当面申请5件，网络申请6件。").Build(),
            seed.ToBuilder().AddNarrative("全年共收到申请11件，其中当面申请5件，网络申请7件。").Build(),
            "parts 5 + 7 = 12 against a stated total of 11");
        examples[RuleIds.N3] = (
            seed.ToBuilder().AddNarrative("全年共收到政府信息公开申请11件。").AddNarrative("本年度共收到政府信息公开申请11件，均已按时答复。").Build(),
            seed.ToBuilder().AddNarrative("全年共收到政府信息公开申请20件。").AddNarrative("本年度共收到政府信息公开申请16件，均已按时答复。").Build(),
            "the same quantity stated as 20 and as 16");
        examples[RuleIds.N4] = (
            seed.ToBuilder().AddNarrative("全年共主动公开政府信息120条。").Build(),
            seed.ToBuilder().AddNarrative("全年共主动公开政府信息XX条。").Build(),
            "an unfilled placeholder XX条");
        examples[RuleIds.P42] = (
            seed.ToBuilder().SetCaseRow(2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).AddNarrative("全年发生行政复议2件，均获维持。").Build(),
            seed.ToBuilder().AddNarrative("全年发生行政复议2件，均获维持。").Build(),
            "the prose says all upheld, Table 4 shows 1 review corrected");
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
