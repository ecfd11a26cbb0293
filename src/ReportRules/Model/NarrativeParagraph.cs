namespace ReportRules.Model;

/// <summary>A paragraph of the report's prose, kept with its location for the narrative checks.</summary>
/// <param name="Text">The paragraph text.</param>
/// <param name="Location">Where the paragraph starts.</param>
public sealed record NarrativeParagraph(string Text, SourceLocation? Location);
