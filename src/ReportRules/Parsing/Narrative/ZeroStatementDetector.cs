using ReportRules.Model;

namespace ReportRules.Parsing.Narrative;

/// <summary>
/// Finds statements that a quantity was zero ("未收到政府信息公开申请", "未发生行政复议、行政诉讼") and reads them as
/// <see cref="NarrativeFactKind.None"/> facts of the concept they name.
/// </summary>
internal static class ZeroStatementDetector
{
    /// <summary>Gets the zero statements of a sentence that gives no count.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="edition">The report's edition (for the cells of each concept).</param>
    /// <param name="counts">The counts read in the sentence: a sentence that gives numbers is read through them.</param>
    /// <returns>The facts.</returns>
    public static IEnumerable<NarrativeFact> Detect(Sentence sentence, ReportEdition edition, IReadOnlyList<Mention> counts)
    {
        var text = sentence.Compact;
        var negation = Negation.First(text);
        if (negation < 0)
        {
            yield break;
        }

        var rest = text[negation..];
        var states = new List<string>();
        var application = rest.IndexOf("申请", StringComparison.Ordinal);
        if (application > 0 && HasVerbBefore(rest, application))
        {
            states.Add(NarrativeConcepts.Received);
        }

        if (StatesNone(rest, "复议"))
        {
            states.Add(NarrativeConcepts.ReviewTotal);
        }

        if (StatesNone(rest, "诉讼"))
        {
            states.Add(NarrativeConcepts.LitTotal);
        }

        if (counts.Count > 0)
        {
            // A sentence that also gives numbers is read through its counts, not as a zero statement.
            yield break;
        }

        foreach (var concept in states)
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

    /// <summary>
    /// Whether a clause starting at a negation says that no case of the topic occurred ("未发生行政复议", "无行政诉讼",
    /// "没有收到复议申请"), as opposed to a statement about outcomes ("未被复议机关纠错").
    /// </summary>
    private static bool StatesNone(string rest, string topic)
    {
        var at = rest.IndexOf(topic, StringComparison.Ordinal);
        if (at <= 0 || at > 30 || (rest.Length > 1 && rest[1] == '被'))
        {
            return false;
        }

        var between = rest[1..at];
        foreach (var verb in new[] { "收到", "接收", "接到", "受理", "发生", "产生", "出现", "涉及", "提起", "被申请", "有" })
        {
            if (between.Contains(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return between.Length == 0 || between is "行政" or "因" or "因政府信息公开";
    }

    private static bool HasVerbBefore(string rest, int application)
    {
        foreach (var verb in new[] { "收到", "接收", "接到", "受理", "发生" })
        {
            var at = rest.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && at < application)
            {
                return true;
            }
        }

        return false;
    }
}
