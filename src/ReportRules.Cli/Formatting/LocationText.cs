using System.Globalization;
using System.Text;
using ReportRules.Model;
using ReportRules.Model.Forms;

namespace ReportRules.Cli.Formatting;

/// <summary>
/// A finding's place in words of the chosen language: the form table as printed (表二/表三/表四/统计表), then page, line
/// and the reader's detail. The detail counts the tables of the document ("table 3" is the document's third table,
/// which may be the form's 表四), so it is spelled out as such rather than as a form table number.
/// </summary>
internal static class LocationText
{
    /// <summary>Gets the printed name of a form table: 表二 … in Chinese, Table 2 … in English.</summary>
    /// <param name="table">The table.</param>
    /// <param name="english">Whether to write English.</param>
    /// <returns>The name.</returns>
    public static string TableName(FormTable table, bool english) => (table, english) switch
    {
        (FormTable.Active, false) => "表二",
        (FormTable.Requests, false) => "表三",
        (FormTable.Review, false) => "表四",
        (FormTable.Legacy, false) => "统计表",
        (FormTable.Narrative, false) => "正文",
        (FormTable.Active, true) => "Table 2",
        (FormTable.Requests, true) => "Table 3",
        (FormTable.Review, true) => "Table 4",
        (FormTable.Legacy, true) => "Statistics table",
        (FormTable.Narrative, true) => "Narrative",
        _ => table.ToString(),
    };

    /// <summary>Describes a location, led by the form table when known.</summary>
    /// <param name="location">The location; <see langword="null"/> when unknown.</param>
    /// <param name="table">The form table the finding's cells belong to, when known.</param>
    /// <param name="english">Whether to write English.</param>
    /// <returns>The text, e.g. <c>表四 · 第 3 页 第 40 行（文档第 3 个表格第 5 行第 2 格）</c>.</returns>
    public static string Describe(SourceLocation? location, FormTable? table, bool english)
    {
        var text = new StringBuilder();
        if (table is { } t)
        {
            text.Append(TableName(t, english));
        }

        if (location is null)
        {
            return text.ToString();
        }

        if (text.Length > 0)
        {
            text.Append(" · ");
        }

        var line = location.Line.ToString(CultureInfo.InvariantCulture);
        var column = location.Column.ToString(CultureInfo.InvariantCulture);
        if (english)
        {
            text.Append(location.Page is { } page ? $"page {page.ToString(CultureInfo.InvariantCulture)}, line {line}" : $"line {line}, column {column}");
        }
        else
        {
            text.Append(location.Page is { } page ? $"第 {page.ToString(CultureInfo.InvariantCulture)} 页 第 {line} 行" : $"第 {line} 行 第 {column} 列");
        }

        if (location.Detail is { Length: > 0 } detail)
        {
            text.Append(english ? " (" : "（").Append(Detail(detail, english)).Append(english ? ")" : "）");
        }

        return text.ToString();
    }

    /// <summary>Translates the readers' detail ("table 3, row 5, cell 2", "html line 40, column 7", "paragraph 12").</summary>
    internal static string Detail(string detail, bool english)
    {
        var parts = detail.Split(", ");
        var output = new StringBuilder();
        foreach (var part in parts)
        {
            var space = part.LastIndexOf(' ');
            var word = space < 0 ? part : part[..space];
            var number = space < 0 ? string.Empty : part[(space + 1)..];
            if (number.Length == 0 || !number.All(char.IsAsciiDigit))
            {
                output.Append(english && output.Length > 0 ? ", " : string.Empty).Append(part);
                continue;
            }

            var piece = (word, english) switch
            {
                ("table", true) => $"table {number} of the document",
                ("table", false) => $"文档第 {number} 个表格",
                ("row", true) => $"row {number}",
                ("row", false) => $"第 {number} 行",
                ("cell", true) => $"cell {number}",
                ("cell", false) => $"第 {number} 格",
                ("html line", true) => $"HTML line {number}",
                ("html line", false) => $"HTML 第 {number} 行",
                ("column", true) => $"column {number}",
                ("column", false) => $"第 {number} 列",
                ("paragraph", true) => $"paragraph {number}",
                ("paragraph", false) => $"第 {number} 段",
                _ => part,
            };
            output.Append(english && output.Length > 0 ? ", " : string.Empty).Append(piece);
        }

        return output.ToString();
    }
}
