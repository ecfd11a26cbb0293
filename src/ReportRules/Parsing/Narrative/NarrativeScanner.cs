using ReportRules.Model;

namespace ReportRules.Parsing.Narrative;

/// <summary>
/// Reads the numbers the prose states into <see cref="NarrativeFact"/>s, once, when a report is built: splits each
/// paragraph into sentences and runs the units over each — <see cref="PlaceholderDetector"/> ("XX件"),
/// <see cref="ClaimDetector"/> ("均获维持"), <see cref="ProseNumberReader"/> (counts and percentages),
/// <see cref="ZeroStatementDetector"/> ("未收到…申请") and <see cref="PartGrouper"/> (counts into facts, 其中 parts
/// under their total). Linear time, no regular expressions.
/// </summary>
internal static class NarrativeScanner
{
    /// <summary>Reads the facts of a report's prose.</summary>
    /// <param name="paragraphs">The paragraphs.</param>
    /// <param name="edition">The report's edition (for the cells of each concept).</param>
    /// <returns>The facts, in reading order.</returns>
    public static IReadOnlyList<NarrativeFact> Scan(IReadOnlyList<NarrativeParagraph> paragraphs, ReportEdition edition)
    {
        var facts = new List<NarrativeFact>();
        foreach (var paragraph in paragraphs)
        {
            ScanParagraph(paragraph, edition, facts);
        }

        return facts.AsReadOnly();
    }

    private static void ScanParagraph(NarrativeParagraph paragraph, ReportEdition edition, List<NarrativeFact> facts)
    {
        var original = paragraph.Text;

        // One char for one char, so indices into the normalised text are indices into the original.
        var text = TextNormalizer.Normalize(original);
        var paragraphStart = facts.Count;
        var state = new GroupingState();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('。' or '!' or '?' or '\n'))
            {
                continue;
            }

            var end = Math.Min(i + 1, text.Length);
            if (end > start)
            {
                ScanSentence(new Sentence(original, text, start, end, paragraph.Location), edition, facts, paragraphStart, state);
            }

            start = end;
        }
    }

    private static void ScanSentence(Sentence sentence, ReportEdition edition, List<NarrativeFact> facts, int paragraphStart, GroupingState state)
    {
        var numbers = ProseNumberReader.Read(sentence);
        facts.AddRange(PlaceholderDetector.Detect(sentence));
        var claim = ClaimDetector.Detect(sentence);
        if (claim is not null)
        {
            facts.Add(claim);
        }

        facts.AddRange(ZeroStatementDetector.Detect(sentence, edition, numbers.Counts, hasClaim: claim is not null));
        PartGrouper.Group(sentence, edition, numbers, facts, paragraphStart, state);
    }
}
