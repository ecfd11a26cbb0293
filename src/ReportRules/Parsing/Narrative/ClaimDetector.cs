using ReportRules.Model;

namespace ReportRules.Parsing.Narrative;

/// <summary>Finds claims that every review or lawsuit was decided in the agency's favour ("均获维持", "零败诉").</summary>
internal static class ClaimDetector
{
    private static readonly string[] ClaimPhrases =
    [
        "均获维持", "均被维持", "全部维持", "全部获得维持", "均予维持", "均维持", "零败诉", "无败诉", "未败诉", "无一败诉", "均胜诉", "全部胜诉",
    ];

    /// <summary>Gets the first claim of a sentence, if any.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>The claim fact, or <see langword="null"/>.</returns>
    public static NarrativeFact? Detect(Sentence sentence)
    {
        foreach (var phrase in ClaimPhrases)
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
