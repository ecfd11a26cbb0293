namespace ReportRules.Parsing.Narrative;

/// <summary>What <see cref="ProseNumberReader"/> reads in one sentence.</summary>
/// <param name="Mentions">The numbers with their units and the percentages, in order.</param>
/// <param name="Markers">Where each 其中/包括/包含 marker starts.</param>
/// <param name="Semicolons">Where each "；" is.</param>
internal sealed record SentenceNumbers(IReadOnlyList<Mention> Mentions, IReadOnlyList<int> Markers, IReadOnlyList<int> Semicolons)
{
    /// <summary>Gets the counts (the mentions that are not percentages on their own).</summary>
    public IReadOnlyList<Mention> Counts { get; } = [.. Mentions.Where(m => !m.IsPercent)];

    /// <summary>Gets where the first marker's list ends when it is printed in brackets ("(其中…)"): at the closing bracket.</summary>
    public int? ListEnd { get; init; }
}
