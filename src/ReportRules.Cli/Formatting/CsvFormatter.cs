using System.Globalization;
using System.Text;
using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Cli.Formatting;

/// <summary>
/// RFC 4180 (CRLF, fields quoted when they hold a comma, quote or line break), preceded by a UTF-8 byte-order mark so
/// that Excel reads the Chinese text. Every input has exactly one <c>report</c> row (its outcome and rule counts; for
/// an unreadable input its error and the parse rule id), followed by one <c>finding</c> row per finding; <c>--cross</c>
/// adds <c>pairing</c> rows (severity <c>pairing</c>, no rule id: each paired and unpaired report, then the totals) and
/// <c>cross</c> rows. Filtering the <c>row</c> column on <c>report</c> gives one line per input, clean ones included.
/// Text fields pass <see cref="OutputSafety.CsvText"/> (no formula, no control or bidi character); numbers stay numbers.
/// </summary>
internal sealed class CsvFormatter(TextWriter output, FormatterSettings settings) : IReportFormatter
{
    public const string Header =
        "row,source,outcome,edition,agency,year,rulesEvaluated,rulesPassed,rulesNotApplicable," +
        "ruleId,severity,page,line,column,location,cells,expected,actual,difference,message";

    public void Begin()
    {
        output.Write('\uFEFF');
        output.Write(Header);
        output.Write("\r\n");
    }

    public void WriteReport(CheckResult result)
    {
        var metadata = result.Report?.Metadata;
        var outcome = FindingsJson.OutcomeId(result.Outcome);
        var unreadable = result.Status == CheckStatus.Unreadable;
        var unreadableRule = result.Findings.Count > 0 ? result.Findings[0].RuleId : Rules.RuleIds.Parse1;
        WriteRow(
        [
            "report",
            OutputSafety.CsvText(result.Source),
            outcome,
            metadata?.Edition.ToId(),
            OutputSafety.CsvText(metadata?.Agency),
            Number(metadata?.Year),
            unreadable ? null : Number(result.RulesEvaluated),
            unreadable ? null : Number(result.RulesPassed),
            unreadable ? null : Number(result.RulesNotApplicable),
            unreadable ? unreadableRule : null,
            unreadable ? "error" : null,
            null, null, null, null, null, null, null, null,
            OutputSafety.CsvText(unreadable ? result.Error : ReportMessage(result)),
        ]);
        if (unreadable)
        {
            return;
        }

        foreach (var finding in result.Findings)
        {
            WriteFinding("finding", result.Source, outcome, metadata, finding);
        }
    }

    public void WriteCross(Rules.CrossReport.CrossReportResult cross)
    {
        // The pairing summary as rows of severity "pairing" (no rule id): one per paired and unpaired report, then the totals.
        var language = settings.Language;
        foreach (var series in cross.Series)
        {
            foreach (var report in series.Reports)
            {
                WritePairing(report.Source, report.Edition.ToId(), report.Agency, report.Year,
                    (language == "en" ? "series: " : "系列：") + series.Agency + " " + CrossSummary.Years(series));
            }
        }

        foreach (var report in cross.Unpaired)
        {
            WritePairing(report.Source, null, report.Agency, report.Year,
                (language == "en" ? "unpaired: " : "未配对：") + Rules.CrossReport.CrossReportResult.DescribeReason(report, language));
        }

        WritePairing(null, null, null, null, cross.Describe(language) + (cross.Findings.Count == 0 ? "; " + CrossSummary.NothingFound(cross, language == "en") : string.Empty));
        foreach (var finding in cross.Findings)
        {
            WriteFinding("cross", finding.Source, null, null, finding);
        }
    }

    public void End(RunSummary summary) => output.Flush();

    public void Dispose()
    {
    }

    /// <summary>Quotes a field when RFC 4180 requires it.</summary>
    internal static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field[0] == ' ' || field[^1] == ' '
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
    }

    private string ReportMessage(CheckResult result)
    {
        var english = settings.Language == "en";
        int Count(FindingSeverity severity) => result.Count(severity);
        return result.Outcome switch
        {
            CheckOutcome.NotChecked => OutcomeText.Line(result.Outcome, english),
            _ => english
                ? $"{Count(FindingSeverity.Error)} errors, {Count(FindingSeverity.Warning)} warnings, {Count(FindingSeverity.Info)} infos"
                : $"错误 {Count(FindingSeverity.Error)} 条，警告 {Count(FindingSeverity.Warning)} 条，提示 {Count(FindingSeverity.Info)} 条",
        };
    }

    private void WriteFinding(string row, string? source, string? outcome, ReportMetadata? metadata, Finding finding)
    {
        var cells = string.Join("; ", finding.Cells.Select(c => c.Raw.Length > 0 ? $"{c.GetLabel(settings.Language)}={c.Raw}" : c.GetLabel(settings.Language)));
        var location = finding.Location;
        WriteRow(
        [
            row,
            OutputSafety.CsvText(source),
            outcome,
            metadata?.Edition.ToId(),
            OutputSafety.CsvText(metadata?.Agency),
            Number(metadata?.Year),
            null,
            null,
            null,
            finding.RuleId,
            FindingsJson.SeverityId(finding.Severity),
            Number(location?.Page),
            Number(location?.Line),
            Number(location?.Column),
            location?.Detail is { } detail ? OutputSafety.CsvText(LocationText.Detail(detail, settings.Language == "en")) : null,
            OutputSafety.CsvText(cells),
            Number(finding.Expected),
            Number(finding.Actual),
            Number(finding.Difference),
            OutputSafety.CsvText(finding.GetMessage(settings.Language)),
        ]);
    }

    private void WritePairing(string? source, string? edition, string? agency, int? year, string message) =>
        WriteRow(
        [
            "pairing",
            OutputSafety.CsvText(source),
            null,
            edition,
            OutputSafety.CsvText(agency),
            Number(year),
            null, null, null, null,
            "pairing",
            null, null, null, null, null, null, null, null,
            OutputSafety.CsvText(message),
        ]);

    private void WriteRow(string?[] fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(Quote(fields[i]));
        }

        line.Append("\r\n");
        output.Write(line.ToString());
    }

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
