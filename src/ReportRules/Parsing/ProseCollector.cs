using System.Text;
using ReportRules.Model;
using ReportRules.Parsing.Document;

namespace ReportRules.Parsing;

/// <summary>
/// Collects the report's prose into paragraphs: lines a PDF or PDF-to-Markdown conversion wrapped in the middle of a
/// sentence are joined again (a line that does not end a sentence continues on the next prose line), so the narrative
/// checks see whole sentences. Table rows and cell-like fragments are left out. Linear in the number of lines.
/// </summary>
internal static class ProseCollector
{
    private const string SentenceEnds = "。！？；：!?;:”’」』）)";

    /// <param name="lines">The document lines.</param>
    /// <param name="isTable">Whether line <c>i</c> belongs to a table (it is then never prose).</param>
    /// <param name="builder">The builder that receives the paragraphs.</param>
    public static void Collect(IReadOnlyList<DocLine> lines, Func<int, bool> isTable, AnnualReportBuilder builder)
    {
        var text = new StringBuilder();
        SourceLocation? start = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var trimmed = line.Text.Trim();
            if (isTable(i) || line.Cells is not null || trimmed.Length == 0 || IsCellLike(trimmed))
            {
                Flush();
                continue;
            }

            if (text.Length == 0)
            {
                var first = line.Text.Length - line.Text.TrimStart().Length;
                start = new SourceLocation(line.Location.Line, line.Location.Column + first) { Page = line.Location.Page };
            }

            text.Append(trimmed);
            if (EndsParagraph(trimmed))
            {
                Flush();
            }
        }

        Flush();

        void Flush()
        {
            if (text.Length > 0)
            {
                builder.AddNarrative(text.ToString(), start);
                text.Clear();
            }
        }
    }

    /// <summary>A fragment with no sentence punctuation and few characters is a table cell or a heading, not prose.</summary>
    internal static bool IsCellLike(string trimmed)
    {
        if (trimmed.Contains('|', StringComparison.Ordinal))
        {
            return true;
        }

        if (trimmed.Length > 15)
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (c is '。' or '，' or '；' or '、' or ',' or '：')
            {
                return false;
            }
        }

        return true;
    }

    // A line that ends a sentence ends the paragraph; so does a heading or title (no sentence punctuation at all),
    // while a line wrapped mid-sentence (it has commas or full stops but does not end with one) continues.
    private static bool EndsParagraph(string trimmed) =>
        SentenceEnds.Contains(trimmed[^1], StringComparison.Ordinal) || trimmed.Length < 16 || trimmed.AsSpan().IndexOfAny(ClausePunctuation) < 0;

    private static readonly System.Buffers.SearchValues<char> ClausePunctuation = System.Buffers.SearchValues.Create("。，；,、");
}
