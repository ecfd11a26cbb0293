using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReportRules.Documents.Grid;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Parsing.Document;
using ReportRules.Rules;

namespace ReportRules.Documents.Html;

/// <summary>
/// HTML → lines: the report tables of a page (picked by their form headers among navigation and layout tables)
/// become grid rows with rowspan/colspan expanded; every other block of text becomes a paragraph line.
/// The bytes are decoded here (BOM, then the meta charset, then UTF-8/GB18030 sniffing) and AngleSharp gets a string.
/// </summary>
internal static partial class HtmlDocumentReader
{
    // Header words of the report forms (gb2019/gb2021 Tables 2-4 and the legacy2014 统计表). A table whose own
    // cells hold two of them is a report table; page chrome and layout tables hold none.
    private static readonly string[] FormHeaderWords =
    [
        "申请人情况", "自然人", "法人或其他组织", "商业企业", "总计", "本年新收", "上年结转", "予以公开", "不予公开",
        "行政复议", "行政诉讼", "结果维持", "结果纠正", "尚未审结", "复议后起诉",
        "信息内容", "第二十条", "本年制发件数", "本年新制作数量", "处理决定数量", "本年收费金额", "上一年项目数量",
        "统计指标", "统计数", "收到申请数",
    ];

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table", "thead", "tbody",
        "tfoot", "caption", "section", "article", "header", "footer", "nav", "aside", "main", "form", "blockquote",
        "pre", "dd", "dt", "dl", "center", "br", "hr", "address", "figure", "figcaption", "fieldset",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg", "select", "button",
    };

    public static ExtractedDocument Read(byte[] bytes, DocumentParserOptions options)
    {
        if (!TryDecode(bytes, out var html, out var error))
        {
            return ExtractedDocument.Failed(RuleIds.Parse1, $"the HTML page could not be decoded: {error}", $"HTML 页面无法解码：{error}");
        }

        // A cheap look at the raw markup first, so a hostile page never reaches the tree builder.
        var (rawDepth, elements) = RawNestingDepth(html);
        if (rawDepth > options.MaxHtmlDepth)
        {
            return DepthExceeded(rawDepth, options.MaxHtmlDepth);
        }

        // The tree costs about a kilobyte per element: a page of a few megabytes of tiny cells would take gigabytes.
        if (elements > options.MaxHtmlElements)
        {
            return ExtractedDocument.Failed(
                RuleIds.Parse8,
                $"the HTML page has {elements} elements, beyond the limit of {options.MaxHtmlElements}",
                $"HTML 页面有 {elements} 个元素，超过 {options.MaxHtmlElements} 的限制。");
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var depth = DomDepth(document.DocumentElement);
        if (depth > options.MaxHtmlDepth)
        {
            return DepthExceeded(depth, options.MaxHtmlDepth);
        }

        var reportTables = SelectReportTables(document);
        var lines = new List<DocLine>();
        Walk(document.Body ?? document.DocumentElement, reportTables, lines);
        return ExtractedDocument.Read(lines, new List<Finding>());
    }

    /// <summary>Decodes the page: a BOM wins, then a meta charset, then the core's sniffing (strict UTF-8, else GB18030).</summary>
    internal static bool TryDecode(byte[] bytes, out string html, out string? error)
    {
        error = null;
        html = string.Empty;
        var hasBom = bytes.AsSpan().StartsWith("\xEF\xBB\xBF"u8) || bytes.AsSpan().StartsWith("\xFF\xFE"u8) || bytes.AsSpan().StartsWith("\xFE\xFF"u8);
        if (!hasBom)
        {
            var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
            var match = MetaCharset().Match(head);
            if (match.Success)
            {
                var name = match.Groups[1].Value.ToLowerInvariant();
                if (name is "gbk" or "gb2312" or "gb18030" or "x-gbk" or "cp936" or "gb_2312-80")
                {
                    html = InputDecoder.Gb18030.GetString(bytes);
                    return true;
                }

                if (name is "big5" or "big5-hkscs" or "cp950")
                {
                    html = Encoding.GetEncoding(950).GetString(bytes);
                    return true;
                }
            }
        }

        if (!InputDecoder.TryDecode(bytes, out html, out _, out error))
        {
            return false;
        }

        return true;
    }

    /// <summary>Picks the report tables: tables with at least two short own cells (not those of nested tables) holding form header words.</summary>
    internal static HashSet<IElement> SelectReportTables(IDocument document)
    {
        var tables = document.QuerySelectorAll("table").ToList();
        var selected = new HashSet<IElement>();
        foreach (var table in tables)
        {
            // Header cells are short; a layout cell that holds a whole page (headings that mention 行政复议 included) is not one.
            var headerCells = OwnCells(table)
                .Select(OwnText)
                .Count(text => text.Length <= 60 && FormHeaderWords.Any(w => text.Contains(w, StringComparison.Ordinal)));
            if (headerCells >= 2)
            {
                selected.Add(table);
            }
        }

        if (selected.Count == 0)
        {
            // No form headers: hand on the innermost tables as rows and let the table logic judge them.
            foreach (var table in tables.Where(t => t.QuerySelectorAll("table").Length == 0 && OwnRows(t).Count() >= 2))
            {
                selected.Add(table);
            }
        }

        // A selected table nested inside another selected table: the inner one is read as part of the outer cell text.
        selected.RemoveWhere(t => Ancestors(t).Any(selected.Contains));
        return selected;
    }

    private static void Walk(IElement root, HashSet<IElement> reportTables, List<DocLine> lines)
    {
        var buffer = new StringBuilder();
        (int Line, int Column)? bufferAt = null;
        var tableIndex = 0;
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText text)
            {
                if (buffer.Length == 0 || bufferAt is null)
                {
                    bufferAt = Position(text.ParentElement);
                }

                buffer.Append(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            if (exit)
            {
                if (BlockElements.Contains(element.LocalName))
                {
                    Flush();
                }

                continue;
            }

            if (SkippedElements.Contains(element.LocalName))
            {
                continue;
            }

            if (reportTables.Contains(element))
            {
                Flush();
                var rows = OwnRows(element)
                    .Select(row => (IReadOnlyList<SpanCell>)OwnRowCells(row).Select(ToSpanCell).ToList())
                    .ToList();
                lines.AddRange(GridBuilder.Expand(rows, tableIndex++, lines.Count + 1));
                continue;
            }

            if (BlockElements.Contains(element.LocalName))
            {
                Flush();
                stack.Push((element, true));
            }

            for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((element.ChildNodes[i], false));
            }
        }

        Flush();

        void Flush()
        {
            var line = TextCleaner.Collapse(buffer.ToString());
            buffer.Clear();
            if (line.Length > 0)
            {
                var at = bufferAt ?? (lines.Count + 1, 1);
                lines.Add(new DocLine(line, new SourceLocation(lines.Count + 1, 1) { Detail = $"html line {at.Line}, column {at.Column}" }));
            }

            bufferAt = null;
        }
    }

    private static SpanCell ToSpanCell(IElement cell)
    {
        var rowSpan = ParseSpan(cell.GetAttribute("rowspan"));
        var colSpan = ParseSpan(cell.GetAttribute("colspan"));
        return new SpanCell(BlockText(cell), rowSpan, colSpan) { At = Position(cell) };
    }

    private static int ParseSpan(string? value)
    {
        // Browsers read the leading digits ("2px" → 2) and treat 0 or garbage as 1 (rowspan=0 = "to the end" is rare in reports).
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1;
        }

        var digits = new string(value.Trim().TakeWhile(char.IsAsciiDigit).Take(6).ToArray());
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
            ? Math.Min(n, GridBuilder.MaxSpan)
            : 1;
    }

    /// <summary>The text of a cell with paragraphs, line breaks and nested tables separated by spaces.</summary>
    internal static string BlockText(INode root)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                sb.Append(text.Data);
                continue;
            }

            if (node is IElement element)
            {
                if (SkippedElements.Contains(element.LocalName))
                {
                    continue;
                }

                if (BlockElements.Contains(element.LocalName))
                {
                    sb.Append(' ');
                }

                for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push(element.ChildNodes[i]);
                }
            }
        }

        return TextCleaner.Collapse(sb.ToString());
    }

    private static string OwnText(IElement cell)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(cell);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                sb.Append(text.Data);
            }
            else if (node is IElement element && (element == cell || element.LocalName != "table"))
            {
                for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push(element.ChildNodes[i]);
                }
            }
        }

        return TextCleaner.Collapse(sb.ToString());
    }

    /// <summary>The rows of a table itself (directly or in thead/tbody/tfoot), not those of nested tables.</summary>
    internal static IEnumerable<IElement> OwnRows(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr")
            {
                yield return child;
            }
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
            {
                foreach (var row in child.Children.Where(r => r.LocalName == "tr"))
                {
                    yield return row;
                }
            }
        }
    }

    private static IEnumerable<IElement> OwnRowCells(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th");

    private static IEnumerable<IElement> OwnCells(IElement table) => OwnRows(table).SelectMany(OwnRowCells);

    private static IEnumerable<IElement> Ancestors(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            yield return parent;
        }
    }

    private static (int Line, int Column)? Position(IElement? element) =>
        element?.SourceReference is { } reference ? (reference.Position.Line, reference.Position.Column) : null;

    private static int DomDepth(IElement? root)
    {
        if (root is null)
        {
            return 0;
        }

        var max = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            max = Math.Max(max, depth);
            foreach (var child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }

        return max;
    }

    /// <summary>
    /// An upper estimate of the element nesting of raw markup (opening tags minus closing tags, void elements and
    /// self-closing tags not counted), and the number of opening tags, so that a page built to exhaust the tree
    /// builder is refused before parsing.
    /// </summary>
    internal static (int Depth, int Elements) RawNestingDepth(string html)
    {
        // A hand-written scan, not a regex: one pass, no allocation per tag (a page of 40,000 tags allocated 50 MB of
        // Match objects). A tag is '<', an optional '/', a name of ASCII letters and digits that ends at a non-word
        // character, then anything but '<' and '>' up to '>'; '/' just before the '>' makes it self-closing.
        var depth = 0;
        var max = 0;
        var elements = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            var p = i + 1;
            var closing = p < html.Length && html[p] == '/';
            if (closing)
            {
                p++;
            }

            var nameStart = p;
            if (p >= html.Length || !char.IsAsciiLetter(html[p]))
            {
                i = p;
                continue;
            }

            while (p < html.Length && char.IsAsciiLetterOrDigit(html[p]))
            {
                p++;
            }

            var name = html.AsSpan(nameStart, p - nameStart);
            if (p < html.Length && (char.IsLetterOrDigit(html[p]) || html[p] == '_'))
            {
                i = p; // "<td中…": the name does not end at a word boundary, so this is not a tag
                continue;
            }

            var end = html.IndexOfAny(TagEnds, p);
            if (end < 0)
            {
                break;
            }

            if (html[end] == '<')
            {
                i = end;
                continue;
            }

            var selfClosing = end > p && html[end - 1] == '/';
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else
            {
                elements++;
                if (!selfClosing && !IsVoid(name))
                {
                    depth++;
                    max = Math.Max(max, depth);
                }
            }

            i = end + 1;
        }

        return (max, elements);
    }

    private static readonly char[] TagEnds = ['<', '>'];

    private static readonly string[] VoidNames =
    [
        "br", "hr", "img", "meta", "link", "input", "col", "area", "base", "embed", "source", "wbr", "param", "track",

        // Commonly left unclosed in report pages; the tree builder closes them implicitly.
        "p", "li", "td", "th", "tr", "option", "dt", "dd",
    ];

    private static bool IsVoid(ReadOnlySpan<char> name)
    {
        foreach (var candidate in VoidNames)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ExtractedDocument DepthExceeded(int depth, int limit) =>
        ExtractedDocument.Failed(
            RuleIds.Parse8,
            $"the HTML page nests elements {depth} deep, beyond the limit of {limit}",
            $"HTML 页面元素嵌套深度为 {depth}，超过 {limit} 的限制。");

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
