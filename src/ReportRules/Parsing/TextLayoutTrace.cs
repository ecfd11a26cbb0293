using ReportRules.Parsing.Document;

namespace ReportRules.Parsing;

/// <summary>
/// What the text layout saw, kept when a caller asks for it (<c>reportrules parse --debug-layout</c>): every line as
/// read, and the lines dropped as page furniture (page numbers, repeated titles and table headers at a page top).
/// Which line became which table row is told by the model's cell locations.
/// </summary>
internal sealed class TextLayoutTrace
{
    /// <summary>Gets the lines as read, before page furniture is stripped.</summary>
    public List<DocLine> Lines { get; } = [];

    /// <summary>Gets the lines dropped as page furniture.</summary>
    public List<DocLine> Furniture { get; } = [];
}
