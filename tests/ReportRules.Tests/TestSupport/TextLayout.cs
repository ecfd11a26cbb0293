namespace ReportRules.Tests.TestSupport;

/// <summary>The text layouts the parser reads, as a renderer can produce them.</summary>
public enum TextLayout
{
    /// <summary>One cell per line; an empty cell is an empty line.</summary>
    CellPerLineBlanksKept,

    /// <summary>One cell per line; empty cells dropped (lossy: columns must be inferred).</summary>
    CellPerLineBlanksDropped,

    /// <summary>"cell |" lines, an empty cell is a bare "|", rows end with a "||" marker.</summary>
    CellPipeLines,

    /// <summary>Markdown pipe tables with header and separator rows.</summary>
    Markdown,

    /// <summary>One row per line, cells separated by " | ".</summary>
    PipeRows,
}
