using System.Text;
using ReportRules.Model;

namespace ReportRules.Parsing.Narrative;

/// <summary>
/// One sentence of a paragraph (up to and including its 。！？ or line end), as indices into the paragraph: the
/// printed text for quoting, the normalised text for reading (one char for one char, so indices agree) and a compact
/// copy without spaces for word tests.
/// </summary>
internal sealed class Sentence
{
    /// <summary>Initializes a new instance of the <see cref="Sentence"/> class.</summary>
    /// <param name="source">The paragraph as printed.</param>
    /// <param name="normalized">The paragraph normalised char for char.</param>
    /// <param name="start">Where the sentence starts in the paragraph.</param>
    /// <param name="end">Where it ends (exclusive).</param>
    /// <param name="location">Where the paragraph starts in the source.</param>
    public Sentence(string source, string normalized, int start, int end, SourceLocation? location)
    {
        Source = source;
        Normalized = normalized;
        Start = start;
        End = end;
        ParagraphLocation = location;
        Original = source[start..end].Trim();
        Compact = CompactText(normalized, start, end);
    }

    /// <summary>Gets the paragraph as printed.</summary>
    public string Source { get; }

    /// <summary>Gets the paragraph normalised char for char.</summary>
    public string Normalized { get; }

    /// <summary>Gets where the sentence starts in the paragraph.</summary>
    public int Start { get; }

    /// <summary>Gets where the sentence ends in the paragraph (exclusive).</summary>
    public int End { get; }

    /// <summary>Gets where the paragraph starts in the source.</summary>
    public SourceLocation? ParagraphLocation { get; }

    /// <summary>Gets the sentence as printed, trimmed: the evidence a finding quotes.</summary>
    public string Original { get; }

    /// <summary>Gets the normalised sentence without white space.</summary>
    public string Compact { get; }

    /// <summary>Gets the source location of an index into the paragraph.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The location, or <see langword="null"/> when the paragraph has none.</returns>
    public SourceLocation? LocationOf(int index) =>
        ParagraphLocation is null ? null : ParagraphLocation with { Column = ParagraphLocation.Column + index };

    /// <summary>Gets the number of white-space characters the sentence opens with.</summary>
    /// <returns>The count.</returns>
    public int LeadingSpace()
    {
        var i = 0;
        while (Start + i < End && char.IsWhiteSpace(Normalized[Start + i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Gets text[start..end] without white space.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The first index.</param>
    /// <param name="end">The end index (exclusive).</param>
    /// <returns>The compact text.</returns>
    public static string CompactText(string text, int start, int end)
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
}
