using System.Globalization;
using System.Net;
using System.Text;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;

namespace ReportRules.Cli.Formatting;

/// <summary>
/// One self-contained HTML page: the summary first, then per report its Table 2, 3 and 4 grids (legacy 统计表 too)
/// with failing cells marked (class + <c>title</c> with the messages + link to the finding), and the findings list.
/// Report sections stream to a temporary file, because the summary that comes first is known only at the end.
/// Everything taken from an input is HTML-escaped, its control and bidi characters shown as escapes (<see cref="OutputSafety"/>).
/// </summary>
internal sealed class HtmlFormatter(TextWriter output, FormatterSettings settings) : IReportFormatter
{
    private static readonly FormTable[] Tables = [FormTable.Active, FormTable.Requests, FormTable.Review, FormTable.Legacy];

    private readonly string bodyPath = Path.Combine(Path.GetTempPath(), "reportrules-" + Guid.NewGuid().ToString("N") + ".html.part");
    private readonly string indexPath = Path.Combine(Path.GetTempPath(), "reportrules-" + Guid.NewGuid().ToString("N") + ".index.part");
    private StreamWriter? body;
    private StreamWriter? index;
    private int reportNumber;

    private bool English => settings.Language == "en";

    public void Begin()
    {
        body = new StreamWriter(bodyPath, append: false, new UTF8Encoding(false));
        index = new StreamWriter(indexPath, append: false, new UTF8Encoding(false));
    }

    public void WriteReport(CheckResult result)
    {
        var w = body ?? throw new InvalidOperationException("Begin was not called.");
        reportNumber++;
        var id = "r" + reportNumber.ToString(CultureInfo.InvariantCulture);
        w.Write($"<section class=\"report\" id=\"{id}\"><h2>{E(result.Source)}</h2>\n");
        WriteIndexRow(id, result);
        if (result.Status == CheckStatus.Unreadable)
        {
            w.Write($"<p class=\"unreadable\">{T("Unreadable", "无法读取")}: {E(result.Error)}</p></section>\n");
            return;
        }

        var report = result.Report;
        var metadata = report?.Metadata;
        w.Write($"<p class=\"meta\">{E(metadata?.Edition.ToId())} · {E(metadata?.Agency ?? T("agency not found", "未识别机关"))} · {E(metadata?.Year?.ToString(CultureInfo.InvariantCulture) ?? T("year not found", "未识别年度"))} · ");
        w.Write(E(T(
            $"{result.RulesEvaluated} rules evaluated, {result.RulesPassed} passed, {result.RulesNotApplicable} not applicable",
            $"评估规则 {result.RulesEvaluated} 条，通过 {result.RulesPassed} 条，不适用 {result.RulesNotApplicable} 条")));
        w.Write("</p>\n");

        var findingIds = result.Findings.Select((f, i) => (f, $"{id}-f{(i + 1).ToString(CultureInfo.InvariantCulture)}")).ToList();
        var numbers = findingIds.Select((f, i) => (f.Item2, i + 1)).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        if (report is not null)
        {
            var byCell = new Dictionary<string, List<(Finding Finding, string Anchor)>>(StringComparer.Ordinal);
            foreach (var (finding, anchor) in findingIds)
            {
                foreach (var cell in finding.Cells)
                {
                    if (!byCell.TryGetValue(cell.Key, out var list))
                    {
                        byCell[cell.Key] = list = [];
                    }

                    list.Add((finding, anchor));
                }
            }

            foreach (var table in Tables)
            {
                WriteGrid(w, report, table, byCell, numbers);
            }
        }

        WriteFindingList(w, findingIds);
        w.Write("</section>\n");
    }

    public void WriteCross(Rules.CrossReport.CrossReportResult cross)
    {
        var w = body ?? throw new InvalidOperationException("Begin was not called.");
        var findings = cross.Findings;
        var language = English ? "en" : "zh";
        w.Write($"<section class=\"report\" id=\"cross\"><h2>{T("Cross-report checks", "跨报告核对")}</h2>\n");
        w.Write($"<p>{E(cross.Describe(language))}</p>\n<ul>");
        foreach (var series in cross.Series)
        {
            w.Write($"<li>{T("series", "系列")}: {E(series.Agency)} {E(CrossSummary.Years(series))}</li>");
        }

        foreach (var unpaired in cross.Unpaired)
        {
            w.Write($"<li>{T("unpaired", "未配对")}: {E(unpaired.Source ?? "?")} — {E(Rules.CrossReport.CrossReportResult.DescribeReason(unpaired, language))}</li>");
        }

        w.Write("</ul>\n");
        if (findings.Count == 0)
        {
            w.Write($"<p>{E(CrossSummary.NothingFound(cross, English))}</p>\n");
        }

        WriteFindingList(w, [.. findings.Select((f, i) => (f, "x-f" + (i + 1).ToString(CultureInfo.InvariantCulture)))], withSource: true);
        w.Write("</section>\n");
    }

    public void End(RunSummary summary)
    {
        body?.Dispose();
        body = null;
        index?.Dispose();
        index = null;
        output.Write("<!DOCTYPE html>\n<html lang=\"");
        output.Write(English ? "en" : "zh-CN");
        output.Write("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.Write($"<title>ReportRules {E(ToolInfo.Version)}</title>\n<style>{Css}</style></head><body>\n");
        output.Write($"<h1>ReportRules</h1>\n<section class=\"summary\"><h2>{T("Summary", "汇总")}</h2><table><tr>");
        output.Write($"<th>{T("reports", "报告")}</th><th>{T("errors", "错误")}</th><th>{T("warnings", "警告")}</th><th>{T("infos", "提示")}</th><th>{T("unreadable", "无法读取")}</th></tr><tr>");
        foreach (var n in new[] { summary.Reports, summary.Errors, summary.Warnings, summary.Infos, summary.Unreadable })
        {
            output.Write($"<td>{n.ToString(CultureInfo.InvariantCulture)}</td>");
        }

        output.Write("</tr></table>\n");
        output.Write($"<table class=\"index\"><tr><th>{T("report", "报告")}</th><th>{T("edition", "版式")}</th><th>{T("agency", "机关")}</th><th>{T("year", "年度")}</th>");
        output.Write($"<th>{T("errors", "错误")}</th><th>{T("warnings", "警告")}</th><th>{T("infos", "提示")}</th></tr>\n");
        CopyFile(indexPath);
        output.Write("</table>\n");
        output.Write($"<p class=\"legend\">{T("Cells", "单元格")}: <span class=\"key err\">{T("error", "错误")}</span> <span class=\"key warn\">{T("warning", "警告")}</span> ");
        output.Write($"<span class=\"key info\">{T("info", "提示")}</span> <span class=\"key blank\">{T("blank", "空白")}</span> <span class=\"key absent\">· {T("absent", "缺失")}</span> ");
        output.Write($"<span class=\"key inferred\">{T("column inferred", "列位推断")}</span> · {T("the small numbers in a cell are the findings that explain it", "单元格中的上标数字即说明该单元格的问题编号")}</p>\n");
        output.Write($"<p class=\"tool\">{E(ToolInfo.Name)} {E(ToolInfo.Version)}</p></section>\n");
        output.Flush();
        CopyFile(bodyPath);

        output.Write("</body></html>\n");
        output.Flush();
    }

    public void Dispose()
    {
        body?.Dispose();
        body = null;
        index?.Dispose();
        index = null;
        foreach (var path in new[] { bodyPath, indexPath })
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // A leftover temporary file is harmless.
            }
        }
    }

    // One row per report in the summary's index, streamed to a file like the sections (memory stays bounded).
    private void WriteIndexRow(string id, CheckResult result)
    {
        var w = index ?? throw new InvalidOperationException("Begin was not called.");
        w.Write($"<tr><td class=\"src\"><a href=\"#{id}\">{E(result.Source)}</a></td>");
        if (result.Status == CheckStatus.Unreadable)
        {
            w.Write($"<td colspan=\"6\" class=\"n-unreadable\">{T("unreadable", "无法读取")}</td></tr>\n");
            return;
        }

        var metadata = result.Report?.Metadata;
        w.Write($"<td>{E(metadata?.Edition.ToId())}</td><td>{E(metadata?.Agency)}</td><td>{E(metadata?.Year?.ToString(CultureInfo.InvariantCulture))}</td>");
        foreach (var severity in new[] { FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Info })
        {
            var count = result.Findings.Count(f => f.Severity == severity);
            var css = "n-" + (count == 0 ? "zero" : FindingsJson.SeverityId(severity));
            w.Write($"<td class=\"{css}\">{count.ToString(CultureInfo.InvariantCulture)}</td>");
        }

        w.Write("</tr>\n");
    }

    private void CopyFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var buffer = new char[1 << 14];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, read);
        }
    }

    private void WriteGrid(StreamWriter w, AnnualReport report, FormTable table, Dictionary<string, List<(Finding Finding, string Anchor)>> byCell, Dictionary<string, int> numbers)
    {
        var definitions = ReportForms.GetCells(report.Edition)
            .Where(d => d.Table == table && (!d.Optional || report.Cells.ContainsKey(d.Key)))
            .ToList();
        if (!definitions.Any(d => report.Cells.ContainsKey(d.Key)))
        {
            return;
        }

        var columns = definitions.Select(d => d.Column).Distinct().ToList();
        var rows = definitions.GroupBy(d => d.RowId).ToList();
        var title = table switch
        {
            FormTable.Active => T("Table 2: proactive disclosure", "二、主动公开政府信息情况"),
            FormTable.Requests => T("Table 3: applications received and handled", "三、收到和处理政府信息公开申请情况"),
            FormTable.Review => T("Table 4: administrative review and litigation", "四、政府信息公开行政复议、行政诉讼情况"),
            _ => T("Statistics table", "政府信息公开情况统计表"),
        };
        w.Write($"<h3>{E(title)}</h3>\n<table class=\"grid\"><tr><th></th>");
        foreach (var column in columns)
        {
            var sample = definitions.First(d => d.Column == column);
            w.Write($"<th title=\"{E(column)}\">{E(column is null ? T("value", "数值") : ColumnLabel(sample))}</th>");
        }

        w.Write("</tr>\n");
        foreach (var row in rows)
        {
            var first = row.First();
            w.Write($"<tr><th class=\"row\" title=\"{E(row.Key)}\">{E(RowLabel(first))}</th>");
            foreach (var column in columns)
            {
                var definition = row.FirstOrDefault(d => d.Column == column);
                if (definition is null)
                {
                    w.Write("<td class=\"none\"></td>");
                    continue;
                }

                var cell = report.GetCell(definition.Key);
                var text = cell is null ? "·" : cell.Raw.Length > 0 ? cell.Raw : cell.Value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
                var classes = new List<string> { cell is null ? "absent" : cell.Kind.ToString().ToLowerInvariant() };
                var tooltip = new StringBuilder(definition.Key);
                var content = E(text);
                if (byCell.TryGetValue(definition.Key, out var hits))
                {
                    var worst = hits.Max(h => h.Finding.Severity);
                    classes.Add(worst switch { FindingSeverity.Error => "err", FindingSeverity.Warning => "warn", _ => "info" });
                    foreach (var (finding, _) in hits)
                    {
                        tooltip.Append('\n').Append(finding.RuleId).Append(": ").Append(OutputSafety.Visible(finding.GetMessage(settings.Language)));
                    }

                    // Visible without hovering (and in print): the numbers of the findings below that explain this cell.
                    var marks = string.Join(",", hits.Select(h => $"<a href=\"#{h.Anchor}\">{numbers[h.Anchor].ToString(CultureInfo.InvariantCulture)}</a>").Distinct());
                    content = $"<a href=\"#{hits[0].Anchor}\">{E(text)}</a><sup class=\"mark\">{marks}</sup>";
                }

                if (cell?.Inferred == true)
                {
                    classes.Add("inferred");
                }

                w.Write($"<td class=\"{string.Join(' ', classes)}\" title=\"{WebUtility.HtmlEncode(tooltip.ToString())}\">{content}</td>");
            }

            w.Write("</tr>\n");
        }

        w.Write("</table>\n");
    }

    private void WriteFindingList(StreamWriter w, List<(Finding Finding, string Anchor)> findings, bool withSource = false)
    {
        if (findings.Count == 0)
        {
            w.Write($"<p class=\"clean\">{T("No finding.", "未发现问题。")}</p>\n");
            return;
        }

        w.Write($"<h3>{T("Findings", "发现的问题")}</h3>\n<ol class=\"findings\">\n");
        foreach (var (finding, anchor) in findings)
        {
            var severity = FindingsJson.SeverityId(finding.Severity);
            w.Write($"<li id=\"{anchor}\" class=\"{severity}\"><span class=\"sev\">{severity}</span> <code>{E(finding.RuleId)}</code> ");
            if (withSource)
            {
                w.Write($"<span class=\"src\">{E(finding.Source)}</span> ");
            }

            w.Write(E(finding.GetMessage(settings.Language)));
            if (finding.Location is { } location)
            {
                w.Write($" <span class=\"loc\">({E(location.ToString())})</span>");
            }

            if (finding.Cells.Count > 0)
            {
                w.Write("<ul class=\"cells\">");
                foreach (var cell in finding.Cells)
                {
                    w.Write($"<li><code>{E(cell.Key)}</code> {E(cell.Label)} = {E(cell.Raw.Length > 0 ? cell.Raw : cell.Kind is null ? T("absent", "缺失") : T("blank", "空白"))}</li>");
                }

                w.Write("</ul>");
            }

            if (finding.Evidence is not null)
            {
                w.Write($"<blockquote>{E(finding.Evidence)}</blockquote>");
            }

            w.Write("</li>\n");
        }

        w.Write("</ol>\n");
    }

    private static string RowLabel(FormCellDefinition definition)
    {
        var slash = definition.LabelZh.LastIndexOf(" / ", StringComparison.Ordinal);
        return definition.Column is null || slash < 0 ? definition.LabelZh : definition.LabelZh[..slash];
    }

    private static string ColumnLabel(FormCellDefinition definition)
    {
        var slash = definition.LabelZh.LastIndexOf(" / ", StringComparison.Ordinal);
        return slash < 0 ? definition.Column ?? string.Empty : definition.LabelZh[(slash + 3)..];
    }

    private string T(string en, string zh) => English ? en : zh;

    private static string E(string? text) => WebUtility.HtmlEncode(OutputSafety.Visible(text) ?? string.Empty);

    private const string Css =
        "body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}" +
        "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #bbb;padding:2px 6px;text-align:right}" +
        "th.row{text-align:left;font-weight:normal;max-width:28em}td.blank{background:#f6f6f6}td.absent{color:#aaa}" +
        "td.notapplicable{color:#666}td.unreadable{background:#fde}td.err{background:#f8c8c8;outline:2px solid #c00}" +
        "td.warn{background:#fff0b3;outline:2px solid #c90}td.info{outline:1px dashed #39c}td.inferred{font-style:italic}" +
        ".summary td{font-size:1.4em;text-align:center}.sev{font-weight:bold;text-transform:uppercase;font-size:.8em}" +
        "li.error .sev{color:#c00}li.warning .sev{color:#b80}li.info .sev{color:#39c}.unreadable{color:#c00;font-weight:bold}" +
        ".meta,.loc,.src,.tool{color:#666}section.report{border-top:2px solid #ddd;margin-top:2em}" +
        "sup.mark{font-size:.7em;margin-left:2px}td.err sup.mark a{color:#a00}td.warn sup.mark a{color:#850}" +
        ".summary table.index td{font-size:1em;text-align:right}table.index td.src,table.index th{text-align:left}" +
        "table.index td.n-error{color:#c00;font-weight:bold}table.index td.n-warning{color:#b80;font-weight:bold}" +
        "table.index td.n-zero{color:#aaa}table.index td.n-unreadable{color:#c00;font-weight:bold;text-align:left}" +
        ".legend .key{display:inline-block;padding:0 6px;margin-right:4px;border:1px solid #bbb}.key.err{background:#f8c8c8;outline:2px solid #c00}" +
        ".key.warn{background:#fff0b3;outline:2px solid #c90}.key.info{outline:1px dashed #39c}.key.blank{background:#f6f6f6}" +
        ".key.absent{color:#aaa}.key.inferred{font-style:italic}";
}
