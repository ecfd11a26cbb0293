using ReportRules.Model;

namespace ReportRules.Parsing.Tables;

/// <summary>One cell's text as printed, with where it starts (1-based line and column of the text).</summary>
/// <param name="Text">The cell text, trimmed.</param>
/// <param name="Location">Where the text starts.</param>
internal sealed record CellToken(string Text, SourceLocation Location);
