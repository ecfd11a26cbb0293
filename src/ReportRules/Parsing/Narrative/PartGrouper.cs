using ReportRules.Model;

namespace ReportRules.Parsing.Narrative;

/// <summary>
/// Turns the counts of a sentence into facts: each count classified to the concept it restates, and the parts listed
/// after 其中/包括/包含 attached to their total — the last count before the marker or, when the sentence opens with
/// 其中, the last count of the previous sentence.
/// </summary>
internal static class PartGrouper
{
    /// <summary>Adds the sentence's counts to <paramref name="facts"/>, parts under their total.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="edition">The report's edition (for the cells of each concept).</param>
    /// <param name="numbers">The numbers read in the sentence.</param>
    /// <param name="facts">The facts of the report so far.</param>
    /// <param name="paragraphStart">The index in <paramref name="facts"/> of the paragraph's first fact.</param>
    /// <param name="state">What the previous sentence left open (its last count, its 其中 list); updated for the next sentence.</param>
    public static void Group(Sentence sentence, ReportEdition edition, SentenceNumbers numbers, List<NarrativeFact> facts, int paragraphStart, GroupingState state)
    {
        var text = sentence.Normalized;
        var counts = numbers.Counts;
        var previousLastCount = state.LastCount;
        var listOwner = state.ListOwner;
        var carried = state.Carried;
        state.LastCount = null;
        state.ListOwner = null;
        state.Carried = false;
        if (counts.Count == 0)
        {
            if (previousLastCount is { } last && !carried && NamesKinds(sentence))
            {
                // "共主动公开政府信息457条，…。主动公开类别主要涉及公示公告、机构职能、…等政府信息。其中公示公告类36条，…":
                // a sentence that only names the kinds of the total leaves it open for a 其中 list in the next one (once).
                state.LastCount = ThisYears(facts, last);
                state.Carried = state.LastCount is not null;
            }

            return;
        }

        var applications = sentence.Compact.Contains("申请", StringComparison.Ordinal) && !sentence.Compact.Contains("事项", StringComparison.Ordinal);
        var approvals = sentence.Compact.Contains("审批", StringComparison.Ordinal) && !sentence.Compact.Contains("信息公开", StringComparison.Ordinal) &&
            !sentence.Compact.Contains("依申请", StringComparison.Ordinal);
        var markers = numbers.Markers;
        var semicolons = numbers.Semicolons;

        // 其中: the parts follow the marker; the total is the last count before it, or (when the sentence opens with
        // 其中) the last count of the previous sentence.
        var marker = markers.Count > 0 ? markers[0] : -1;
        var parentIndex = -1;
        for (var k = counts.Count - 1; k >= 0 && marker >= 0; k--)
        {
            if (counts[k].Start < marker)
            {
                parentIndex = k;
                break;
            }
        }

        int? outerParent = null;
        if (marker >= 0 && parentIndex < 0 && previousLastCount is { } previous && OnlyPunctuationBefore(text, sentence.Start, marker))
        {
            outerParent = previous;
        }

        var lastTop = (int?)null;
        var parentFactIndex = -1;
        var parts = new List<NarrativeFact>();
        // A bracketed list ("(其中…)") ends at its closing bracket: counts after it are not its parts.
        var partsEnd = numbers.ListEnd is { } listEnd && marker >= 0 ? listEnd : sentence.End;
        var lastPartStart = marker;
        for (var k = 0; k < counts.Count; k++)
        {
            var mention = counts[k];
            var inParts = marker >= 0 && mention.Start > marker && (parentIndex >= 0 || outerParent is not null) && mention.Start < partsEnd;
            var (before, after) = Context(sentence, mention);
            if (inParts)
            {
                var parent = parentIndex >= 0 ? facts[parentFactIndex] : facts[outerParent!.Value];
                var standalone = NarrativeConcepts.Classify(before, after, applications);
                var afterSemicolon = semicolons.Any(s => s > lastPartStart && s < mention.Start);
                var complete = parts.Count > 0 && parent.Value is { } whole && parts.Sum(p => p.Value ?? 0) >= whole;
                if (afterSemicolon && ((NarrativeConcepts.IsTotal(standalone.Concept) && standalone.Concept != parent.Concept) || (complete && !ColonList(text, marker))))
                {
                    // "…其中维持9件，其他情形1件；引起行政诉讼11件": a new total ends the list; so does a "；" after parts
                    // that already make up the total ("其中自然人741件，法人8件；共办理718件"), unless the list was opened
                    // with a colon ("其中包括：A 13件；B 2件；…"), whose items "；" separates.
                    partsEnd = mention.Start;
                }
                else if (mention.Unit == parent.Unit || SameFamily(mention.Unit, parent.Unit))
                {
                    var (concept, isExplicit) = Bind(NarrativeConcepts.ClassifyPart(parent.Concept, before, after, applications), mention);
                    if (concept is not null && concept == parent.Concept)
                    {
                        // "主动公开政府信息1500条，其中，各部门主动公开政府信息800条": a part named like its total is a share
                        // of it (one department, one channel), not a second statement of the total nor its table cell.
                        (concept, isExplicit) = (null, false);
                    }

                    parts.Add(ToFact(sentence, edition, mention, before, concept, isExplicit) with { PercentageBase = parent.Value });
                    lastPartStart = mention.Start;
                    continue;
                }
            }

            var (topConcept, topExplicit) = Bind(NarrativeConcepts.Classify(before, after, applications), mention);
            if (topConcept == NarrativeConcepts.Received && approvals)
            {
                // "区县已入驻审批服务部门和单位13个，开设窗口26个，共受理申请121510件": applications for administrative
                // approval at the service centre, not requests for government information.
                (topConcept, topExplicit) = (null, false);
            }

            if (marker < 0 && listOwner is { } owner && ContinuesList(facts[owner], mention, topConcept))
            {
                // "其中，区管委会及区直各部门…1687条，占66%。各乡镇主动公开政府信息856条，占34%。" after "主动公开政府信息2543条。":
                // the next sentence names another share of the same total, within what the listed parts leave.
                var sibling = ToFact(sentence, edition, mention, before, null, false) with { PercentageBase = facts[owner].Value };
                facts[owner] = facts[owner] with { Parts = [.. facts[owner].Parts, sibling] };
                state.ListOwner = owner;
                continue;
            }

            var fact = ToFact(sentence, edition, mention, before, topConcept, topExplicit);
            if (fact.Percentage is not null)
            {
                fact = fact with { PercentageBase = PercentageBase(facts, paragraphStart, fact) };
            }

            facts.Add(fact);
            lastTop = facts.Count - 1;
            if (k == parentIndex)
            {
                parentFactIndex = facts.Count - 1;
            }
        }

        if (parts.Count > 0)
        {
            var ownerIndex = parentFactIndex >= 0 ? parentFactIndex : outerParent!.Value;
            var lastPart = counts.Last(m => m.Start > marker && m.Start < partsEnd);
            var tail = text[lastPart.End..Math.Min(partsEnd, sentence.End)];
            state.ListOwner = ownerIndex;
            facts[ownerIndex] = facts[ownerIndex] with
            {
                Parts = parts.AsReadOnly(),
                // A colon list separated by "；" often names items without a count ("部门预算、决算信息；…"): not exhaustive.
                NonExhaustive = tail.Contains('等', StringComparison.Ordinal) || parts[^1].Label.EndsWith('等') ||
                    (ColonList(text, marker) && semicolons.Any(p => p > marker && p < partsEnd)),
            };
        }

        state.LastCount = lastTop;
    }

    // A concept binds a count only when the count's unit can measure it: "政府集中采购1个" after a heading naming 主动公开政府信息
    // counts projects, not information items; unsure means no concept (precision over recall).
    private static (string? Concept, bool Explicit) Bind((string? Concept, bool Explicit) classified, Mention mention) =>
        NarrativeConcepts.Measures(classified.Concept, mention.Unit) ? classified : (null, false);

    // "主动公开政府信息389条，历年累计主动公开政府信息1176条。": the kinds named next are of the year's 389, not of the
    // running total; the nearest earlier count of the same sentence that is not cumulative, or none.
    private static int? ThisYears(List<NarrativeFact> facts, int last)
    {
        for (var i = last; i >= 0 && facts[i].Sentence == facts[last].Sentence; i--)
        {
            if (facts[i].Kind == NarrativeFactKind.Count && !Cumulative(facts[i].Label))
            {
                return i;
            }
        }

        return null;
    }

    private static bool Cumulative(string label) =>
        label.Contains("累计", StringComparison.Ordinal) || label.Contains("历年", StringComparison.Ordinal);

    // A sentence without counts that names kinds ("主要涉及公示公告、机构职能、…等政府信息"): an enumeration with 、 ending in 等.
    private static bool NamesKinds(Sentence sentence)
    {
        var compact = sentence.Compact;
        if (compact.Contains("其中", StringComparison.Ordinal))
        {
            return false;
        }

        var commas = 0;
        var last = -1;
        for (var i = 0; i < compact.Length; i++)
        {
            if (compact[i] == '、')
            {
                commas++;
                last = i;
            }
        }

        return commas >= 2 && compact.IndexOf('等', last) > last;
    }

    // A count in the sentence after a 其中 list continues it when it is named like the list's total and fits in what the
    // listed parts leave of it; otherwise (larger, approximate, another unit) it is read on its own.
    private static bool ContinuesList(NarrativeFact owner, Mention mention, string? concept) =>
        concept is not null && concept == owner.Concept && owner.Value is { } total && !owner.Approximate && !mention.Approximate &&
        mention.Unit == owner.Unit && owner.Parts.All(p => p.Value is not null && !p.Approximate) &&
        owner.Parts.Sum(p => p.Value!.Value) + mention.Value <= total;

    private static NarrativeFact ToFact(Sentence sentence, ReportEdition edition, Mention mention, string before, string? concept, bool isExplicit) =>
        new(NarrativeFactKind.Count, sentence.Original, sentence.LocationOf(mention.Start))
        {
            Concept = concept,
            CellKeys = NarrativeConcepts.CellsFor(concept, edition),
            Explicit = isExplicit && !mention.Approximate,
            PartialScope = NarrativeConcepts.IsPartialScope(before),
            Value = mention.Value,
            Raw = sentence.Source[mention.Start..mention.End],
            Unit = mention.Unit,
            Label = before,
            Approximate = mention.Approximate,
            Percentage = mention.Percentage,
            PercentageDecimals = mention.PercentageDecimals,
        };

    // A top-level count with a percentage and no 其中 total: the percentage is of the nearest earlier total in the paragraph.
    private static decimal? PercentageBase(List<NarrativeFact> facts, int paragraphStart, NarrativeFact fact)
    {
        for (var i = facts.Count - 1; i >= paragraphStart; i--)
        {
            var candidate = facts[i];
            if (candidate.Kind == NarrativeFactKind.Count && candidate.Value is { } total && total >= fact.Value &&
                (candidate.Parts.Count > 0 || NarrativeConcepts.IsTotal(candidate.Concept)) && candidate.Unit == fact.Unit)
            {
                return total;
            }
        }

        return null;
    }

    private static bool SameFamily(string? a, string? b) => a is "件" or "件次" && b is "件" or "件次";

    private static bool OnlyPunctuationBefore(string text, int start, int marker)
    {
        for (var i = start; i < marker; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !char.IsPunctuation(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static (string Before, string After) Context(Sentence sentence, Mention mention)
    {
        var text = sentence.Normalized;
        var before = Sentence.CompactText(text, mention.ClauseStart, mention.Start);
        var afterEnd = mention.End;
        while (afterEnd < sentence.End && text[afterEnd] is not (',' or '、' or ';' or ':' or '。' or '(' or '!' or '?'))
        {
            afterEnd++;
        }

        return (before, Sentence.CompactText(text, mention.End, afterEnd));
    }

    /// <summary>Whether the 其中/包括 marker at <paramref name="marker"/> opens a colon list ("其中包括：").</summary>
    private static bool ColonList(string text, int marker)
    {
        for (var i = marker; i < Math.Min(text.Length, marker + 6); i++)
        {
            if (text[i] is '：' or ':')
            {
                return true;
            }
        }

        return false;
    }
}
