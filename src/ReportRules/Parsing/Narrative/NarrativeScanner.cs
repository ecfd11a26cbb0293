using System.Globalization;
using System.Text;
using ReportRules.Model;

namespace ReportRules.Parsing.Narrative;

/// <summary>
/// Reads the numbers the prose states into <see cref="NarrativeFact"/>s, once, when a report is built. Hand-written,
/// one pass per sentence (linear time, no regular expressions): counts with their units ("166件", "一例", "900余人次"),
/// the parts listed after 其中/包括/包含, percentages printed with a count ("20件（1.68%）", "20件，占1.68%"),
/// statements that a quantity was zero ("未收到…申请"), unfilled placeholders ("XX件", "共主动公开条") and claims
/// that every case was upheld ("均获维持").
/// </summary>
internal static class NarrativeScanner
{
    private const string ChineseDigits = "零〇一二两三四五六七八九十百千万";

    // Longest first: "人次" before "人".
    private static readonly string[] Units = ["人次", "件次", "件", "条", "次", "篇", "个", "例", "项", "份", "期", "场", "家", "户", "人"];

    // A Chinese-numeral count is read only after a counting verb or at a clause start: "收到一例", "召开两次",
    // but not the slogans "一件事一次办" or "获得三次第一".
    private const string ChineseCountLeads = "共到理收有了生开布复议诉为达受出接办答发获计约近逾请";

    private static readonly string[] ClaimPhrases =
    [
        "均获维持", "均被维持", "全部维持", "全部获得维持", "均予维持", "均维持", "零败诉", "无败诉", "未败诉", "无一败诉", "均胜诉", "全部胜诉",
    ];

    private static readonly string[] PlaceholderLeads = ["公开", "收到", "受理", "答复", "办结", "发布", "回应", "申请", "共"];

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
        int? previousLastCount = null;
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
                previousLastCount = ScanSentence(new Sentence(original, text, start, end, paragraph.Location), edition, facts, paragraphStart, previousLastCount);
            }

            start = end;
        }
    }

    // Returns the index in facts of the sentence's last top-level count, for a following sentence that opens with 其中.
    private static int? ScanSentence(Sentence sentence, ReportEdition edition, List<NarrativeFact> facts, int paragraphStart, int? previousLastCount)
    {
        var text = sentence.Normalized;
        var mentions = new List<Mention>();
        var markers = new List<int>();
        var semicolons = new List<int>();
        var clauseStart = sentence.Start;
        var i = sentence.Start;
        while (i < sentence.End)
        {
            var c = text[i];
            if (c is '(' or '【' or '[')
            {
                var close = text.IndexOf(c == '(' ? ')' : c == '【' ? '】' : ']', i + 1, sentence.End - i - 1);
                if (close < 0)
                {
                    close = sentence.End - 1;
                }

                AttachBracketPercentage(text, i, close, mentions);
                i = close + 1;
                continue;
            }

            if (c is ',' or '、' or ';' or ':' or '，')
            {
                if (c == ';')
                {
                    semicolons.Add(i);
                }

                clauseStart = i + 1;
                i++;
                continue;
            }

            if (IsMarker(text, i, sentence.End))
            {
                markers.Add(i);
                clauseStart = i + 2;
                i += 2;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                i = ReadDigits(sentence, i, clauseStart, mentions);
                continue;
            }

            if (ChineseDigits.Contains(c, StringComparison.Ordinal))
            {
                i = ReadChinese(sentence, i, clauseStart, mentions);
                continue;
            }

            i++;
        }

        AddPlaceholders(sentence, facts);
        AddClaims(sentence, facts);
        var applications = sentence.Compact.Contains("申请", StringComparison.Ordinal) && !sentence.Compact.Contains("事项", StringComparison.Ordinal);
        var counts = mentions.Where(m => !m.IsPercent).ToList();
        AddZeroStatements(sentence, edition, facts, counts);
        if (counts.Count == 0)
        {
            return null;
        }

        // 其中: the parts follow the marker; the total is the last count before it, or (when the sentence opens with
        // 其中) the last count of the previous sentence.
        var marker = markers.Count > 0 ? markers[0] : -1;
        var parentIndex = marker < 0 ? -1 : counts.FindLastIndex(m => m.Start < marker);
        int? outerParent = null;
        if (marker >= 0 && parentIndex < 0 && previousLastCount is { } previous && OnlyPunctuationBefore(text, sentence.Start, marker))
        {
            outerParent = previous;
        }

        var lastTop = (int?)null;
        var parentFactIndex = -1;
        var parts = new List<NarrativeFact>();
        var partsEnd = sentence.End;
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
                    var (concept, isExplicit) = NarrativeConcepts.ClassifyPart(parent.Concept, before, after, applications);
                    parts.Add(ToFact(sentence, edition, mention, before, concept, isExplicit) with { PercentageBase = parent.Value });
                    lastPartStart = mention.Start;
                    continue;
                }
            }

            var (topConcept, topExplicit) = NarrativeConcepts.Classify(before, after, applications);
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
            facts[ownerIndex] = facts[ownerIndex] with
            {
                Parts = parts.AsReadOnly(),
                // A colon list separated by "；" often names items without a count ("部门预算、决算信息；…"): not exhaustive.
                NonExhaustive = tail.Contains('等', StringComparison.Ordinal) || parts[^1].Label.EndsWith('等') ||
                    (ColonList(text, marker) && semicolons.Any(p => p > marker && p < partsEnd)),
            };
        }

        return lastTop;
    }

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

    private static bool IsMarker(string text, int i, int end) =>
        i + 1 < end && ((text[i] == '其' && text[i + 1] == '中') || (text[i] == '包' && (text[i + 1] == '括' || text[i + 1] == '含')));

    private static (string Before, string After) Context(Sentence sentence, Mention mention)
    {
        var text = sentence.Normalized;
        var before = Compact(text, mention.ClauseStart, mention.Start);
        var afterEnd = mention.End;
        while (afterEnd < sentence.End && text[afterEnd] is not (',' or '、' or ';' or ':' or '。' or '(' or '!' or '?'))
        {
            afterEnd++;
        }

        return (before, Compact(text, mention.End, afterEnd));
    }

    private static string Compact(string text, int start, int end)
    {
        var builder = new StringBuilder(Math.Max(0, end - start));
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static int ReadDigits(Sentence sentence, int start, int clauseStart, List<Mention> mentions)
    {
        var text = sentence.Normalized;
        var i = start;
        while (i < sentence.End && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && i + 1 < sentence.End && char.IsAsciiDigit(text[i + 1])) || IsGroupComma(text, i, sentence.End)))
        {
            i++;
        }

        var numberEnd = i;

        // Part of a code, phone number, date, URL or version: "0724-2376200", "2019-02-28", "www.x.gov.cn".
        var prev = start > sentence.Start ? text[start - 1] : ' ';
        var next = numberEnd < sentence.End ? text[numberEnd] : ' ';
        if (char.IsAsciiLetter(prev) || prev is '.' or '-' or '/' or '@' or ':' or '_' or '#' || char.IsAsciiLetter(next) || next is '-' or '/' or '@' or '_')
        {
            return SkipToken(text, numberEnd, sentence.End);
        }

        if (prev == '第' || IsCountingRule(text, start, sentence.Start))
        {
            return numberEnd;
        }

        var digits = text[start..numberEnd].Replace(",", string.Empty, StringComparison.Ordinal);
        // Out of range (≥ 10^15, see ReportChecker.MaxCellMagnitude): no sentence of a report means it; comparing it would overflow.
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value >= ReportChecker.MaxCellMagnitude)
        {
            return numberEnd;
        }

        return ReadUnit(sentence, start, numberEnd, value, clauseStart, mentions);
    }

    private static int ReadChinese(Sentence sentence, int start, int clauseStart, List<Mention> mentions)
    {
        var text = sentence.Normalized;
        var i = start;
        while (i < sentence.End && ChineseDigits.Contains(text[i], StringComparison.Ordinal))
        {
            i++;
        }

        var prev = start > sentence.Start ? text[start - 1] : ',';
        var atClauseStart = start == clauseStart || prev is ',' or '、' or ';' or ':' or ' ';
        if (!atClauseStart && !ChineseCountLeads.Contains(prev, StringComparison.Ordinal))
        {
            return i;
        }

        if (prev == '第' || IsCountingRule(text, start, sentence.Start) || !TryParseChinese(text.AsSpan(start, i - start), out var value))
        {
            return i;
        }

        // "未接收到一例申请" states zero, not one: the zero statement is read for the whole sentence.
        if (Negated(text, clauseStart, start))
        {
            return i;
        }

        var unit = MatchUnit(text, i, sentence.End);
        if (unit is null)
        {
            return i;
        }

        var afterUnit = i + unit.Length;
        // "一件事一次办", "一次性", "三次第一": slogans and rankings, not counts.
        if (afterUnit < sentence.End && text[afterUnit] is '事' or '性' or '办' or '站' or '窗' or '网' or '第')
        {
            return afterUnit;
        }

        return ReadUnit(sentence, start, i, value, clauseStart, mentions);
    }

    private static int ReadUnit(Sentence sentence, int start, int numberEnd, decimal value, int clauseStart, List<Mention> mentions)
    {
        var text = sentence.Normalized;
        var i = numberEnd;
        var approximate = ApproximatePrefix(text, start, sentence.Start);
        i = SkipSpaces(text, i, sentence.End);
        if (i < sentence.End && text[i] is '余' or '多')
        {
            approximate = true;
            i = SkipSpaces(text, i + 1, sentence.End);
        }

        if (i < sentence.End && text[i] is '%' or '﹪')
        {
            mentions.Add(new Mention(start, i + 1, clauseStart, value, null, approximate) { IsPercent = true, PercentageDecimals = Decimals(text, start, numberEnd) });
            AttachTrailingPercentage(text, mentions, clauseStart);
            return i + 1;
        }

        var multiplier = 1m;
        if (i < sentence.End && text[i] is '万' or '亿')
        {
            multiplier = text[i] == '万' ? 10_000m : 100_000_000m;
            i++;
        }

        var unit = MatchUnit(text, i, sentence.End);
        if (unit is null)
        {
            return Math.Max(numberEnd, i);
        }

        var end = i + unit.Length;
        var rest = SkipSpaces(text, end, sentence.End);
        if (Starts(text, rest, sentence.End, "左右") || Starts(text, rest, sentence.End, "以上"))
        {
            approximate = true;
        }

        mentions.Add(new Mention(start, end, clauseStart, value * multiplier, unit, approximate));
        return end;
    }

    // "（1.68%）" or "（占12.05%）" right after a count.
    private static void AttachBracketPercentage(string text, int open, int close, List<Mention> mentions)
    {
        if (mentions.Count == 0 || mentions[^1].IsPercent || SkipSpaces(text, mentions[^1].End, open) != open)
        {
            return;
        }

        var i = open + 1;
        while (i < close && !char.IsAsciiDigit(text[i]))
        {
            if (text[i] is not ('占' or '约' or '比' or ' '))
            {
                return;
            }

            i++;
        }

        var numberStart = i;
        while (i < close && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
        {
            i++;
        }

        if (i == numberStart || i >= close || text[i] is not ('%' or '﹪') ||
            !decimal.TryParse(text.AsSpan(numberStart, i - numberStart), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percentage))
        {
            return;
        }

        mentions[^1] = mentions[^1] with { Percentage = percentage, PercentageDecimals = Decimals(text, numberStart, i) };
    }

    // "当面申请20件，占12.05%": a percentage whose clause is just 占 / 占比 follows the count it describes.
    private static void AttachTrailingPercentage(string text, List<Mention> mentions, int clauseStart)
    {
        var percent = mentions[^1];
        var lead = Compact(text, clauseStart, percent.Start);
        if (mentions.Count < 2 || lead is not ("占" or "约占" or "占比" or "占比为" or "占总数的" or "占比达") || mentions[^2].IsPercent || mentions[^2].Percentage is not null)
        {
            return;
        }

        mentions[^2] = mentions[^2] with { Percentage = percent.Value, PercentageDecimals = percent.PercentageDecimals };
    }

    private static void AddZeroStatements(Sentence sentence, ReportEdition edition, List<NarrativeFact> facts, List<Mention> counts)
    {
        var text = sentence.Compact;
        var negation = FirstNegation(text);
        if (negation < 0)
        {
            return;
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

        foreach (var concept in states)
        {
            if (counts.Count > 0)
            {
                // A sentence that also gives numbers is read through its counts, not as a zero statement.
                continue;
            }

            facts.Add(new NarrativeFact(NarrativeFactKind.None, sentence.Original, sentence.LocationOf(sentence.Start + LeadingSpace(sentence)))
            {
                Concept = concept,
                CellKeys = NarrativeConcepts.CellsFor(concept, edition),
                Explicit = true,
                Value = 0,
                Label = rest,
            });
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

    private static int FirstNegation(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '未' || (text[i] == '没' && i + 1 < text.Length && text[i + 1] == '有') ||
                (text[i] == '无' && !(i + 1 < text.Length && text[i + 1] is '法' or '论' or '需')) || (text[i] == '零' && i + 1 < text.Length && text[i + 1] == '申'))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Negated(string text, int clauseStart, int at)
    {
        for (var i = clauseStart; i < at; i++)
        {
            if (text[i] == '未' || text[i] == '无' || (text[i] == '没' && i + 1 < at && text[i + 1] == '有'))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddPlaceholders(Sentence sentence, List<NarrativeFact> facts)
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
                    var unit = MatchUnit(text, j, sentence.End);
                    var end = j + (unit?.Length ?? 0);
                    facts.Add(Placeholder(sentence, i, end));
                }

                i = j - 1;
                continue;
            }

            // "共主动公开条。": a counting verb straight before a unit that ends the clause.
            if (text[i] is '件' or '条' or '次' or '篇' && IsClauseEnd(text, i + 1, sentence.End))
            {
                foreach (var lead in PlaceholderLeads)
                {
                    if (i - lead.Length >= sentence.Start && string.CompareOrdinal(text, i - lead.Length, lead, 0, lead.Length) == 0)
                    {
                        facts.Add(Placeholder(sentence, i - lead.Length, i + 1));
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

    private static void AddClaims(Sentence sentence, List<NarrativeFact> facts)
    {
        foreach (var phrase in ClaimPhrases)
        {
            var at = sentence.Normalized.IndexOf(phrase, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
            if (at >= 0)
            {
                facts.Add(new NarrativeFact(NarrativeFactKind.AllUpheldClaim, sentence.Original, sentence.LocationOf(at))
                {
                    Raw = phrase,
                    Label = phrase,
                });
                return;
            }
        }
    }

    private static bool IsClauseEnd(string text, int i, int end) =>
        i >= end || text[i] is ',' or '、' or ';' or '。' or '!' or '?' or ')';

    private static int LeadingSpace(Sentence sentence)
    {
        var i = 0;
        while (sentence.Start + i < sentence.End && char.IsWhiteSpace(sentence.Normalized[sentence.Start + i]))
        {
            i++;
        }

        return i;
    }

    // "1,234" inside a number; "166件,其中" is a clause break, not a separator.
    private static bool IsGroupComma(string text, int i, int end) =>
        text[i] == ',' && i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 3 < end &&
        char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]) &&
        (i + 4 >= end || !char.IsAsciiDigit(text[i + 4]));

    // "计1条" / "计一次" state a counting rule (不同渠道和方式公开相同信息计1条), not a count; 共计/合计/总计/累计 do count.
    private static bool IsCountingRule(string text, int start, int sentenceStart)
    {
        var i = start - 1;
        while (i >= sentenceStart && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= sentenceStart && text[i] == '计' && !(i > sentenceStart && text[i - 1] is '共' or '合' or '总' or '累');
    }

    private static bool ApproximatePrefix(string text, int start, int sentenceStart)
    {
        var i = start - 1;
        while (i >= sentenceStart && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        if (i < sentenceStart)
        {
            return false;
        }

        return text[i] is '逾' or '约' or '近' || (text[i] == '过' && i > sentenceStart && text[i - 1] == '超') || text[i] == '超';
    }

    private static string? MatchUnit(string text, int i, int end)
    {
        foreach (var unit in Units)
        {
            if (Starts(text, i, end, unit))
            {
                return unit;
            }
        }

        return null;
    }

    private static bool Starts(string text, int i, int end, string value) =>
        i + value.Length <= end && string.CompareOrdinal(text, i, value, 0, value.Length) == 0;

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static int SkipToken(string text, int i, int end)
    {
        while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '-' or '/' or '@' or '_' or ':'))
        {
            i++;
        }

        return i;
    }

    private static int Decimals(string text, int start, int end)
    {
        var dot = text.IndexOf('.', start, end - start);
        return dot < 0 ? 0 : end - dot - 1;
    }

    /// <summary>Parses Chinese numerals up to 万: 十二 → 12, 两 → 2, 一百零五 → 105, 三千 → 3000.</summary>
    internal static bool TryParseChinese(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        decimal section = 0;
        decimal digit = 0;
        var any = false;
        foreach (var c in text)
        {
            var d = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (c == '〇')
            {
                d = 0;
            }
            else if (c == '两')
            {
                d = 2;
            }

            if (d >= 0)
            {
                digit = d;
                any = true;
                continue;
            }

            var scale = c switch { '十' => 10m, '百' => 100m, '千' => 1000m, _ => 0m };
            if (scale > 0)
            {
                section += (digit == 0 ? 1 : digit) * scale;
                digit = 0;
                any = true;
                continue;
            }

            if (c == '万')
            {
                value += (section + digit) * 10_000m;
                section = 0;
                digit = 0;
                continue;
            }

            return false;
        }

        value += section + digit;
        return any;
    }

    private sealed record Mention(int Start, int End, int ClauseStart, decimal Value, string? Unit, bool Approximate)
    {
        public bool IsPercent { get; init; }

        public decimal? Percentage { get; init; }

        public int PercentageDecimals { get; init; }
    }

    private sealed class Sentence
    {
        public Sentence(string source, string normalized, int start, int end, SourceLocation? location)
        {
            Source = source;
            Normalized = normalized;
            Start = start;
            End = end;
            ParagraphLocation = location;
            Original = source[start..end].Trim();
            Compact = NarrativeScanner.Compact(normalized, start, end);
        }

        public string Source { get; }

        public string Normalized { get; }

        public int Start { get; }

        public int End { get; }

        public SourceLocation? ParagraphLocation { get; }

        public string Original { get; }

        public string Compact { get; }

        public SourceLocation? LocationOf(int index) =>
            ParagraphLocation is null ? null : ParagraphLocation with { Column = ParagraphLocation.Column + index };
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
