using System.Globalization;
using System.Text;
using System.Xml;
using ReportRules.Documents;
using ReportRules.Documents.Pdf;
using ReportRules.Parsing;
using ReportRules.Parsing.Document;

namespace ReportRules.Cli.Commands;

/// <summary>
/// <c>reportrules parse --debug-layout out.svg|out.html</c>: draws what the layout detected over the page text, the way
/// pdfplumber's <c>debug_tablefinder</c> does. For a PDF: the table regions, value columns, header lines, value rows,
/// group labels and the lines dropped as page furniture. For a text report: every line, the lines skipped as page
/// furniture, and the table cells each line was read into. An HTML file is the SVG inside a page with a legend.
/// </summary>
internal static class DebugLayout
{
    private const double PageGap = 16;
    private const double TextLineHeight = 16;

    /// <summary>The colours of the legend, one per kind of box (stroke, fill).</summary>
    private static readonly (string Kind, string Stroke, string Fill, string Meaning)[] Legend =
    [
        ("region", "#1f5fbf", "none", "table region (merged ruling lines)"),
        ("column", "#2a9d3a", "#2a9d3a22", "value column of a table section"),
        ("header", "#e08a00", "#e08a0018", "header line of a table section"),
        ("row", "#d62828", "none", "value row (labelled with its own label)"),
        ("label-group", "#8e44ad", "#8e44ad22", "group label spanning several rows"),
        ("furniture", "#777777", "#77777740", "line skipped as page furniture"),
    ];

    /// <summary>Whether the path names a debug file this command writes (.svg, .html, .htm).</summary>
    public static bool IsSupported(string path) =>
        Path.GetExtension(path).ToUpperInvariant() is ".SVG" or ".HTML" or ".HTM";

    /// <summary>Reads the input again with a layout trace and writes the picture; returns an error message or null.</summary>
    public static string? Write(byte[] bytes, string source, ReportParserOptions options, string path)
    {
        string svg;
        var kind = DocumentParser.DetectKind(bytes);
        if (kind == DocumentKind.Pdf)
        {
            var trace = new PdfLayoutTrace();
            var read = PdfDocumentReader.Read(bytes, new DocumentParserOptions { Parser = options }, trace);
            if (read.FailureRuleId is not null)
            {
                return $"--debug-layout: the PDF could not be laid out: {read.FailureEn}";
            }

            svg = PdfSvg(trace);
        }
        else if (kind == DocumentKind.Text)
        {
            if (!InputDecoder.TryDecode(bytes, out var text, out _, out _, out var error))
            {
                return $"--debug-layout: the input is not readable text: {error}";
            }

            var trace = new TextLayoutTrace();
            var result = ReportParser.ReadText(text, source, options, [], trace);
            svg = TextSvg(trace, result);
        }
        else
        {
            return $"--debug-layout draws PDF and text layouts; '{source}' is {kind}.";
        }

        var html = Path.GetExtension(path).ToUpperInvariant() is ".HTML" or ".HTM";
        var content = html ? Html(source, svg) : svg;
        try
        {
            File.WriteAllText(path, content, new UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return $"--debug-layout: cannot write '{path}': {ex.Message}";
        }

        return null;
    }

    /// <summary>The PDF pages one under the other, y flipped (PDF y grows upwards), words in grey and the detected boxes over them.</summary>
    internal static string PdfSvg(PdfLayoutTrace trace)
    {
        var width = trace.Pages.Count == 0 ? 100 : trace.Pages.Max(p => p.Width);
        var offsets = new Dictionary<int, (double Y, double Height)>();
        var y = 0.0;
        foreach (var page in trace.Pages)
        {
            offsets[page.Number] = (y, page.Height);
            y += page.Height + PageGap;
        }

        var sb = new StringBuilder();
        using (var xml = Svg(sb, width, Math.Max(y, 1)))
        {
            foreach (var page in trace.Pages)
            {
                var (top, height) = offsets[page.Number];
                xml.WriteStartElement("g");
                xml.WriteAttributeString("class", "page");
                xml.WriteAttributeString("data-page", Num(page.Number));
                Rect(xml, "page-frame", 0, top, page.Width, height, "#bbbbbb", "#ffffff", null);
                foreach (var word in page.Words)
                {
                    xml.WriteStartElement("text");
                    xml.WriteAttributeString("x", Num(word.Left));
                    xml.WriteAttributeString("y", Num(top + height - word.Bottom - (0.15 * word.Height)));
                    xml.WriteAttributeString("font-size", Num(Math.Max(1, 0.85 * word.Height)));
                    xml.WriteAttributeString("fill", "#444444");
                    xml.WriteString(Clean(word.Text));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            foreach (var (kindName, stroke, fill, _) in Legend)
            {
                var boxes = kindName switch
                {
                    "region" => trace.Regions,
                    "column" => trace.Columns,
                    "header" => trace.Headers,
                    "row" => trace.Rows,
                    "label-group" => trace.LabelGroups,
                    _ => trace.Furniture,
                };
                foreach (var box in boxes.Where(b => offsets.ContainsKey(b.Page)))
                {
                    var (top, height) = offsets[box.Page];
                    var b = box.Box;
                    Rect(xml, kindName, b.Left, top + height - b.Top, b.Right - b.Left, b.Top - b.Bottom, stroke, fill, box.Label, box.Page);
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>A text report drawn line by line: skipped furniture greyed, lines read into table cells marked with those cells.</summary>
    internal static string TextSvg(TextLayoutTrace trace, ParseResult result)
    {
        var furniture = trace.Furniture.Select(l => l.Location.Line).ToHashSet();
        var cells = (result.Report?.CellKeysInOrder ?? [])
            .Select(k => (Key: k, Cell: result.Report!.Cells[k]))
            .Where(c => c.Cell.Location is not null)
            .GroupBy(c => c.Cell.Location!.Line)
            .ToDictionary(g => g.Key, g => g.ToList());
        var sb = new StringBuilder();
        const double width = 1200;
        using (var xml = Svg(sb, width, Math.Max(1, trace.Lines.Count) * TextLineHeight))
        {
            for (var i = 0; i < trace.Lines.Count; i++)
            {
                var line = trace.Lines[i];
                var number = line.Location.Line;
                var top = i * TextLineHeight;
                string? kind = null;
                string? label = null;
                if (furniture.Contains(number))
                {
                    kind = "furniture";
                    label = $"line {Num(number)} skipped as page furniture";
                }
                else if (cells.TryGetValue(number, out var read))
                {
                    kind = "row";
                    label = $"line {Num(number)} → " + string.Join("; ", read.Select(c => $"{c.Key} = {c.Cell.Raw}"));
                }

                if (kind is not null)
                {
                    var (_, stroke, fill, _) = Legend.First(l => l.Kind == kind);
                    Rect(xml, kind, 0, top, width, TextLineHeight, stroke, kind == "row" ? "#d6282818" : fill, label, line: number);
                }

                Text(xml, 4, top + 12, "#999999", Num(number));
                Text(xml, 48, top + 12, "#222222", line.Text.Replace('\t', ' '));
                if (kind == "row" && cells.TryGetValue(number, out var onLine))
                {
                    Text(xml, 760, top + 12, "#d62828", string.Join("  ", onLine.Select(c => $"{c.Key}={c.Cell.Raw}")));
                }
            }
        }

        return sb.ToString();
    }

    private static string Html(string source, string svg)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>layout: ")
            .Append(System.Net.WebUtility.HtmlEncode(Clean(source)))
            .Append("</title><style>body{font-family:sans-serif;margin:12px}h1{font-size:16px}svg{border:1px solid #ccc;max-width:100%;height:auto}")
            .Append(".legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:14px;height:10px;margin-right:4px;border:2px solid}</style></head><body>\n<h1>")
            .Append(System.Net.WebUtility.HtmlEncode(Clean(source)))
            .Append("</h1>\n<p class=\"legend\">");
        foreach (var (_, stroke, fill, meaning) in Legend)
        {
            sb.Append("<span><i style=\"border-color:").Append(stroke).Append(";background:").Append(fill == "none" ? "transparent" : fill)
                .Append("\"></i>").Append(meaning).Append("</span>");
        }

        sb.Append("</p>\n<p>Hover a box for what it is.</p>\n").Append(svg).Append("\n</body></html>\n");
        return sb.ToString();
    }

    private static XmlWriter Svg(StringBuilder sb, double width, double height)
    {
        var xml = XmlWriter.Create(sb, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false });
        xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
        xml.WriteAttributeString("width", Num(width));
        xml.WriteAttributeString("height", Num(height));
        xml.WriteAttributeString("viewBox", $"0 0 {Num(width)} {Num(height)}");
        xml.WriteAttributeString("font-family", "Noto Sans CJK SC, Source Han Sans SC, SimSun, sans-serif");
        return xml;
    }

    private static void Rect(XmlWriter xml, string kind, double x, double y, double w, double h, string stroke, string fill, string? label, int? page = null, int? line = null)
    {
        xml.WriteStartElement("rect");
        xml.WriteAttributeString("class", kind);
        if (page is { } p)
        {
            xml.WriteAttributeString("data-page", Num(p));
        }

        if (line is { } l)
        {
            xml.WriteAttributeString("data-line", Num(l));
        }

        xml.WriteAttributeString("x", Num(x));
        xml.WriteAttributeString("y", Num(y));
        xml.WriteAttributeString("width", Num(Math.Max(w, 0.5)));
        xml.WriteAttributeString("height", Num(Math.Max(h, 0.5)));
        xml.WriteAttributeString("stroke", stroke);
        xml.WriteAttributeString("stroke-width", kind is "region" ? "1.5" : "0.8");
        if (kind is "label-group" or "furniture")
        {
            xml.WriteAttributeString("stroke-dasharray", "3 2");
        }

        xml.WriteAttributeString("fill", fill);
        if (label is not null)
        {
            xml.WriteStartElement("title");
            xml.WriteString(Clean(label));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, double x, double y, string fill, string text)
    {
        xml.WriteStartElement("text");
        xml.WriteAttributeString("x", Num(x));
        xml.WriteAttributeString("y", Num(y));
        xml.WriteAttributeString("font-size", "12");
        xml.WriteAttributeString("fill", fill);
        xml.WriteString(Clean(text));
        xml.WriteEndElement();
    }

    /// <summary>Text as XML can hold it: control characters (a form feed at a page break) and lone surrogates become U+FFFD.</summary>
    internal static string Clean(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            var ok = XmlConvert.IsXmlChar(c);
            if (!ok && sb is null)
            {
                sb = new StringBuilder(text.Length).Append(text, 0, i);
            }

            sb?.Append(ok ? c : '\uFFFD');
        }

        return sb?.ToString() ?? text;
    }

    private static string Num(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
