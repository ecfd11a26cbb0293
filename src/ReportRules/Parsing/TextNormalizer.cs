using System.Buffers;

namespace ReportRules.Parsing;

/// <summary>
/// Normalises text for matching: full-width ASCII to half-width, ideographic space to space, common
/// Traditional characters of the forms to Simplified. Linear time, no regular expressions.
/// </summary>
internal static class TextNormalizer
{
    private static readonly Dictionary<char, char> Traditional = new()
    {
        ['開'] = '开', ['資'] = '资', ['訊'] = '讯', ['報'] = '报', ['請'] = '请', ['數'] = '数', ['總'] = '总', ['計'] = '计',
        ['結'] = '结', ['轉'] = '转', ['處'] = '处', ['維'] = '维', ['審'] = '审', ['復'] = '复', ['議'] = '议', ['訟'] = '讼',
        ['訴'] = '诉', ['規'] = '规', ['範'] = '范', ['擬'] = '拟', ['發'] = '发', ['廢'] = '废', ['現'] = '现', ['許'] = '许',
        ['強'] = '强', ['費'] = '费', ['額'] = '额', ['單'] = '单', ['萬'] = '万', ['機'] = '机', ['關'] = '关', ['護'] = '护',
        ['權'] = '权', ['務'] = '务', ['內'] = '内', ['過'] = '过', ['執'] = '执', ['檔'] = '档', ['詢'] = '询', ['補'] = '补',
        ['確'] = '确', ['舉'] = '举', ['複'] = '复', ['決'] = '决', ['與'] = '与', ['際'] = '际', ['類'] = '类', ['該'] = '该',
        ['無'] = '无', ['應'] = '应', ['當'] = '当', ['糾'] = '纠', ['國'] = '国', ['險'] = '险', ['穩'] = '稳', ['頭'] = '头',
        ['統'] = '统', ['況'] = '况', ['織'] = '织', ['構'] = '构', ['業'] = '业', ['會'] = '会',
    };

    /// <summary>Every character <see cref="Map"/> changes: a line holding none is returned as is, found by a vectorised search.</summary>
    private static readonly SearchValues<char> Mapped = SearchValues.Create(
        [.. Enumerable.Range(0xFF01, 0xFF5E - 0xFF01 + 1).Select(c => (char)c), '\u3000', '\u00A0', .. Traditional.Keys]);

    /// <summary>Normalises text (see the class summary); returns <paramref name="text"/> itself when nothing changes.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalised text.</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Mapped);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            var (source, from) = state;
            source.AsSpan(0, from).CopyTo(span);
            for (var i = from; i < source.Length; i++)
            {
                span[i] = Map(source[i]);
            }
        });
    }

    /// <summary>
    /// Normalises text and drops every whitespace character (<see cref="char.IsWhiteSpace(char)"/>) in one pass: the key
    /// form of labels and titles. Returns <paramref name="text"/> itself when nothing changes.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The compact normalised text.</returns>
    public static string Compact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length && !char.IsWhiteSpace(span[i]) && Map(span[i]) == span[i])
        {
            i++;
        }

        if (i == span.Length)
        {
            return text;
        }

        char[]? rented = null;
        var buffer = span.Length <= 256 ? stackalloc char[span.Length] : (rented = ArrayPool<char>.Shared.Rent(span.Length));
        span[..i].CopyTo(buffer);
        var length = i;
        for (; i < span.Length; i++)
        {
            var c = Map(span[i]);
            if (!char.IsWhiteSpace(c))
            {
                buffer[length++] = c;
            }
        }

        var result = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>Maps one character (see the class summary).</summary>
    /// <param name="c">The character.</param>
    /// <returns>The normalised character.</returns>
    public static char Map(char c)
    {
        if (c < '\u00A0')
        {
            return c;
        }

        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            return (char)(c - 0xFEE0);
        }

        if (c is '\u3000' or '\u00A0')
        {
            return ' ';
        }

        return Traditional.TryGetValue(c, out var simplified) ? simplified : c;
    }
}
