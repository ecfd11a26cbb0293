using System.Net;
using System.Text;
using ReportRules.Model;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Benchmarks.Corpus;

/// <summary>The layouts the pipeline benchmarks and the synthetic corpus cover.</summary>
public enum BenchLayout
{
    /// <summary>Plain text, one table row per line, cells separated by " | ".</summary>
    Text,

    /// <summary>Plain text, one cell per line (web-page copy), blanks kept.</summary>
    CellPerLine,

    /// <summary>Markdown pipe tables.</summary>
    Markdown,

    /// <summary>An HTML page with real &lt;table&gt; elements, read by the document parser.</summary>
    Html,
}

/// <summary>Builds benchmark inputs: a consistent report of an edition rendered in a layout.</summary>
public static class BenchInputs
{
    /// <summary>Renders a consistent report (a pure function of <paramref name="seed"/>) in a layout.</summary>
    /// <param name="edition">gb2019 or gb2021.</param>
    /// <param name="layout">The layout.</param>
    /// <param name="seed">The seed of the numbers.</param>
    /// <returns>The UTF-8 bytes of the rendered report.</returns>
    public static byte[] Render(ReportEdition edition, BenchLayout layout, int seed = 1)
    {
        var report = Report(edition, seed);
        return Encoding.UTF8.GetBytes(Render(report, layout));
    }

    /// <summary>Builds the consistent report of a seed.</summary>
    /// <param name="edition">gb2019 or gb2021.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The report.</returns>
    public static AnnualReport Report(ReportEdition edition, int seed)
    {
        var random = new Random(seed);
        var values = new int[ConsistentReports.Draws];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.Next(0, 13);
        }

        return ConsistentReports.Build(edition, values);
    }

    /// <summary>Renders a report in a layout.</summary>
    /// <param name="report">The report.</param>
    /// <param name="layout">The layout.</param>
    /// <returns>The text (HTML for <see cref="BenchLayout.Html"/>).</returns>
    public static string Render(AnnualReport report, BenchLayout layout) => layout switch
    {
        BenchLayout.Text => ReportRenderer.Render(report, TextLayout.PipeRows),
        BenchLayout.CellPerLine => ReportRenderer.Render(report, TextLayout.CellPerLineBlanksKept),
        BenchLayout.Markdown => ReportRenderer.Render(report, TextLayout.Markdown),
        _ => ToHtml(ReportRenderer.Render(report, TextLayout.PipeRows)),
    };

    /// <summary>The file extension of a layout.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>".txt", ".md" or ".html".</returns>
    public static string Extension(BenchLayout layout) => layout switch
    {
        BenchLayout.Markdown => ".md",
        BenchLayout.Html => ".html",
        _ => ".txt",
    };

    /// <summary>Turns pipe-row text into an HTML page: runs of pipe rows become one table, other lines paragraphs.</summary>
    private static string ToHtml(string pipeRows)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>report</title></head><body>\n");
        var inTable = false;
        foreach (var line in pipeRows.Split('\n'))
        {
            if (line.Contains(" |", StringComparison.Ordinal))
            {
                if (!inTable)
                {
                    html.Append("<table border=\"1\">\n");
                    inTable = true;
                }

                html.Append("<tr>");
                foreach (var cell in line.TrimEnd().TrimEnd('|').Split(" | "))
                {
                    html.Append("<td>").Append(WebUtility.HtmlEncode(cell.Trim())).Append("</td>");
                }

                html.Append("</tr>\n");
                continue;
            }

            if (inTable)
            {
                html.Append("</table>\n");
                inTable = false;
            }

            if (line.Length > 0)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>\n");
            }
        }

        if (inTable)
        {
            html.Append("</table>\n");
        }

        return html.Append("</body></html>\n").ToString();
    }
}
