using ReportRules.Model;

namespace ReportRules.Parsing.Narrative;

/// <summary>
/// Finds statements that a quantity was zero ("未收到政府信息公开申请", "未发生行政复议、行政诉讼") and reads them as
/// <see cref="NarrativeFactKind.None"/> facts of the exact concept they negate. A negation reaches to the end of its
/// clause (the next ，；：), never into the next one; a negated outcome ("未出现…被复议纠错、诉讼败诉的情况") says that the
/// outcome is zero (<c>Review.Corrected</c>, <c>Lit.Corrected</c>), not that there were no reviews or suits; when a
/// list mixes outcomes and plain topics ("未出现行政复议、行政诉讼被纠错的情况": does 被纠错 qualify both?) only the
/// items that name their outcome are read. Where the concept is not certain, nothing is emitted.
/// </summary>
internal static class ZeroStatementDetector
{
    private static readonly (string Topic, string Total, string Corrected)[] CaseTopics =
    [
        ("复议", NarrativeConcepts.ReviewTotal, NarrativeConcepts.ReviewCorrected),
        ("诉讼", NarrativeConcepts.LitTotal, NarrativeConcepts.LitCorrected),
    ];

    /// <summary>Gets the zero statements of a sentence, clause by clause; a clause that gives a count is read through its counts.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="edition">The report's edition (for the cells of each concept).</param>
    /// <param name="counts">The counts read in the sentence.</param>
    /// <param name="hasClaim">Whether the sentence claims every case was upheld (then P4-2, not a zero statement, reads its outcomes).</param>
    /// <returns>The facts, one per concept.</returns>
    public static IEnumerable<NarrativeFact> Detect(Sentence sentence, ReportEdition edition, IReadOnlyList<Mention> counts, bool hasClaim)
    {
        var text = sentence.Normalized;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var clauseStart = sentence.Start;
        for (var i = sentence.Start; i <= sentence.End; i++)
        {
            if (i < sentence.End && text[i] is not (',' or '，' or ';' or ':' or '。' or '!' or '?' or '\n'))
            {
                continue;
            }

            if (i > clauseStart && !counts.Any(m => m.Start >= clauseStart && m.Start < i))
            {
                var clause = Sentence.CompactText(text, clauseStart, i);
                foreach (var (concept, rest) in StatedNone(clause, hasClaim))
                {
                    if (seen.Add(concept))
                    {
                        yield return new NarrativeFact(NarrativeFactKind.None, sentence.Original, sentence.LocationOf(sentence.Start + sentence.LeadingSpace()))
                        {
                            Concept = concept,
                            CellKeys = NarrativeConcepts.CellsFor(concept, edition),
                            Explicit = true,
                            Value = 0,
                            Label = rest,
                        };
                    }
                }
            }

            clauseStart = i + 1;
        }
    }

    /// <summary>Gets the concepts a compact clause says were zero, with the negated words.</summary>
    /// <param name="clause">The compact clause.</param>
    /// <param name="hasClaim">Whether the sentence holds an all-upheld claim.</param>
    /// <returns>The concepts, in order.</returns>
    internal static IEnumerable<(string Concept, string Negated)> StatedNone(string clause, bool hasClaim)
    {
        var negation = Negation.First(clause);
        if (negation < 0)
        {
            yield break;
        }

        var rest = clause[negation..];
        var items = Items(rest);
        var anyOutcome = items.Any(HasOutcome);
        var application = rest.IndexOf("申请", StringComparison.Ordinal);
        if (application > 0 && !anyOutcome && HasVerbBefore(rest, application) && !ContainsAny(ItemAt(items, application), NarrativeWords.NotApplicationCountWords))
        {
            yield return (NarrativeConcepts.Received, rest);
        }

        foreach (var (topic, total, corrected) in CaseTopics)
        {
            var at = rest.IndexOf(topic, StringComparison.Ordinal);
            if (at <= 0 || at > 30)
            {
                continue;
            }

            if (HasOutcome(ItemAt(items, at)))
            {
                if (!hasClaim)
                {
                    yield return (corrected, rest);
                }
            }
            else if (!anyOutcome && StatesNone(rest, at))
            {
                yield return (total, rest);
            }
        }
    }

    /// <summary>
    /// Whether a clause starting at a negation says that no case of the topic at <paramref name="at"/> occurred
    /// ("未发生行政复议", "无行政诉讼", "没有收到复议申请"), as opposed to a statement about outcomes ("未被复议机关纠错").
    /// </summary>
    private static bool StatesNone(string rest, int at)
    {
        if (rest.Length > 1 && rest[1] == '被')
        {
            return false;
        }

        var between = rest[1..at];
        return ContainsAny(between, NarrativeWords.NoCaseVerbs) || between.Length == 0 || between is "行政" or "因" or "因政府信息公开";
    }

    private static bool HasVerbBefore(string rest, int application)
    {
        foreach (var verb in NarrativeWords.NoApplicationVerbs)
        {
            var at = rest.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && at < application)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOutcome(Item item) => HasOutcome(item.Text);

    private static bool HasOutcome(string text) => ContainsAny(text, NarrativeWords.CorrectedOutcomes);

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string ItemAt(List<Item> items, int at)
    {
        foreach (var item in items)
        {
            if (at >= item.Start && at < item.Start + item.Text.Length)
            {
                return item.Text;
            }
        }

        return string.Empty;
    }

    // The coordinated items of a negated clause: "出现因政府信息公开被复议纠错、诉讼败诉的情况" → two items.
    private static List<Item> Items(string rest)
    {
        var items = new List<Item>();
        var start = 0;
        for (var i = 0; i <= rest.Length; i++)
        {
            if (i < rest.Length && !NarrativeWords.ItemJoiners.Contains(rest[i], StringComparison.Ordinal))
            {
                continue;
            }

            items.Add(new Item(start, rest[start..i]));
            start = i + 1;
        }

        return items;
    }

    private readonly record struct Item(int Start, string Text);
}
