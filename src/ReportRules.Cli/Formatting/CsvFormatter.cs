using System.Globalization;
using System.Text;
using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Cli.Formatting;

/// <summary>
/// One row per finding, RFC 4180 (CRLF, fields quoted when they hold a comma, quote or line break), preceded by a
/// UTF-8 byte-order mark so that Excel reads the Chinese text. An unreadable input is one row with its error. Text
/// fields pass <see cref="OutputSafety.CsvText"/> (no formula, no control or bidi character); numbers stay numbers.
/// </summary>
internal sealed class CsvFormatter(TextWriter output, FormatterSettings settings) : IReportFormatter
{
    public const string Header = "source,edition,agency,year,ruleId,severity,cells,expected,actual,difference,message";

    public void Begin()
    {
        output.Write('\uFEFF');
        output.Write(Header);
        output.Write("\r\n");
    }

    public void WriteReport(CheckResult result)
    {
        var metadata = result.Report?.Metadata;
        if (result.Status == CheckStatus.Unreadable)
        {
            var ruleId = result.Findings.Count > 0 ? result.Findings[0].RuleId : Rules.RuleIds.Parse1;
            WriteRow([OutputSafety.CsvText(result.Source), null, null, null, ruleId, "error", null, null, null, null, OutputSafety.CsvText(result.Error)]);
            return;
        }

        foreach (var finding in result.Findings)
        {
            WriteFinding(result.Source, metadata, finding);
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
                WriteRow([report.Source, report.Edition.ToId(), report.Agency, report.Year?.ToString(CultureInfo.InvariantCulture), null, "pairing", null, null, null, null,
                    (language == "en" ? "series: " : "系列：") + series.Agency + " " + CrossSummary.Years(series)]);
            }
        }

        foreach (var report in cross.Unpaired)
        {
            WriteRow([report.Source, null, report.Agency, report.Year?.ToString(CultureInfo.InvariantCulture), null, "pairing", null, null, null, null,
                (language == "en" ? "unpaired: " : "未配对：") + Rules.CrossReport.CrossReportResult.DescribeReason(report, language)]);
        }

        WriteRow([null, null, null, null, null, "pairing", null, null, null, null, cross.Describe(language) + (cross.Findings.Count == 0 ? "; " + CrossSummary.NothingFound(cross, language == "en") : string.Empty)]);
        foreach (var finding in cross.Findings)
        {
            WriteFinding(finding.Source, null, finding);
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

    private void WriteFinding(string? source, ReportMetadata? metadata, Finding finding)
    {
        var cells = string.Join("; ", finding.Cells.Select(c => c.Raw.Length > 0 ? $"{c.Key}={c.Raw}" : c.Key));
        WriteRow(
        [
            OutputSafety.CsvText(source),
            metadata?.Edition.ToId(),
            OutputSafety.CsvText(metadata?.Agency),
            metadata?.Year?.ToString(CultureInfo.InvariantCulture),
            finding.RuleId,
            FindingsJson.SeverityId(finding.Severity),
            OutputSafety.CsvText(cells),
            Number(finding.Expected),
            Number(finding.Actual),
            Number(finding.Difference),
            OutputSafety.CsvText(finding.GetMessage(settings.Language)),
        ]);
    }

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
}
