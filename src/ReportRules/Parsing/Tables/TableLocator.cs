using ReportRules.Parsing.Document;

namespace ReportRules.Parsing.Tables;

/// <summary>
/// Finds the national tables by their headers, not by section numbers (published reports renumber sections, e.g.
/// tables titled 一/二/三): Table 2 starts at its first 第二十条第…项 or 信息内容 header, Table 3 at its 勾稽 note,
/// 申请人情况 header or first row, Table 4 at its 行政复议 header after Table 3.
/// </summary>
internal static class TableLocator
{
    /// <summary>A heading or header cell is short; prose lines that merely mention a table are longer.</summary>
    private const int MaxHeaderLength = 40;

    public static (TableRegion Active, TableRegion Requests, TableRegion Review) Locate(IReadOnlyList<DocLine> lines, IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var t2 = -1;
        var t3 = -1;
        var t4 = -1;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (key.Length > MaxHeaderLength && lines[i].Cells is null)
            {
                continue;
            }

            if (t2 < 0 && t3 < 0 && (key.Contains("第二十条第", StringComparison.Ordinal) || StartsWithHeader(key, "信息内容")))
            {
                t2 = i;
            }
            else if (t3 < 0 && IsRequestsStart(key))
            {
                t3 = i;
            }
            else if (t3 >= 0 && t4 < 0 && IsReviewHeading(key))
            {
                t4 = i;
                break;
            }
        }

        var end = lines.Count;
        var requestsEnd = t4 >= 0 ? t4 : end;
        var activeEnd = t3 >= 0 ? t3 : requestsEnd;
        return (
            t2 >= 0 ? new TableRegion(t2, activeEnd) : default,
            t3 >= 0 ? new TableRegion(t3, requestsEnd) : default,
            t4 >= 0 ? new TableRegion(t4, end) : default);
    }

    /// <summary>
    /// Gets whether a line starts Table 4: it names 行政复议, or — misspelt, as in "四、政府信息公开行政法复议、行政诉讼情况"
    /// (平潭 2022) — names 复议 beside 行政诉讼, as only the Table 4 heading does. A typo in the heading must not leave the
    /// table unread, as a typo in a row label does not (<see cref="RowLabels"/>).
    /// </summary>
    /// <param name="key">The compact line.</param>
    /// <returns>Whether the line is the Table 4 heading or header.</returns>
    internal static bool IsReviewHeading(string key) =>
        key.Contains("行政复议", StringComparison.Ordinal)
        || (key.Contains("复议", StringComparison.Ordinal) && key.Contains("行政诉讼", StringComparison.Ordinal));

    private static bool IsRequestsStart(string key) =>
        key.Contains("勾稽", StringComparison.Ordinal)
        || key.Contains("申请人情况", StringComparison.Ordinal)
        || key.Contains("本年新收政府信息公开申请", StringComparison.Ordinal)
        || key.Contains("收到和处理政府信息公开申请情况", StringComparison.Ordinal);

    private static bool StartsWithHeader(string key, string header)
    {
        var bare = key.TrimStart('|', '#', ' ');
        return bare.StartsWith(header, StringComparison.Ordinal);
    }
}
