namespace ReportRules.Parsing.Text;

/// <summary>
/// The one home of the words numbers are written with in the reports: the units a count or an amount is printed with
/// and the Chinese numerals. Read by <see cref="NumberReader"/> (table cells: "5人次", "14246.73万") and by the
/// narrative reader (prose: "166件", "一例", "900余人次").
/// </summary>
internal static class NumberWords
{
    /// <summary>The characters a Chinese numeral is written with (一 … 九, 零/〇, 两, 十 百 千 万).</summary>
    public const string ChineseDigits = "零〇一二两三四五六七八九十百千万";

    /// <summary>
    /// The units a count is printed with, longest first so that a prefix match or a suffix match takes the longer
    /// unit ("人次" before "人" and "次", "件次" before "件").
    /// </summary>
    public static readonly IReadOnlyList<string> CountUnits = ["人次", "件次", "件", "条", "次", "篇", "个", "例", "项", "份", "期", "场", "家", "户", "人"];

    /// <summary>The units an amount is printed with, longest first ("万元" before "万" and "元").</summary>
    public static readonly IReadOnlyList<string> AmountUnits = ["万元", "万", "元", "%"];

    /// <summary>Gets whether a unit is a count unit (a cell keeps no unit for it: a count is a plain number).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns><see langword="true"/> for a count unit.</returns>
    public static bool IsCountUnit(string? unit)
    {
        foreach (var candidate in CountUnits)
        {
            if (string.Equals(candidate, unit, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the count unit that starts at <paramref name="i"/> (before <paramref name="end"/>), longest first.</summary>
    /// <param name="text">The text.</param>
    /// <param name="i">Where the unit would start.</param>
    /// <param name="end">Where the text to look at ends.</param>
    /// <returns>The unit, or <see langword="null"/>.</returns>
    public static string? MatchCountUnit(string text, int i, int end)
    {
        foreach (var unit in CountUnits)
        {
            if (i + unit.Length <= end && string.CompareOrdinal(text, i, unit, 0, unit.Length) == 0)
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>Parses Chinese numerals up to 万: 十二 → 12, 两 → 2, 一百零五 → 105, 三千 → 3000, 一万二千 → 12000.</summary>
    /// <param name="text">The numeral.</param>
    /// <param name="value">The value read.</param>
    /// <returns>Whether the text is a numeral.</returns>
    public static bool TryParseChinese(ReadOnlySpan<char> text, out decimal value)
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
}
