using System.Globalization;
using System.Net;
using System.Text;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Model.Forms;
using ReportRules.Rules;

namespace ReportRules.Cli.Formatting;

/// <summary>
/// One self-contained HTML page that works offline (inline style and script, no external resource): the run
/// metadata and summary first, with filters by severity and rule; then per report its outcome, its 表二/表三/表四 grids
/// (legacy 统计表 too) and the findings list. In a failing sum the printed total is marked as the cell in doubt and
/// its parts differently, so one wrong total does not read as five errors. Every text is in the chosen language.
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
    private readonly SortedSet<string> ruleIds = new(StringComparer.Ordinal);
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
        w.Write($"<section class=\"report\" id=\"{id}\" data-outcome=\"{FindingsJson.OutcomeId(result.Outcome)}\"><h2>{E(result.Source)}</h2>\n");
        WriteIndexRow(id, result);
        w.Write($"<p class=\"outcome o-{FindingsJson.OutcomeId(result.Outcome)}\"><b>{E(OutcomeWord(result.Outcome))}</b>: {E(OutcomeExplanation(result.Outcome))}</p>\n");
        if (result.Status == CheckStatus.Unreadable)
        {
            w.Write($"<p class=\"unreadable\">{T("Could not be read", "无法读取")}: {E(result.Error)}</p></section>\n");
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
            var byCell = new Dictionary<string, List<CellHit>>(StringComparer.Ordinal);
            foreach (var (finding, anchor) in findingIds)
            {
                var totals = TotalsOf(finding, report.Edition);
                foreach (var cell in finding.Cells)
                {
                    if (!byCell.TryGetValue(cell.Key, out var list))
                    {
                        byCell[cell.Key] = list = [];
                    }

                    // In doubt: the printed total of a sum (its left side), or every cell of a rule without sides.
                    list.Add(new CellHit(finding, anchor, totals.Count == 0 || totals.Contains(cell.Key)));
                }
            }

            foreach (var table in Tables)
            {
                WriteGrid(w, report, table, byCell, numbers);
            }
        }

        WriteFindingList(w, findingIds, report?.Edition);
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

        WriteFindingList(w, [.. findings.Select((f, i) => (f, "x-f" + (i + 1).ToString(CultureInfo.InvariantCulture)))], null, withSource: true);
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
        output.Write($"<title>ReportRules {E(ToolInfo.Version)} · {E(T("check report", "核对报告"))}</title>\n<style>{Css}</style></head><body>\n");
        output.Write($"<h1>ReportRules · {E(T("check report", "核对报告"))}</h1>\n");
        WriteRunMetadata();
        output.Write($"<section class=\"summary\"><h2>{T("Summary", "汇总")}</h2><table><tr>");
        output.Write($"<th>{T("reports", "报告")}</th><th>{T("clean", "无问题")}</th><th>{T("with findings", "有问题")}</th><th>{T("could not be checked", "未能核对")}</th><th>{T("unreadable", "无法读取")}</th>");
        output.Write($"<th>{T("errors", "错误")}</th><th>{T("warnings", "警告")}</th><th>{T("infos", "提示")}</th></tr><tr>");
        foreach (var n in new[] { summary.Reports, summary.Clean, summary.WithFindings, summary.NotChecked, summary.Unreadable, summary.Errors, summary.Warnings, summary.Infos })
        {
            output.Write($"<td>{n.ToString(CultureInfo.InvariantCulture)}</td>");
        }

        output.Write("</tr></table>\n");
        output.Write($"<table class=\"index\"><tr><th>{T("report", "报告")}</th><th>{T("outcome", "结论")}</th><th>{T("edition", "版式")}</th><th>{T("agency", "机关")}</th><th>{T("year", "年度")}</th>");
        output.Write($"<th>{T("rules evaluated", "已评估规则")}</th><th>{T("not applicable", "不适用规则")}</th><th>{T("errors", "错误")}</th><th>{T("warnings", "警告")}</th><th>{T("infos", "提示")}</th></tr>\n");
        CopyFile(indexPath);
        output.Write("</table>\n");
        output.Write($"<p class=\"legend\">{T("Cells", "单元格")}: <span class=\"key err\">{T("error: the cell in doubt (a printed total)", "错误：存疑单元格（所列合计）")}</span> ");
        output.Write($"<span class=\"key part-err\">{T("a part of that total", "该合计的组成项")}</span> <span class=\"key warn\">{T("warning", "警告")}</span> ");
        output.Write($"<span class=\"key info\">{T("info", "提示")}</span> <span class=\"key blank\">{T("blank", "空白")}</span> <span class=\"key absent\">· {T("absent", "缺失")}</span> ");
        output.Write($"<span class=\"key inferred\">{T("column inferred", "列位推断")}</span> · {T("the small numbers in a cell are the findings that explain it", "单元格中的上标数字即说明该单元格的问题编号")}</p>\n");
        WriteFilters();
        output.Write("</section>\n");
        output.Flush();
        CopyFile(bodyPath);

        output.Write($"<script>{Script}</script>\n");
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
        var outcome = FindingsJson.OutcomeId(result.Outcome);
        w.Write($"<tr data-outcome=\"{outcome}\"><td class=\"src\"><a href=\"#{id}\">{E(result.Source)}</a></td><td class=\"o-{outcome}\">{E(OutcomeWord(result.Outcome))}</td>");
        if (result.Status == CheckStatus.Unreadable)
        {
            w.Write($"<td colspan=\"8\" class=\"n-unreadable\">{E(result.Error)}</td></tr>\n");
            return;
        }

        var metadata = result.Report?.Metadata;
        w.Write($"<td>{E(metadata?.Edition.ToId())}</td><td>{E(metadata?.Agency)}</td><td>{E(metadata?.Year?.ToString(CultureInfo.InvariantCulture))}</td>");
        w.Write($"<td class=\"{(result.RulesEvaluated == 0 ? "n-error" : "n")}\">{result.RulesEvaluated.ToString(CultureInfo.InvariantCulture)}</td><td class=\"n\">{result.RulesNotApplicable.ToString(CultureInfo.InvariantCulture)}</td>");
        foreach (var severity in new[] { FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Info })
        {
            var count = result.Findings.Count(f => f.Severity == severity);
            var css = "n-" + (count == 0 ? "zero" : FindingsJson.SeverityId(severity));
            w.Write($"<td class=\"{css}\">{count.ToString(CultureInfo.InvariantCulture)}</td>");
        }

        w.Write("</tr>\n");
    }

    // Tool version, date, options and inputs: what an auditor needs to repeat the run.
    private void WriteRunMetadata()
    {
        output.Write($"<dl class=\"run\"><dt>{T("Tool", "工具")}</dt><dd>{E(ToolInfo.Name)} {E(ToolInfo.Version)}</dd>");
        if (settings.Run is { } run)
        {
            output.Write($"<dt>{T("Run at", "运行时间")}</dt><dd>{E(run.StartedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))} UTC</dd>");
            output.Write($"<dt>{T("Options", "选项")}</dt><dd><code>{E(run.Options)}</code></dd>");
            output.Write($"<dt>{T("Inputs", "输入")}</dt><dd>");
            const int Shown = 20;
            output.Write(string.Join(" ", run.Inputs.Take(Shown).Select(i => $"<code>{E(i)}</code>")));
            if (run.Inputs.Count > Shown)
            {
                output.Write(E(T($" and {run.Inputs.Count - Shown} more", $" 等另外 {run.Inputs.Count - Shown} 项")));
            }

            output.Write("</dd>");
        }

        output.Write("</dl>\n");
    }

    // Filters by severity and rule; the script applies them (and the #sev=…&rule=… of the address) offline.
    private void WriteFilters()
    {
        output.Write($"<form class=\"filters\" id=\"filters\"><b>{T("Show", "显示")}:</b> ");
        foreach (var severity in new[] { FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Info })
        {
            var sev = FindingsJson.SeverityId(severity);
            output.Write($"<label><input type=\"checkbox\" id=\"sev-{sev}\" checked> {E(SeverityWord(severity))}</label> ");
        }

        output.Write($"<label>{T("rule", "规则")} <select id=\"rule\"><option value=\"\">{T("all rules", "全部规则")}</option>");
        foreach (var rule in ruleIds)
        {
            var title = RuleCatalog.Find(rule) is { } d ? " " + (English ? d.TitleEn : d.TitleZh) : string.Empty;
            output.Write($"<option value=\"{E(rule)}\">{E(rule + title)}</option>");
        }

        output.Write($"</select></label> <span class=\"shown\">{T("findings shown", "显示的问题")}: <output id=\"shown\"></output></span></form>\n");
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

    private void WriteGrid(StreamWriter w, AnnualReport report, FormTable table, Dictionary<string, List<CellHit>> byCell, Dictionary<string, int> numbers)
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
        // Named as the report prints them: the table's number (表二 …) and its heading.
        var title = table switch
        {
            FormTable.Active => T("Proactive disclosure", "二、主动公开政府信息情况"),
            FormTable.Requests => T("Applications received and handled", "三、收到和处理政府信息公开申请情况"),
            FormTable.Review => T("Administrative review and litigation", "四、政府信息公开行政复议、行政诉讼情况"),
            _ => T("Government information disclosure statistics", "政府信息公开情况统计表"),
        };
        w.Write($"<h3 data-table=\"{(int)table}\">{E(LocationText.TableName(table, English))} · {E(title)}</h3>\n<table class=\"grid\"><tr><th></th>");
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
                var data = string.Empty;
                if (byCell.TryGetValue(definition.Key, out var hits))
                {
                    // A cell in doubt for any finding is marked as such; a cell that is only ever a part, as a part.
                    var inDoubt = hits.Where(h => h.InDoubt).ToList();
                    var worst = (inDoubt.Count > 0 ? inDoubt : hits).Max(h => h.Finding.Severity);
                    var css = worst switch { FindingSeverity.Error => "err", FindingSeverity.Warning => "warn", _ => "info" };
                    classes.Add(inDoubt.Count > 0 ? css : "part-" + css);
                    foreach (var hit in hits)
                    {
                        var role = hit.InDoubt ? T("in doubt", "存疑") : T("part of the sum", "合计的组成项");
                        tooltip.Append('\n').Append(hit.Finding.RuleId).Append(" (").Append(role).Append("): ").Append(OutputSafety.Visible(hit.Finding.GetMessage(settings.Language)));
                    }

                    // Visible without hovering (and in print): the numbers of the findings below that explain this cell.
                    var marks = string.Join(",", hits.Select(h => $"<a href=\"#{h.Anchor}\">{numbers[h.Anchor].ToString(CultureInfo.InvariantCulture)}</a>").Distinct());
                    content = $"<a href=\"#{hits[0].Anchor}\">{E(text)}</a><sup class=\"mark\">{marks}</sup>";
                    data = $" data-f=\"{string.Join(' ', hits.Select(h => h.Anchor).Distinct())}\"";
                }

                if (cell?.Inferred == true)
                {
                    classes.Add("inferred");
                }

                w.Write($"<td class=\"{string.Join(' ', classes)}\"{data} title=\"{WebUtility.HtmlEncode(tooltip.ToString())}\">{content}</td>");
            }

            w.Write("</tr>\n");
        }

        w.Write("</table>\n");
    }

    private void WriteFindingList(StreamWriter w, List<(Finding Finding, string Anchor)> findings, ReportEdition? edition, bool withSource = false)
    {
        if (findings.Count == 0)
        {
            w.Write($"<p class=\"clean\">{T("No finding.", "未发现问题。")}</p>\n");
            return;
        }

        w.Write($"<h3>{T("Findings", "发现的问题")}</h3>\n<ol class=\"findings\">\n");
        foreach (var (finding, anchor) in findings)
        {
            ruleIds.Add(finding.RuleId);
            var severity = FindingsJson.SeverityId(finding.Severity);
            w.Write($"<li id=\"{anchor}\" class=\"finding {severity}\" data-sev=\"{severity}\" data-rule=\"{E(finding.RuleId)}\"><span class=\"sev\">{E(SeverityWord(finding.Severity))}</span> <code>{E(finding.RuleId)}</code> ");
            if (withSource)
            {
                w.Write($"<span class=\"src\">{E(finding.Source)}</span> ");
            }

            w.Write(E(finding.GetMessage(settings.Language)));
            var place = LocationText.Describe(finding.Location, TableOf(finding, edition), English);
            if (place.Length > 0)
            {
                w.Write($" <span class=\"loc\">({E(place)})</span>");
            }

            if (finding.Cells.Count > 0)
            {
                var totals = edition is { } e ? TotalsOf(finding, e) : new HashSet<string>();
                w.Write("<ul class=\"cells\">");
                foreach (var cell in finding.Cells)
                {
                    var role = totals.Count == 0 ? string.Empty : totals.Contains(cell.Key) ? $" <span class=\"role doubt\">{T("in doubt", "存疑")}</span>" : $" <span class=\"role part\">{T("part", "组成项")}</span>";
                    w.Write($"<li title=\"{E(cell.Key)}\">{E(cell.GetLabel(settings.Language))} = {E(cell.Raw.Length > 0 ? cell.Raw : cell.Kind is null ? T("absent", "缺失") : T("blank", "空白"))}{role}</li>");
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

    // The printed totals of a sum rule's failing instance (its left side); empty when the rule has no such sides.
    private static HashSet<string> TotalsOf(Finding finding, ReportEdition edition)
    {
        var rule = RuleCatalog.Find(finding.RuleId);
        if (rule is null || rule.Kind is not (RuleKind.Equality or RuleKind.AtMost))
        {
            return new HashSet<string>();
        }

        var scope = finding.Scope ?? string.Empty;
        var instance = rule.GetInstances(edition).FirstOrDefault(i => i.Scope == scope);
        return instance is null ? new HashSet<string>() : instance.Left.ToHashSet(StringComparer.Ordinal);
    }

    private static FormTable? TableOf(Finding finding, ReportEdition? edition)
    {
        foreach (var cell in finding.Cells)
        {
            if (edition is { } e && ReportForms.TryGetCell(e, cell.Key, out var definition))
            {
                return definition.Table;
            }
        }

        return null;
    }

    private string SeverityWord(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => T("error", "错误"),
        FindingSeverity.Warning => T("warning", "警告"),
        _ => T("info", "提示"),
    };

    private string OutcomeWord(CheckOutcome outcome) => OutcomeText.Word(outcome, English);

    private string OutcomeExplanation(CheckOutcome outcome) => OutcomeText.Explanation(outcome, English);

    private string RowLabel(FormCellDefinition definition)
    {
        var label = English ? definition.LabelEn : definition.LabelZh;
        var slash = label.LastIndexOf(" / ", StringComparison.Ordinal);
        return definition.Column is null || slash < 0 ? label : label[..slash];
    }

    private string ColumnLabel(FormCellDefinition definition)
    {
        var label = English ? definition.LabelEn : definition.LabelZh;
        var slash = label.LastIndexOf(" / ", StringComparison.Ordinal);
        return slash < 0 ? definition.Column ?? string.Empty : label[(slash + 3)..];
    }

    private string T(string en, string zh) => English ? en : zh;

    // One finding's mark on a cell: whether the cell is the one in doubt (a printed total) or a part of it.
    private sealed record CellHit(Finding Finding, string Anchor, bool InDoubt);

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
        ".key.absent{color:#aaa}.key.inferred{font-style:italic}" +
        "td.part-err{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#fbe3e3 4px,#fbe3e3 8px);outline:1px dashed #c00}" +
        "td.part-warn{outline:1px dashed #c90}td.part-info{outline:1px dotted #39c}" +
        ".key.part-err{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#fbe3e3 4px,#fbe3e3 8px);outline:1px dashed #c00}" +
        "td.err{font-weight:bold}.role{font-size:.8em;padding:0 4px;border-radius:3px}.role.doubt{background:#c00;color:#fff}.role.part{border:1px dashed #c00}" +
        "dl.run{display:grid;grid-template-columns:max-content auto;gap:2px 12px;color:#444}dl.run dt{font-weight:bold}dl.run dd{margin:0}" +
        ".outcome{padding:4px 8px;border-left:4px solid #aaa}.o-clean{border-color:#2a2}.o-findings{border-color:#c00}" +
        ".o-not-checked{border-color:#c60;background:#fff3e0}.o-unreadable{border-color:#c00;background:#fde}" +
        "td.o-clean{color:#2a2}td.o-findings{color:#c00}td.o-not-checked{color:#c60;font-weight:bold}td.o-unreadable{color:#c00;font-weight:bold}" +
        ".filters{margin:1em 0;padding:6px;background:#f4f4f4}.filters label{margin-right:1em}" +
        "li.finding.off{display:none}td.off{background:none!important;outline:none!important;font-weight:normal}td.off sup.mark{display:none}";

    // Filters by severity and rule, offline: hides findings and unmarks cells whose findings are all hidden.
    // The address may preset them: report.html#sev=error,warning&rule=T3-F1.
    private const string Script =
        "(function(){var sevs=['error','warning','info'],rule=document.getElementById('rule'),shown=document.getElementById('shown');" +
        "function fromHash(){var h=location.hash.replace(/^#/,'');if(h.indexOf('=')<0)return;h.split('&').forEach(function(p){var kv=p.split('=');" +
        "if(kv[0]==='sev'){var on=decodeURIComponent(kv[1]||'').split(',');sevs.forEach(function(s){document.getElementById('sev-'+s).checked=on.indexOf(s)>=0;});}" +
        "if(kv[0]==='rule'){rule.value=decodeURIComponent(kv[1]||'');}});}" +
        "function apply(){var on={};sevs.forEach(function(s){on[s]=document.getElementById('sev-'+s).checked;});var r=rule.value,n=0;" +
        "document.querySelectorAll('li.finding').forEach(function(li){var v=on[li.getAttribute('data-sev')]&&(r===''||li.getAttribute('data-rule')===r);li.classList.toggle('off',!v);if(v)n++;});" +
        "document.querySelectorAll('td[data-f]').forEach(function(td){var v=td.getAttribute('data-f').split(' ').some(function(id){var li=document.getElementById(id);return li&&!li.classList.contains('off');});td.classList.toggle('off',!v);});" +
        "shown.value=String(n);document.body.setAttribute('data-shown',String(n));}" +
        "fromHash();document.getElementById('filters').addEventListener('change',apply);apply();})();";
}
