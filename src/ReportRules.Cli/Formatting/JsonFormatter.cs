using ReportRules.Findings;

namespace ReportRules.Cli.Formatting;

/// <summary>
/// <c>json</c>: one document {tool, reports[], summary} (plus <c>cross</c>: [{source, findings[]}] and <c>crossSummary</c> with <c>--cross</c>), streamed report by report;
/// <c>jsonl</c>: one report object per line (plus one final <c>{"cross":…}</c> line with <c>--cross</c>).
/// Every report object is written by <see cref="FindingsJson.WriteReport(System.Text.Json.Utf8JsonWriter, CheckResult, string, bool)"/>, the library's one JSON shape.
/// </summary>
internal sealed class JsonFormatter(TextWriter output, FormatterSettings settings, bool lines) : IReportFormatter
{
    private readonly JsonChunkWriter document = new(output, indented: !lines);
    private bool crossWritten;

    public void Begin()
    {
        if (lines)
        {
            return;
        }

        var json = document.Json;
        json.WriteStartObject();
        json.WriteString("schemaVersion", FindingsJson.SchemaVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteEndObject();
        json.WriteStartArray("reports");
        document.Flush();
    }

    public void WriteReport(CheckResult result)
    {
        if (lines)
        {
            WriteLine(json => FindingsJson.WriteReport(json, result, settings.Language, withSchemaVersion: true));
            return;
        }

        FindingsJson.WriteReport(document.Json, result, settings.Language);
        document.Flush();
    }

    public void WriteCross(Rules.CrossReport.CrossReportResult cross)
    {
        var findings = cross.Findings;
        if (lines)
        {
            WriteLine(json =>
            {
                json.WriteStartObject();
                json.WriteString("schemaVersion", FindingsJson.SchemaVersion);
                WriteCrossObject(json, findings);
                CrossSummary.Write(json, "crossSummary", cross, settings.Language);
                json.WriteEndObject();
            });
            return;
        }

        document.Json.WriteEndArray();
        WriteCrossObject(document.Json, findings);
        CrossSummary.Write(document.Json, "crossSummary", cross, settings.Language);
        crossWritten = true;
        document.Flush();
    }

    public void End(RunSummary summary)
    {
        if (lines)
        {
            output.Flush();
            return;
        }

        var json = document.Json;
        if (!crossWritten)
        {
            json.WriteEndArray();
        }

        json.WriteStartObject("summary");
        json.WriteNumber("reports", summary.Reports);
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteNumber("infos", summary.Infos);
        json.WriteNumber("unreadable", summary.Unreadable);
        json.WriteNumber("clean", summary.Clean);
        json.WriteNumber("withFindings", summary.WithFindings);
        json.WriteNumber("notChecked", summary.NotChecked);
        json.WriteEndObject();
        json.WriteEndObject();
        document.Flush();
        output.WriteLine();
        output.Flush();
    }

    public void Dispose() => document.Dispose();

    private void WriteCrossObject(System.Text.Json.Utf8JsonWriter json, IReadOnlyList<Finding> findings)
    {
        // Grouped by the later report of each pair: {source, findings[]}.
        json.WriteStartArray("cross");
        foreach (var group in findings.GroupBy(f => f.Source, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("source", group.Key);
            json.WriteStartArray("findings");
            foreach (var finding in group)
            {
                FindingsJson.WriteFinding(json, finding, settings.Language);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteLine(Action<System.Text.Json.Utf8JsonWriter> write)
    {
        using var line = new JsonChunkWriter(output, indented: false);
        write(line.Json);
        line.Flush();
        output.Write('\n');
    }
}
