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
    /// <summary>The header line: the column names of <see cref="CsvRow"/>.</summary>
    public static readonly string Header = string.Join(',', CsvRow.Names);

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
        WriteRow(new CsvRow
        {
            Row = "report",
            Source = OutputSafety.CsvText(result.Source),
            Outcome = outcome,
            Edition = metadata?.Edition.ToId(),
            Agency = OutputSafety.CsvText(metadata?.Agency),
            Year = Number(metadata?.Year),
            RulesEvaluated = unreadable ? null : Number(result.RulesEvaluated),
            RulesPassed = unreadable ? null : Number(result.RulesPassed),
            RulesNotApplicable = unreadable ? null : Number(result.RulesNotApplicable),
            RuleId = unreadable ? unreadableRule : null,
            Severity = unreadable ? "error" : null,
            Message = OutputSafety.CsvText(unreadable ? result.Error : ReportMessage(result)),
        });
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
        WriteRow(new CsvRow
        {
            Row = row,
            Source = OutputSafety.CsvText(source),
            Outcome = outcome,
            Edition = metadata?.Edition.ToId(),
            Agency = OutputSafety.CsvText(metadata?.Agency),
            Year = Number(metadata?.Year),
            RuleId = finding.RuleId,
            Severity = FindingsJson.SeverityId(finding.Severity),
            Page = Number(location?.Page),
            Line = Number(location?.Line),
            Column = Number(location?.Column),
            Location = location?.Detail is { } detail ? OutputSafety.CsvText(LocationText.Detail(detail, settings.Language == "en")) : null,
            Cells = OutputSafety.CsvText(cells),
            Expected = Number(finding.Expected),
            Actual = Number(finding.Actual),
            Difference = Number(finding.Difference),
            Message = OutputSafety.CsvText(finding.GetMessage(settings.Language)),
        });
    }

    private void WritePairing(string? source, string? edition, string? agency, int? year, string message) =>
        WriteRow(new CsvRow
        {
            Row = "pairing",
            Source = OutputSafety.CsvText(source),
            Edition = edition,
            Agency = OutputSafety.CsvText(agency),
            Year = Number(year),
            Severity = "pairing",
            Message = OutputSafety.CsvText(message),
        });

    private void WriteRow(CsvRow row)
    {
        var line = new StringBuilder();
        var first = true;
        foreach (var field in row.Fields())
        {
            if (!first)
            {
                line.Append(',');
            }

            first = false;
            line.Append(Quote(field));
        }

        line.Append("\r\n");
        output.Write(line.ToString());
    }

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// One CSV line by column name; <see cref="Fields"/> gives them in the order of <see cref="CsvFormatter.Header"/>, the
/// one place that order is written (a test checks both agree). Unset columns are empty.
/// </summary>
internal sealed record CsvRow
{
    public required string Row { get; init; }

    public string? Source { get; init; }

    public string? Outcome { get; init; }

    public string? Edition { get; init; }

    public string? Agency { get; init; }

    public string? Year { get; init; }

    public string? RulesEvaluated { get; init; }

    public string? RulesPassed { get; init; }

    public string? RulesNotApplicable { get; init; }

    public string? RuleId { get; init; }

    public string? Severity { get; init; }

    public string? Page { get; init; }

    public string? Line { get; init; }

    public string? Column { get; init; }

    public string? Location { get; init; }

    public string? Cells { get; init; }

    public string? Expected { get; init; }

    public string? Actual { get; init; }

    public string? Difference { get; init; }

    public string? Message { get; init; }

    /// <summary>The column names, in output order (the CSV header).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "row", "source", "outcome", "edition", "agency", "year", "rulesEvaluated", "rulesPassed", "rulesNotApplicable",
        "ruleId", "severity", "page", "line", "column", "location", "cells", "expected", "actual", "difference", "message",
    ];

    /// <summary>The values, in the order of <see cref="Names"/>.</summary>
    public IEnumerable<string?> Fields()
    {
        yield return Row;
        yield return Source;
        yield return Outcome;
        yield return Edition;
        yield return Agency;
        yield return Year;
        yield return RulesEvaluated;
        yield return RulesPassed;
        yield return RulesNotApplicable;
        yield return RuleId;
        yield return Severity;
        yield return Page;
        yield return Line;
        yield return Column;
        yield return Location;
        yield return Cells;
        yield return Expected;
        yield return Actual;
        yield return Difference;
        yield return Message;
    }
}
