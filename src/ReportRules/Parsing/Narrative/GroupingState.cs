namespace ReportRules.Parsing.Narrative;

/// <summary>What one sentence leaves open for the next in its paragraph (indices into the facts read so far).</summary>
internal sealed class GroupingState
{
    /// <summary>Gets or sets the sentence's last top-level count: the total of a next sentence that opens with 其中.</summary>
    public int? LastCount { get; set; }

    /// <summary>Gets or sets the total whose 其中 list the sentence wrote or continued: a next sentence may name another of its parts.</summary>
    public int? ListOwner { get; set; }

    /// <summary>Gets or sets a value indicating whether <see cref="LastCount"/> was carried over a sentence without counts (carried once only).</summary>
    public bool Carried { get; set; }
}
