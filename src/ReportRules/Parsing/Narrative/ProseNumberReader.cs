using System.Globalization;
using ReportRules.Parsing.Text;

namespace ReportRules.Parsing.Narrative;

/// <summary>
/// Reads the numbers of one sentence, one pass, no regular expressions: counts with their units ("166件", "一例",
/// "900余人次", "1.2万条"), percentages printed with a count ("20件（1.68%）", "20件，占1.68%"), and where the
/// 其中/包括/包含 markers and the "；" are. Codes, dates, phone numbers, ordinals (第3) and counting rules (计1条) are
/// skipped; a Chinese numeral counts only after a counting verb or at a clause start.
/// </summary>
internal static class ProseNumberReader
{
    /// <summary>Reads the numbers of a sentence.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>The mentions, markers and semicolons.</returns>
    public static SentenceNumbers Read(Sentence sentence)
    {
        var text = sentence.Normalized;
        var mentions = new List<Mention>();
        var markers = new List<int>();
        var semicolons = new List<int>();
        var clauseStart = sentence.Start;
        var listEnd = -1;
        var i = sentence.Start;
        while (i < sentence.End)
        {
            var c = text[i];
            if (c == '(' && markers.Count == 0 && BracketList(text, i, sentence.End) is { } listClose)
            {
                // "2599条，(其中机构职能类信息25条，…其他856条)对于…": a bracketed 其中 list is read, and its parts end at
                // the closing bracket; a bracket elsewhere is an aside and skipped.
                listEnd = listClose;
                clauseStart = i + 1;
                i++;
                continue;
            }

            if (i == listEnd)
            {
                clauseStart = i + 1;
                i++;
                continue;
            }

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

            if (NumberWords.ChineseDigits.Contains(c, StringComparison.Ordinal))
            {
                i = ReadChinese(sentence, i, clauseStart, mentions);
                continue;
            }

            i++;
        }

        return new SentenceNumbers(mentions, markers, semicolons) { ListEnd = listEnd >= 0 ? listEnd : null };
    }

    /// <summary>
    /// Gets where the bracket opened at <paramref name="open"/> closes when it holds a 其中/包括 list ("(其中A 25条，…)"),
    /// counting nested brackets; <see langword="null"/> for any other bracket or one not closed within the sentence.
    /// </summary>
    private static int? BracketList(string text, int open, int end)
    {
        var first = SkipSpaces(text, open + 1, end);
        if (!IsMarker(text, first, end))
        {
            return null;
        }

        var depth = 0;
        for (var i = open; i < end; i++)
        {
            if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')' && --depth == 0)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Gets whether text[i..] starts with a 其中/包括/包含 marker.</summary>
    /// <param name="text">The normalised text.</param>
    /// <param name="i">The index.</param>
    /// <param name="end">Where the sentence ends.</param>
    /// <returns>Whether a marker starts there.</returns>
    public static bool IsMarker(string text, int i, int end) =>
        i + 1 < end && ((text[i] == '其' && text[i + 1] == '中') || (text[i] == '包' && (text[i + 1] == '括' || text[i + 1] == '含')));

    /// <summary>Gets whether text[i..end] starts with a value.</summary>
    /// <param name="text">The text.</param>
    /// <param name="i">The index.</param>
    /// <param name="end">The end.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether it does.</returns>
    public static bool Starts(string text, int i, int end, string value) =>
        i + value.Length <= end && string.CompareOrdinal(text, i, value, 0, value.Length) == 0;

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
        while (i < sentence.End && NumberWords.ChineseDigits.Contains(text[i], StringComparison.Ordinal))
        {
            i++;
        }

        var prev = start > sentence.Start ? text[start - 1] : ',';
        var atClauseStart = start == clauseStart || prev is ',' or '、' or ';' or ':' or ' ';
        if (!atClauseStart && !NarrativeWords.ChineseCountLeads.Contains(prev, StringComparison.Ordinal))
        {
            return i;
        }

        if (prev == '第' || IsCountingRule(text, start, sentence.Start) || !NumberWords.TryParseChinese(text.AsSpan(start, i - start), out var value))
        {
            return i;
        }

        // "未接收到一例申请" states zero, not one: the zero statement is read for the whole sentence.
        if (Negation.Within(text, clauseStart, start))
        {
            return i;
        }

        var unit = NumberWords.MatchCountUnit(text, i, sentence.End);
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

        var unit = NumberWords.MatchCountUnit(text, i, sentence.End);
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
        var lead = Sentence.CompactText(text, clauseStart, percent.Start);
        if (mentions.Count < 2 || lead is not ("占" or "约占" or "占比" or "占比为" or "占总数的" or "占比达") || mentions[^2].IsPercent || mentions[^2].Percentage is not null)
        {
            return;
        }

        mentions[^2] = mentions[^2] with { Percentage = percent.Value, PercentageDecimals = percent.PercentageDecimals };
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
}
