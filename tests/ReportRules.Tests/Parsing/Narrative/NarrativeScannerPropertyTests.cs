using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules;

namespace ReportRules.Tests.Parsing.Narrative;

/// <summary>
/// 其中 lists and negated clauses, generated: the parts after 其中 are the parts of the total before it (never a second
/// total), N-2 weighs them (above = error, below = warning), and a negation binds only the items of its own clause.
/// </summary>
public class NarrativeScannerPropertyTests
{
    private static readonly string[] PartLabels = ["政务动态", "公开目录", "通知公告", "政策文件", "工作动态", "人事信息", "财政信息"];

    private static readonly string[] TotalLeads = ["发布信息", "主动公开政府信息", "累计发布信息"];

    // (item text, topic concept or null, outcome concept or null)
    private static readonly (string Text, string Total, string? Corrected)[] NegatedItems =
    [
        ("行政复议", "Review.Total", null), ("行政诉讼", "Lit.Total", null),
        ("被复议纠错", "Review.Total", "Review.Corrected"), ("诉讼败诉", "Lit.Total", "Lit.Corrected"),
        ("被行政复议纠正", "Review.Total", "Review.Corrected"), ("行政诉讼被判败诉", "Lit.Total", "Lit.Corrected"),
    ];

    [Property(MaxTest = 200)]
    public Property Scan_QiZhongList_PartsBelongToTheTotalBeforeTheMarker() =>
        Prop.ForAll(Lists().ToArbitrary(), list =>
        {
            var facts = ScannerFacts(list.Sentence);
            var total = Assert.Single(facts);
            Assert.Equal(list.Total, total.Value);
            Assert.Equal(list.Parts.Select(p => (decimal)p), total.Parts.Select(p => p.Value!.Value));

            // A part named like its total ("其中各部门主动公开政府信息800条") is a share of it, never the total's concept.
            Assert.All(total.Parts, p => Assert.True(p.Concept is null || p.Concept != total.Concept, p.Label));
        });

    [Property(MaxTest = 200)]
    public Property Check_QiZhongList_ExceedingIsErrorFallingShortIsWarning() =>
        Prop.ForAll(Lists().ToArbitrary(), list =>
        {
            var n2 = ReportChecker.Check(new AnnualReportBuilder(ReportEdition.Legacy2008).WithYear(2020).AddNarrative(list.Sentence, new SourceLocation(1, 1)).Build())
                .Findings.Where(f => f.RuleId == RuleIds.N2).ToList();
            var sum = list.Parts.Sum();
            var expected = sum > list.Total ? [FindingSeverity.Error]
                : sum < list.Total && list.Parts.Length > 1 ? [FindingSeverity.Warning]
                : Array.Empty<FindingSeverity>();
            Assert.Equal(expected, n2.Select(f => f.Severity));
        });

    [Property(MaxTest = 300)]
    public Property Scan_NegatedClause_BindsEachZeroToTheItemItNames() =>
        Prop.ForAll(NegatedClauses().ToArbitrary(), clause =>
        {
            var zeros = ScannerFacts(clause.Sentence).Where(f => f.Kind == NarrativeFactKind.None).Select(f => f.Concept!).ToHashSet();
            var anyOutcome = clause.Items.Any(i => i.Corrected is not null);

            // With an outcome in the list, only the items naming one say "zero", and they say it of the outcome; without one,
            // each item says no case of its topic occurred. Never "no applications".
            var expected = anyOutcome
                ? clause.Items.Where(i => i.Corrected is not null).Select(i => i.Corrected!).ToHashSet()
                : clause.Items.Select(i => i.Total).ToHashSet();
            Assert.Equal(expected.Order(StringComparer.Ordinal), zeros.Order(StringComparer.Ordinal));
        });

    [Property(MaxTest = 200)]
    public Property Scan_NegatedClauseAfterACount_LeavesTheCountAlone() =>
        Prop.ForAll(NegatedClauses().ToArbitrary(), Gen.Choose(1, 5000).ToArbitrary(), (clause, received) =>
        {
            var facts = ScannerFacts($"全年共收到政府信息公开申请{received}件，" + clause.Sentence);
            var count = Assert.Single(facts, f => f.Kind == NarrativeFactKind.Count);
            Assert.Equal(("Apply.Received", (decimal)received), (count.Concept, count.Value!.Value));
            Assert.DoesNotContain(facts, f => f.Kind == NarrativeFactKind.None && f.Concept == "Apply.Received");
        });

    private static Gen<QiZhongList> Lists() =>
        from lead in Gen.Elements(TotalLeads)
        from count in Gen.Choose(1, 5)
        from labels in Gen.Shuffle(PartLabels)
        from parts in Gen.ArrayOf(Gen.Choose(0, 900), count)
        from shape in Gen.Choose(0, 2)
        from shareLikeTotal in Gen.Elements(true, false)
        let sum = parts.Sum()
        let total = shape switch { 0 => sum, 1 => sum + 1 + (sum / 3), _ => Math.Max(0, sum - 1 - (sum / 4)) }
        let firstLabel = shareLikeTotal && lead == "主动公开政府信息" ? "各部门主动公开政府信息" : labels[0]
        let listed = parts.Select((p, i) => $"{(i == 0 ? firstLabel : labels[i])}{p}条")
        select new QiZhongList($"{lead}{total}条，其中{string.Join("，", listed)}。", total, parts);

    private static Gen<NegatedClause> NegatedClauses() =>
        from lead in Gen.Elements("本年度", "全年", "2023年", string.Empty)
        from verb in Gen.Elements("未出现", "未发生", "没有发生")
        from cause in Gen.Elements("因政府信息公开", "与政府信息公开相关的", string.Empty)
        from count in Gen.Choose(1, 2)
        from items in Gen.Shuffle(NegatedItems)
        from joiner in Gen.Elements("、", "和", "及")
        from tail in Gen.Elements("的情况", "案件", string.Empty)
        let chosen = DistinctTopics(items).Take(count).ToArray()
        select new NegatedClause($"{lead}{verb}{cause}{string.Join(joiner, chosen.Select(i => i.Text))}{tail}。", chosen);

    // One item per topic: "行政复议、被复议纠错" would name reviews twice.
    private static IEnumerable<(string Text, string Total, string? Corrected)> DistinctTopics((string Text, string Total, string? Corrected)[] items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return items.Where(i => seen.Add(i.Total));
    }

    private static IReadOnlyList<NarrativeFact> ScannerFacts(string text) =>
        new AnnualReportBuilder(ReportEdition.Gb2021).AddNarrative(text, new SourceLocation(1, 1)).Build().Facts;

    public sealed record QiZhongList(string Sentence, decimal Total, int[] Parts)
    {
        public override string ToString() => Sentence;
    }

    public sealed record NegatedClause(string Sentence, (string Text, string Total, string? Corrected)[] Items)
    {
        public override string ToString() => Sentence;
    }
}
