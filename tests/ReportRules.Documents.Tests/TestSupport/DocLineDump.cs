using ReportRules.Parsing.Document;

namespace ReportRules.Documents.Tests.TestSupport;

/// <summary>Renders lines the way a reviewer reads them in a failing assertion.</summary>
internal static class DocLineDump
{
    public static string Render(IEnumerable<DocLine> lines) =>
        string.Join('\n', lines.Select(l => l.Cells is null
            ? $"P{l.Location.Page}: {l.Text}"
            : $"T{l.TableIndex} P{l.Location.Page}: " + string.Join(" | ", l.Cells.Select(c => c.Spanned ? "^" + c.Text : c.Text))));
}
