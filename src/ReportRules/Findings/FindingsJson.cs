using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportRules.Model;

namespace ReportRules.Findings;

/// <summary>
/// THE JSON shape of check results and parsed models (the contract of docs/cli.md). Written by hand with
/// <see cref="Utf8JsonWriter"/> so that property order is stable and Chinese text stays readable.
/// </summary>
internal static class FindingsJson
{
    /// <summary>Gets the writer options: indented or not, Chinese text unescaped.</summary>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The options.</returns>
    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one report object: source, status, error, edition, agency, year, findings, rule counts.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The check result.</param>
    /// <param name="language"><c>zh</c> or <c>en</c> for the messages.</param>
    public static void WriteReport(Utf8JsonWriter writer, CheckResult result, string language = "zh") =>
        WriteReport(writer, result, language, withSchemaVersion: false);

    /// <summary>Writes one report object, optionally starting with <c>schemaVersion</c> (each JSONL line carries it).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The check result.</param>
    /// <param name="language"><c>zh</c> or <c>en</c> for the messages.</param>
    /// <param name="withSchemaVersion">Whether to write <c>schemaVersion</c> first.</param>
    public static void WriteReport(Utf8JsonWriter writer, CheckResult result, string language, bool withSchemaVersion)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (withSchemaVersion)
        {
            writer.WriteString("schemaVersion", SchemaVersion);
        }

        writer.WriteString("source", result.Source);
        writer.WriteString("status", result.Status == CheckStatus.Checked ? "checked" : "unreadable");
        writer.WriteString("outcome", OutcomeId(result.Outcome));
        writer.WriteString("error", result.Error);
        var metadata = result.Report?.Metadata;
        WriteNullableString(writer, "edition", metadata is null ? null : metadata.Edition.ToId());
        writer.WriteString("agency", metadata?.Agency);
        WriteNullableNumber(writer, "year", metadata?.Year);
        writer.WriteStartArray("findings");
        if (result.Status == CheckStatus.Checked)
        {
            foreach (var finding in result.Findings)
            {
                WriteFinding(writer, finding, language);
            }
        }

        writer.WriteEndArray();
        writer.WriteNumber("rulesEvaluated", result.RulesEvaluated);
        writer.WriteNumber("rulesPassed", result.RulesPassed);
        writer.WriteNumber("rulesNotApplicable", result.RulesNotApplicable);
        writer.WriteEndObject();
    }

    /// <summary>Writes one finding object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="finding">The finding.</param>
    /// <param name="language"><c>zh</c> or <c>en</c>.</param>
    public static void WriteFinding(Utf8JsonWriter writer, Finding finding, string language = "zh")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(finding);
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        writer.WriteString("severity", SeverityId(finding.Severity));
        writer.WriteString("messageId", finding.MessageId);
        writer.WriteString("message", finding.GetMessage(language));
        writer.WriteString("scope", finding.Scope);
        writer.WriteStartArray("cells");
        foreach (var cell in finding.Cells)
        {
            writer.WriteStartObject();
            writer.WriteString("key", cell.Key);
            writer.WriteString("label", cell.Label);
            writer.WriteString("labelEn", cell.GetLabel("en"));
            writer.WriteString("kind", cell.Kind is { } k ? KindId(k) : "absent");
            WriteNullableDecimal(writer, "value", cell.Value);
            writer.WriteString("raw", cell.Raw);
            WriteLocation(writer, cell.Location);
            if (cell.Inferred)
            {
                writer.WriteBoolean("inferred", true);
            }

            if (cell.Derived)
            {
                writer.WriteBoolean("derived", true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteNullableDecimal(writer, "expected", finding.Expected);
        WriteNullableDecimal(writer, "actual", finding.Actual);
        WriteNullableDecimal(writer, "difference", finding.Difference);
        WriteNullableDecimal(writer, "tolerance", finding.Tolerance);
        writer.WriteString("evidence", finding.Evidence);
        WriteLocation(writer, finding.Location);
        writer.WriteString("fingerprint", finding.Fingerprint);
        writer.WriteEndObject();
    }

    // A number read from a narrative paragraph (cli.md: narrative[].numbers), with the parts listed after 其中 nested.
    private static void WriteNumber(Utf8JsonWriter writer, NarrativeFact fact)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(fact.Kind.ToString()));
        if (fact.Value is { } value)
        {
            writer.WriteNumber("value", value);
        }
        else
        {
            writer.WriteNull("value");
        }

        writer.WriteString("raw", fact.Raw);
        writer.WriteString("unit", fact.Unit);
        writer.WriteString("label", fact.Label);
        writer.WriteString("concept", fact.Concept);
        writer.WriteBoolean("approximate", fact.Approximate);
        WriteLocation(writer, fact.Location);
        if (fact.Parts.Count > 0)
        {
            writer.WriteStartArray("parts");
            foreach (var part in fact.Parts)
            {
                WriteNumber(writer, part);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a parsed model: source, edition, agency, year, every cell, the narrative and the diagnostics.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report (may be <see langword="null"/> when nothing could be read).</param>
    /// <param name="source">The source name.</param>
    /// <param name="diagnostics">The parse diagnostics.</param>
    /// <param name="language"><c>zh</c> or <c>en</c>.</param>
    public static void WriteModel(Utf8JsonWriter writer, AnnualReport? report, string? source, IReadOnlyList<Finding> diagnostics, string language = "zh")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(diagnostics);
        writer.WriteStartObject();
        writer.WriteString("source", source ?? report?.Metadata.Source);
        WriteNullableString(writer, "edition", report?.Edition.ToId());
        writer.WriteString("agency", report?.Metadata.Agency);
        WriteNullableNumber(writer, "year", report?.Metadata.Year);
        writer.WriteString("publishedOn", report?.Metadata.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteStartObject("cells");
        if (report is not null)
        {
            foreach (var key in report.CellKeysInOrder)
            {
                var cell = report.Cells[key];
                writer.WriteStartObject(key);
                writer.WriteString("kind", KindId(cell.Kind));
                WriteNullableDecimal(writer, "value", cell.Value);
                writer.WriteString("raw", cell.Raw);
                WriteLocation(writer, cell.Location);
                writer.WriteBoolean("inferred", cell.Inferred);
                if (cell.Unit is not null)
                {
                    writer.WriteString("unit", cell.Unit);
                }

                if (cell.Note is not null)
                {
                    writer.WriteString("note", cell.Note);
                }

                writer.WriteEndObject();
            }
        }

        writer.WriteEndObject();
        writer.WriteStartArray("narrative");
        foreach (var paragraph in report?.Narrative ?? [])
        {
            writer.WriteStartObject();
            writer.WriteString("text", paragraph.Text);
            WriteLocation(writer, paragraph.Location);
            writer.WriteStartArray("numbers");
            foreach (var fact in Parsing.Narrative.NarrativeScanner.Scan([paragraph], report!.Edition))
            {
                WriteNumber(writer, fact);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            WriteFinding(writer, diagnostic, language);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Serializes a model to a JSON string (indented).</summary>
    /// <param name="report">The report.</param>
    /// <param name="source">The source name.</param>
    /// <param name="diagnostics">The parse diagnostics.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeModel(AnnualReport? report, string? source, IReadOnlyList<Finding> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions(indented: true)))
        {
            WriteModel(writer, report, source, diagnostics);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The version of the JSON shape (docs/schema/check.schema.json); the minor part grows when fields are added, the major part when a field changes or goes.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>Gets the JSON id of an outcome: <c>clean</c>, <c>findings</c>, <c>not-checked</c> or <c>unreadable</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The id.</returns>
    public static string OutcomeId(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Clean => "clean",
        CheckOutcome.Findings => "findings",
        CheckOutcome.NotChecked => "not-checked",
        _ => "unreadable",
    };

    /// <summary>Gets the JSON id of a severity: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The id.</returns>
    public static string SeverityId(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Gets the JSON id of a cell kind: <c>number</c>, <c>blank</c>, <c>notApplicable</c> or <c>unreadable</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The id.</returns>
    public static string KindId(CellKind kind) => kind switch
    {
        CellKind.Number => "number",
        CellKind.Blank => "blank",
        CellKind.NotApplicable => "notApplicable",
        _ => "unreadable",
    };

    private static void WriteLocation(Utf8JsonWriter writer, SourceLocation? location)
    {
        if (location is null)
        {
            writer.WriteNull("location");
            return;
        }

        writer.WriteStartObject("location");
        writer.WriteNumber("line", location.Line);
        writer.WriteNumber("column", location.Column);
        if (location.Page is { } page)
        {
            writer.WriteNumber("page", page);
        }

        if (location.Detail is not null)
        {
            writer.WriteString("detail", location.Detail);
        }

        writer.WriteEndObject();
    }

    private static void WriteNullableDecimal(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNullableNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
