using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ReportRules.Rules.CrossReport;

namespace ReportRules.Cli.Formatting;

/// <summary>Writes the year-over-year view of <c>reportrules compare</c> as text, JSON, CSV or HTML (one inline SVG chart per series).</summary>
internal static class CompareFormatter
{
    // The figures drawn in each series' chart.
    private static readonly (string Id, string Colour)[] Charted = [("newReceived", "#1f77b4"), ("resultsTotal", "#2ca02c"), ("carriedForward", "#d62728"), ("reviews", "#9467bd")];

    public static void Write(TextWriter output, string format, YearOverYearView view, string language)
    {
        var english = language == "en";
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(output, view, language);
                break;
            case OutputFormat.Csv:
                WriteCsv(output, view, english);
                break;
            case OutputFormat.Html:
                WriteHtml(output, view, english);
                break;
            default:
                WriteText(output, view, english);
                break;
        }
    }

    private static string Title(KeyFigure figure, bool english) => english ? figure.TitleEn : figure.TitleZh;

    private static string Value(decimal? value) => value is { } v ? Number(v) : "—";

    private static string Change(decimal? change) => change switch
    {
        null => string.Empty,
        > 0 => "+" + Number(change.Value),
        _ => Number(change.Value),
    };

    private static string Cell(YearFigures year, KeyFigure figure)
    {
        var change = Change(year.Changes[figure.Id]);
        return change.Length == 0 ? Value(year.Values[figure.Id]) : $"{Value(year.Values[figure.Id])} ({change})";
    }

    private static void WriteText(TextWriter output, YearOverYearView view, bool english)
    {
        var language = english ? "en" : "zh";
        output.WriteLine(view.Pairing.Describe(language));
        foreach (var unpaired in view.Pairing.Unpaired)
        {
            output.WriteLine("  " + (english ? "unpaired: " : "未配对：") + (unpaired.Source ?? "?") + " — " + CrossReportResult.DescribeReason(unpaired, language));
        }

        foreach (var series in view.Series)
        {
            output.WriteLine();
            output.WriteLine(series.Agency);
            var header = new List<string> { english ? "figure" : "指标" };
            header.AddRange(series.Years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture)));
            var rows = new List<List<string>> { header };
            foreach (var figure in YearOverYear.Figures)
            {
                var row = new List<string> { Title(figure, english) };
                row.AddRange(series.Years.Select(y => Cell(y, figure)));
                rows.Add(row);
            }

            var widths = Enumerable.Range(0, header.Count).Select(i => rows.Max(r => Width(r[i]))).ToList();
            foreach (var row in rows)
            {
                var line = new StringBuilder("  ");
                for (var i = 0; i < row.Count; i++)
                {
                    line.Append(row[i]).Append(' ', widths[i] - Width(row[i]) + 2);
                }

                output.WriteLine(line.ToString().TrimEnd());
            }
        }

        output.Flush();
    }

    // Display width: CJK characters take two columns.
    private static int Width(string text) => text.Sum(c => c >= '\u2E80' ? 2 : 1);

    private static void WriteJson(TextWriter output, YearOverYearView view, string language)
    {
        using (var chunk = new JsonChunkWriter(output, indented: true))
        {
            var json = chunk.Json;
            json.WriteStartObject();
            json.WriteStartArray("figures");
            foreach (var figure in YearOverYear.Figures)
            {
                json.WriteStartObject();
                json.WriteString("id", figure.Id);
                json.WriteString("titleZh", figure.TitleZh);
                json.WriteString("titleEn", figure.TitleEn);
                json.WriteBoolean("percent", figure.IsPercent);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("series");
            foreach (var series in view.Series)
            {
                json.WriteStartObject();
                json.WriteString("agency", series.Agency);
                json.WriteStartArray("years");
                foreach (var year in series.Years)
                {
                    json.WriteStartObject();
                    json.WriteNumber("year", year.Year);
                    json.WriteString("source", year.Source);
                    json.WriteString("edition", Model.ReportEditions.ToId(year.Edition));
                    WriteNumbers(json, "values", year.Values);
                    WriteNumbers(json, "changes", year.Changes);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            CrossSummary.Write(json, "pairing", view.Pairing, language);
            json.WriteEndObject();
            chunk.Flush();
        }

        output.WriteLine();
        output.Flush();
    }

    private static void WriteNumbers(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, decimal?> numbers)
    {
        json.WriteStartObject(name);
        foreach (var figure in YearOverYear.Figures)
        {
            if (numbers[figure.Id] is { } value)
            {
                json.WriteNumber(figure.Id, value);
            }
            else
            {
                json.WriteNull(figure.Id);
            }
        }

        json.WriteEndObject();
    }

    private static void WriteCsv(TextWriter output, YearOverYearView view, bool english)
    {
        output.Write('\uFEFF');
        output.Write("agency,year,source,figure,title,value,change\r\n");
        foreach (var series in view.Series)
        {
            foreach (var year in series.Years)
            {
                foreach (var figure in YearOverYear.Figures)
                {
                    output.Write(string.Join(',', new[]
                    {
                        series.Agency, year.Year.ToString(CultureInfo.InvariantCulture), year.Source, figure.Id, Title(figure, english),
                        year.Values[figure.Id] is { } v ? Number(v) : string.Empty,
                        year.Changes[figure.Id] is { } c ? Number(c) : string.Empty,
                    }.Select(CsvFormatter.Quote)));
                    output.Write("\r\n");
                }
            }
        }

        output.Flush();
    }

    private static void WriteHtml(TextWriter output, YearOverYearView view, bool english)
    {
        var language = english ? "en" : "zh";
        output.Write($"<!DOCTYPE html>\n<html lang=\"{(english ? "en" : "zh-CN")}\"><head><meta charset=\"utf-8\"><title>ReportRules compare</title>\n");
        output.Write("<style>body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}" +
            "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #bbb;padding:2px 6px;text-align:right}th.row{text-align:left;font-weight:normal}" +
            ".up{color:#2a7}.down{color:#c33}svg{display:block;margin:.5em 0}</style></head><body>\n");
        output.Write($"<h1>{E(english ? "Year over year" : "逐年对比")}</h1>\n<p>{E(view.Pairing.Describe(language))}</p>\n");
        if (view.Pairing.Unpaired.Count > 0)
        {
            output.Write("<ul>");
            foreach (var unpaired in view.Pairing.Unpaired)
            {
                output.Write($"<li>{E(english ? "unpaired" : "未配对")}: {E(unpaired.Source)} — {E(CrossReportResult.DescribeReason(unpaired, language))}</li>");
            }

            output.Write("</ul>\n");
        }

        foreach (var series in view.Series)
        {
            output.Write($"<section><h2>{E(series.Agency)}</h2>\n");
            WriteChart(output, series, english);
            output.Write($"<table><tr><th class=\"row\">{E(english ? "figure" : "指标")}</th>");
            foreach (var year in series.Years)
            {
                output.Write($"<th title=\"{E(year.Source)}\">{year.Year.ToString(CultureInfo.InvariantCulture)}</th>");
            }

            output.Write("</tr>\n");
            foreach (var figure in YearOverYear.Figures)
            {
                output.Write($"<tr><th class=\"row\">{E(Title(figure, english))}</th>");
                foreach (var year in series.Years)
                {
                    var change = year.Changes[figure.Id];
                    var css = change is > 0 ? "up" : change is < 0 ? "down" : string.Empty;
                    output.Write($"<td>{E(Value(year.Values[figure.Id]))}");
                    if (change is not null)
                    {
                        output.Write($" <small class=\"{css}\">{E(Change(change))}</small>");
                    }

                    output.Write("</td>");
                }

                output.Write("</tr>\n");
            }

            output.Write("</table></section>\n");
        }

        output.Write("</body></html>\n");
        output.Flush();
    }

    // A small line chart: one polyline per charted figure over the series' years (no script, no external file).
    private static void WriteChart(TextWriter output, SeriesFigures series, bool english)
    {
        const int width = 360, height = 140, left = 40, right = 10, top = 10, bottom = 24;
        var values = Charted.SelectMany(c => series.Years.Select(y => y.Values[c.Id])).OfType<decimal>().ToList();
        var max = values.Count == 0 ? 1m : Math.Max(1m, values.Max());
        var first = series.Years[0].Year;
        var span = Math.Max(1, series.Years[^1].Year - first);
        string X(int year) => (left + ((width - left - right) * (year - first) / (double)span)).ToString("0.#", CultureInfo.InvariantCulture);
        string Y(decimal value) => (top + ((height - top - bottom) * (double)(1m - (value / max)))).ToString("0.#", CultureInfo.InvariantCulture);
        var label = english ? "Chart of key figures by year" : "主要指标逐年变化图";
        output.Write($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{E(label)}\">");
        output.Write($"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - right}\" y2=\"{height - bottom}\" stroke=\"#888\"/>");
        output.Write($"<text x=\"{left - 4}\" y=\"{top + 8}\" font-size=\"10\" text-anchor=\"end\">{E(Number(max))}</text>");
        output.Write($"<text x=\"{left - 4}\" y=\"{height - bottom}\" font-size=\"10\" text-anchor=\"end\">0</text>");
        foreach (var year in series.Years)
        {
            output.Write($"<text x=\"{X(year.Year)}\" y=\"{height - 8}\" font-size=\"10\" text-anchor=\"middle\">{year.Year.ToString(CultureInfo.InvariantCulture)}</text>");
        }

        foreach (var (id, colour) in Charted)
        {
            var points = series.Years.Where(y => y.Values[id] is not null).Select(y => $"{X(y.Year)},{Y(y.Values[id]!.Value)}").ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var title = Title(YearOverYear.Figures.First(f => f.Id == id), english);
            output.Write($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\"><title>{E(title)}</title></polyline>");
        }

        output.Write("</svg>\n<p>");
        foreach (var (id, colour) in Charted)
        {
            output.Write($"<span style=\"color:{colour}\">■</span> {E(Title(YearOverYear.Figures.First(f => f.Id == id), english))} ");
        }

        output.Write("</p>\n");
    }

    private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
