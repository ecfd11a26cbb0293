namespace ReportRules.Documents;

/// <summary>The input formats the document parser tells apart by content.</summary>
public enum DocumentKind
{
    /// <summary>Plain text (any encoding the core decoder accepts), including Markdown.</summary>
    Text,

    /// <summary>An HTML page or fragment.</summary>
    Html,

    /// <summary>A Word document (Office Open XML, <c>.docx</c>).</summary>
    Docx,

    /// <summary>A PDF file.</summary>
    Pdf,

    /// <summary>A zip package that is not a Word document, or other binary content.</summary>
    Unknown,
}
