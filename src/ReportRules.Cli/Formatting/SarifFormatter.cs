using System.Text;
using System.Text.Json;
using ReportRules.Findings;
using ReportRules.Rules;

namespace ReportRules.Cli.Formatting;

/// <summary>
/// SARIF 2.1.0: one run, <c>tool.driver.rules</c> from <see cref="RuleCatalog.All"/>, one result per finding (an
/// unreadable input is one <c>PARSE-1</c> result), streamed result by result; <c>artifacts</c> lists every input once
/// with its outcome and rule counts, so a clean report is seen to have been checked.
/// </summary>
internal sealed class SarifFormatter(TextWriter output, FormatterSettings settings) : IReportFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string FingerprintKey = "reportrules/v1";

    private readonly JsonChunkWriter document = new(output, indented: true);
    private readonly List<(string Uri, string Outcome, int Evaluated, int Passed, int NotApplicable)> artifacts = [];
    private readonly Dictionary<string, int> ruleIndex = RuleCatalog.All
        .Select((rule, index) => (rule.Id, index))
        .ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);

    private Rules.CrossReport.CrossReportResult? crossResult;

    private bool English => settings.Language == "en";

    public void Begin()
    {
        var json = document.Json;
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        document.Flush();
    }

    public void WriteReport(CheckResult result)
    {
        artifacts.Add((ToUri(result.Source), FindingsJson.OutcomeId(result.Outcome), result.RulesEvaluated, result.RulesPassed, result.RulesNotApplicable));
        if (result.Status == CheckStatus.Unreadable)
        {
            WriteResult(RuleIds.Parse1, "error", result.Error ?? string.Empty, result.Source, null, null, null);
        }
        else
        {
            foreach (var finding in result.Findings)
            {
                WriteFinding(finding, result.Source);
            }
        }

        document.Flush();
    }

    public void WriteCross(Rules.CrossReport.CrossReportResult cross)
    {
        crossResult = cross;
        foreach (var finding in cross.Findings)
        {
            WriteFinding(finding, finding.Source);
        }

        document.Flush();
    }

    public void End(RunSummary summary)
    {
        var json = document.Json;
        json.WriteEndArray();
        json.WriteStartArray("artifacts");
        foreach (var artifact in artifacts)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", artifact.Uri);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("outcome", artifact.Outcome);
            json.WriteNumber("rulesEvaluated", artifact.Evaluated);
            json.WriteNumber("rulesPassed", artifact.Passed);
            json.WriteNumber("rulesNotApplicable", artifact.NotApplicable);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (crossResult is { } cross)
        {
            // The pairing summary: a notification people read, and the details in the run's property bag.
            var language = English ? "en" : "zh";
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", true);
            json.WriteStartArray("toolExecutionNotifications");
            json.WriteStartObject();
            json.WriteString("level", "note");
            json.WriteStartObject("message");
            json.WriteString("text", cross.Describe(language) + (cross.Findings.Count == 0 ? "; " + CrossSummary.NothingFound(cross, English) : string.Empty));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("properties");
            CrossSummary.Write(json, "crossSummary", cross, language);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        document.Flush();
        output.WriteLine();
        output.Flush();
    }

    public void Dispose() => document.Dispose();

    /// <summary>Gets the SARIF level of a severity.</summary>
    internal static string Level(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Turns a path into a relative or absolute URI reference with '/' separators and escaped segments.</summary>
    internal static string ToUri(string? source)
    {
        if (string.IsNullOrEmpty(source) || source == "-")
        {
            return "stdin";
        }

        var path = source.Replace('\\', '/');
        var rooted = path.StartsWith('/');
        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return rooted ? "file://" + escaped : escaped;
    }

    private void WriteFinding(Finding finding, string? source)
    {
        WriteResult(finding.RuleId, Level(finding.Severity), finding.GetMessage(settings.Language), source ?? finding.Source, finding.Location, finding.Fingerprint, finding);
    }

    private void WriteResult(string ruleId, string level, string message, string? source, Model.SourceLocation? location, string? fingerprint, Finding? finding)
    {
        var json = document.Json;
        json.WriteStartObject();
        json.WriteString("ruleId", ruleId);
        if (ruleIndex.TryGetValue(ruleId, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", level);
        json.WriteStartObject("message");
        json.WriteString("text", message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(source));
        json.WriteEndObject();
        if (location is not null && location.Line >= 1)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.Line);
            json.WriteNumber("startColumn", Math.Max(1, location.Column));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, fingerprint ?? Fingerprint(ruleId, source));
        json.WriteEndObject();
        if (finding is not null)
        {
            json.WriteStartObject("properties");
            WriteNullableDecimal(json, "expected", finding.Expected);
            WriteNullableDecimal(json, "actual", finding.Actual);
            WriteNullableDecimal(json, "difference", finding.Difference);
            json.WriteStartArray("cells");
            foreach (var cell in finding.Cells)
            {
                json.WriteStringValue(cell.Key);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", PascalCase(rule.TitleEn));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", English ? rule.TitleEn : rule.TitleZh);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", English ? rule.DescriptionEn : rule.DescriptionZh);
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Severity));
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", $"{(English ? rule.DescriptionEn : rule.DescriptionZh)} {rule.Expression} ({rule.Clause})");
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("family", rule.Family.ToString());
        json.WriteString("expression", rule.Expression);
        json.WriteString("clause", rule.Clause);
        json.WriteStartArray("editions");
        foreach (var edition in rule.Editions)
        {
            json.WriteStringValue(Model.ReportEditions.ToId(edition));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string PascalCase(string title)
    {
        var name = new StringBuilder(title.Length);
        var upper = true;
        foreach (var c in title)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return name.ToString();
    }

    private static string Fingerprint(string ruleId, string? source) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(ruleId + "|" + source)).AsSpan(0, 8)).ToLowerInvariant();

    private static void WriteNullableDecimal(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
