using ReportRules.Model;
using ReportRules.Parsing.Text;

namespace ReportRules.Parsing.Narrative;

/// <summary>Finds unfilled placeholders where a number belongs: "XX件", "××", "共主动公开条".</summary>
internal static class PlaceholderDetector
{
    /// <summary>Gets the placeholders of a sentence.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>The placeholder facts, in order.</returns>
    public static IEnumerable<NarrativeFact> Detect(Sentence sentence)
    {
        var text = sentence.Normalized;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            // "XX件", "××", "xx条".
            if (text[i] is 'X' or 'x' or '×')
            {
                var j = i;
                while (j < sentence.End && text[j] is 'X' or 'x' or '×')
                {
                    j++;
                }

                var prevLetter = i > sentence.Start && char.IsAsciiLetter(text[i - 1]);
                var nextLetter = j < sentence.End && char.IsAsciiLetter(text[j]);
                if (j - i >= 2 && !prevLetter && !nextLetter)
                {
                    var unit = NumberWords.MatchCountUnit(text, j, sentence.End);
                    var end = j + (unit?.Length ?? 0);
                    yield return Placeholder(sentence, i, end);
                }

                i = j - 1;
                continue;
            }

            // "共主动公开条。": a counting verb straight before a unit that ends the clause.
            if (text[i] is '件' or '条' or '次' or '篇' && IsClauseEnd(text, i + 1, sentence.End))
            {
                foreach (var lead in NarrativeWords.PlaceholderLeads)
                {
                    if (i - lead.Length >= sentence.Start && string.CompareOrdinal(text, i - lead.Length, lead, 0, lead.Length) == 0)
                    {
                        yield return Placeholder(sentence, i - lead.Length, i + 1);
                        break;
                    }
                }
            }
        }
    }

    private static NarrativeFact Placeholder(Sentence sentence, int start, int end) =>
        new(NarrativeFactKind.Placeholder, sentence.Original, sentence.LocationOf(start))
        {
            Raw = sentence.Source[start..end],
        };

    private static bool IsClauseEnd(string text, int i, int end) =>
        i >= end || text[i] is ',' or '、' or ';' or '。' or '!' or '?' or ')';
}
