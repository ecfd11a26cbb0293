using System.Text;

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


    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var mapped = Map(c);
            if (mapped != c && builder is null)
            {
                builder = new StringBuilder(text.Length);
                builder.Append(text, 0, i);
            }

            builder?.Append(mapped);
        }

        return builder?.ToString() ?? text;
    }

    public static char Map(char c)
    {
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
