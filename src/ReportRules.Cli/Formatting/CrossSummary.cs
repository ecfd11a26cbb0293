using System.Globalization;
using System.Text.Json;
using ReportRules.Rules.CrossReport;

namespace ReportRules.Cli.Formatting;

/// <summary>The pairing summary of <c>--cross</c> (series found, pairs compared, reports left unpaired), shared by the formats.</summary>
internal static class CrossSummary
{
    /// <summary>Gets the reason of an unpaired report as a stable id (JSON, CSV, SARIF).</summary>
    public static string ReasonId(UnpairedReason reason) => reason switch
    {
        UnpairedReason.NoAgency => "no-agency",
        UnpairedReason.NoYear => "no-year",
        UnpairedReason.OnlyYear => "only-year",
        UnpairedReason.Ambiguous => "ambiguous",
        _ => "duplicate-year",
    };

    /// <summary>Gets the years of a series as text, e.g. <c>2023, 2024</c>.</summary>
    public static string Years(AgencySeries series) => string.Join(", ", series.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Gets the line said when nothing was found: "no finding" only when something was compared.</summary>
    public static string NothingFound(CrossReportResult cross, bool english) => cross.ComparedAnything
        ? (english ? "no finding" : "未发现问题")
        : (english ? "nothing compared: no two reports of one agency for consecutive years" : "未进行比较：没有同一机关相邻年度的两份报告");

    /// <summary>Writes the summary as a JSON object property named <paramref name="name"/>.</summary>
    public static void Write(Utf8JsonWriter json, string name, CrossReportResult cross, string language)
    {
        json.WriteStartObject(name);
        json.WriteString("text", cross.Describe(language));
        json.WriteNumber("reportsPaired", cross.ReportsPaired);
        json.WriteNumber("seriesCount", cross.Series.Count);
        json.WriteNumber("pairsCompared", cross.PairsCompared);
        json.WriteNumber("aggregatesCompared", cross.AggregatesCompared);
        json.WriteStartArray("series");
        foreach (var series in cross.Series)
        {
            json.WriteStartObject();
            json.WriteString("agency", series.Agency);
            json.WriteStartArray("reports");
            foreach (var report in series.Reports)
            {
                json.WriteStartObject();
                json.WriteNumber("year", report.Year!.Value);
                json.WriteString("agency", report.Agency);
                json.WriteString("source", report.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("unpaired");
        foreach (var report in cross.Unpaired)
        {
            json.WriteStartObject();
            json.WriteString("source", report.Source);
            json.WriteString("agency", report.Agency);
            if (report.Year is { } year)
            {
                json.WriteNumber("year", year);
            }
            else
            {
                json.WriteNull("year");
            }

            json.WriteString("reason", ReasonId(report.Reason));
            json.WriteString("message", CrossReportResult.DescribeReason(report, language));
            json.WriteStartArray("candidates");
            foreach (var candidate in report.Candidates)
            {
                json.WriteStringValue(candidate);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
