using System.Text;
using System.Text.RegularExpressions;

namespace ReportRules.Documents.Pdf;

/// <summary>Word-level text helpers for the PDF layout: joining words and telling value tokens from labels.</summary>
internal static partial class PdfText
{
    /// <summary>Joins words of one line: a space where the layer leaves a gap between Latin/digit runs, none between CJK characters.</summary>
    public static string Join(IReadOnlyList<PdfWord> words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && NeedsSpace(sb[^1], words[i].Text[0]))
            {
                sb.Append(' ');
            }

            sb.Append(words[i].Text);
        }

        return sb.ToString();
    }

    /// <summary>Joins two pieces of text (wrapped lines, stacked words): no space between CJK characters.</summary>
    public static string Concat(string a, string b)
    {
        if (a.Length == 0)
        {
            return b;
        }

        return b.Length == 0 ? a : NeedsSpace(a[^1], b[0]) ? a + " " + b : a + b;
    }

    private static bool NeedsSpace(char left, char right) => !IsCjk(left) && !IsCjk(right);

    private static bool IsCjk(char c) => c >= '\u2E80' || c is '“' or '”' or '‘' or '’' or '、' or '，' or '。';

    /// <summary>A cell value as printed: a number (full-width digits, separators, sign, decimals, percent) or a not-applicable mark.</summary>
    public static bool IsValueToken(string text) => IsNumber(text) || IsPlaceholder(text);

    public static bool IsNumber(string text) => NumberToken().IsMatch(text);

    public static bool IsPlaceholder(string text) => text is "/" or "／" or "-" or "－" or "—" or "——" or "–" or "无" or "\\";

    /// <summary>Whether a run of words is a number split by the text layer ("202 3", "35 1").</summary>
    public static bool AreDigitPieces(IReadOnlyList<PdfWord> words) =>
        words.Count > 1 && words.All(w => DigitPiece().IsMatch(w.Text));

    [GeneratedRegex(@"^[+\-−－]?[0-9０-９][0-9０-９,，.．]*[%％]?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"^[0-9０-９.．,，]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DigitPiece();
}
