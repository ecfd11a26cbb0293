using ReportRules.Model;

namespace ReportRules.Parsing.Narrative;

/// <summary>Finds claims that every review or lawsuit was decided in the agency's favour ("均获维持", "零败诉").</summary>
internal static class ClaimDetector
{
    /// <summary>Gets the first claim of a sentence, if any.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>The claim fact, or <see langword="null"/>.</returns>
    public static NarrativeFact? Detect(Sentence sentence)
    {
        foreach (var phrase in NarrativeWords.AllUpheldClaims)
        {
            var at = sentence.Normalized.IndexOf(phrase, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
            if (at >= 0)
            {
                return new NarrativeFact(NarrativeFactKind.AllUpheldClaim, sentence.Original, sentence.LocationOf(at))
                {
                    Raw = phrase,
                    Label = phrase,
                };
            }
        }

        return null;
    }
}
