using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReportRules.Model;
using ReportRules.Rules;

namespace ReportRules.Tests.Rules.Narrative;

/// <summary>
/// Sentences generated from a consistent gb2019 report raise no narrative finding; changing one number in one
/// sentence raises exactly the N-rules that read that number.
/// </summary>
public class NarrativePropertyTests
{
    // What each printed number is read by: the total of 收到申请 restates Requests.NewReceived.TOT (N-1) and heads a 其中
    // list (N-2); channel parts have no gb cell (N-2 only); a percentage is N-2 only; the review total and its parts
    // restate Table 4 cells and form a 其中 list (N-1 + N-2); the litigation total restates two cells (N-1 only).
    private static readonly string[][] ExpectedRules =
    [
        [RuleIds.N1, RuleIds.N2],
        [RuleIds.N2],
        [RuleIds.N2],
        [RuleIds.N1, RuleIds.N2],
        [RuleIds.N1, RuleIds.N2],
        [RuleIds.N1],
    ];

    [Property(MaxTest = 300)]
    public Property Check_SentencesFromConsistentReport_NoNarrativeFinding() =>
        Prop.ForAll(Scenarios().ToArbitrary(), scenario => NarrativeRuleIds(scenario, target: -1, delta: 0).Count == 0);

    [Property(MaxTest = 300)]
    public Property Check_OneNumberChanged_RaisesExactlyTheMatchingRules() =>
        Prop.ForAll(
            (from scenario in Scenarios()
             from target in Gen.Choose(0, ExpectedRules.Length - 1)
             from delta in Gen.Choose(1, 40)
             select (scenario, target, delta)).ToArbitrary(),
            t => NarrativeRuleIds(t.scenario, t.target, t.delta).SequenceEqual(ExpectedRules[t.target]));

    private static Gen<Scenario> Scenarios() =>
        from inPerson in Gen.Choose(1, 400)
        from online in Gen.Choose(0, 400)
        from letter in Gen.Choose(0, 400)
        from fax in Gen.Choose(0, 50)
        from maintained in Gen.Choose(0, 30)
        from corrected in Gen.Choose(0, 30)
        from other in Gen.Choose(0, 30)
        from direct in Gen.Choose(0, 20)
        from afterReview in Gen.Choose(0, 20)
        select new Scenario([inPerson, online, letter, fax], maintained, corrected, other, direct, afterReview);

    private static List<string> NarrativeRuleIds(Scenario s, int target, int delta)
    {
        var received = s.Channels.Sum();
        var review = s.Maintained + s.Corrected + s.Other;
        var report = new AnnualReportBuilder(ReportEdition.Gb2019).WithYear(2020)
            .SetRequest(RequestRow.NewReceived, Applicant.Total, received)
            .SetRequest(RequestRow.Granted, Applicant.Total, received)
            .SetRequest(RequestRow.ResultsTotal, Applicant.Total, received)
            .SetCaseRow(s.Maintained, s.Corrected, s.Other, 0, review, s.Direct, 0, 0, 0, s.Direct, s.AfterReview, 0, 0, 0, s.AfterReview);

        int N(int index, int value) => index == target ? value + delta : value;
        string Percent(int part) =>
            (decimal.Round(part * 100m / received, 2, MidpointRounding.AwayFromZero) + (target == 2 && part == s.Channels[0] ? delta : 0))
            .ToString("0.00", CultureInfo.InvariantCulture);

        report.AddNarrative(
            $"本年度共收到政府信息公开申请{N(0, received)}件，其中当面申请{N(1, s.Channels[0])}件（{Percent(s.Channels[0])}%），" +
            $"网络申请{s.Channels[1]}件（{Percent(s.Channels[1])}%），信函申请{s.Channels[2]}件（{Percent(s.Channels[2])}%），" +
            $"传真申请{s.Channels[3]}件（{Percent(s.Channels[3])}%）。",
            new SourceLocation(1, 1));
        report.AddNarrative($"全年发生行政复议{N(3, review)}件，其中维持{N(4, s.Maintained)}件，纠正{s.Corrected}件，其他{s.Other}件。", new SourceLocation(2, 1));
        report.AddNarrative($"本年度行政诉讼{N(5, s.Direct + s.AfterReview)}件。", new SourceLocation(3, 1));

        return [.. ReportChecker.Check(report.Build()).Findings
            .Where(f => RuleCatalog.Find(f.RuleId)?.Family == RuleFamily.Narrative)
            .Select(f => f.RuleId)
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    public sealed record Scenario(int[] Channels, int Maintained, int Corrected, int Other, int Direct, int AfterReview);
}
