using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ReportRules.Cli.Tests.TestSupport;
using ReportRules.Findings;
using Xunit.Abstractions;

namespace ReportRules.Cli.Tests.Schema;

/// <summary>
/// docs/schema/check.schema.json and check-line.schema.json (draft 2020-12) against real output: every report of the
/// samples, tests/fixtures/corpus and tests/fixtures/real (when present), plus an unreadable input, in both languages
/// and with --cross, as JSON and as JSONL, validated by JsonSchema.Net.
/// </summary>
public sealed class OutputSchemaTests(ITestOutputHelper output)
{
    private static readonly Lazy<(JsonSchema Document, JsonSchema Line)> Schemas = new(Load);

    public static TheoryData<string> Languages => new() { "zh", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void WholeCorpus_JsonAndJsonl_ValidateAgainstTheSchema(string language)
    {
        using var temp = new TempDir();
        var unreadable = temp.Write("empty.txt", string.Empty);
        var dir = Path.Combine(temp.Path, "out");
        var inputs = CorpusInputs().Append(unreadable).ToList();
        var run = CliRunner.Run([
            "check", .. inputs, "--output-dir", dir, "--format", "json,jsonl", "--cross", "--lang", language, "--fail-on", "never",
        ], stdin: null);
        Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.Unreadable, run.Error);

        var documentText = File.ReadAllText(Path.Combine(dir, "reportrules.json"));
        using var document = JsonDocument.Parse(documentText);
        var reports = document.RootElement.GetProperty("reports").GetArrayLength();
        var findings = document.RootElement.GetProperty("reports").EnumerateArray().Sum(r => r.GetProperty("findings").GetArrayLength());
        AssertValid(Schemas.Value.Document, document.RootElement, "reportrules.json");

        var lines = File.ReadAllLines(Path.Combine(dir, "reportrules.jsonl"));
        for (var i = 0; i < lines.Length; i++)
        {
            using var line = JsonDocument.Parse(lines[i]);
            AssertValid(Schemas.Value.Line, line.RootElement, $"reportrules.jsonl line {i + 1}");
        }

        Assert.Equal(reports + 1, lines.Length); // one line per report, one cross line
        output.WriteLine($"{language}: {reports} reports ({reports - 1} from the corpus folders, 1 unreadable), {findings} findings, {lines.Length} JSONL lines: all valid against docs/schema (draft 2020-12).");
    }

    [Fact]
    public void Schema_RejectsAReportWithoutItsOutcome() =>
        Assert.False(IsValidAfter(node => node["reports"]![0]!.AsObject().Remove("outcome")));

    [Fact]
    public void Schema_RejectsACellWithAMachineKeyButNoLabel() =>
        Assert.False(IsValidAfter(node => node["reports"]![0]!["findings"]![0]!["cells"]![0]!.AsObject().Remove("label")));

    // The JSON of sample 001, changed by one edit, evaluated against the document schema.
    private static bool IsValidAfter(Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(CliRunner.Run("check", Repo.Sample("001"), "--format", "json").Out)!;
        edit(node);
        using var broken = JsonDocument.Parse(node.ToJsonString());
        return Schemas.Value.Document.Evaluate(broken.RootElement).IsValid;
    }

    [Fact]
    public void LineSchema_RejectsAReportLineWithoutSchemaVersionOrWithAnUnknownOutcome()
    {
        var run = CliRunner.Run("check", Repo.Sample("001"), "--format", "jsonl");
        var node = JsonNode.Parse(run.Out)!;
        using (var good = JsonDocument.Parse(node.ToJsonString()))
        {
            Assert.True(Schemas.Value.Line.Evaluate(good.RootElement).IsValid);
        }

        var withoutVersion = node.DeepClone().AsObject();
        withoutVersion.Remove("schemaVersion");
        using var broken = JsonDocument.Parse(withoutVersion.ToJsonString());
        Assert.False(Schemas.Value.Line.Evaluate(broken.RootElement).IsValid);

        node["outcome"] = "ok";
        using var unknown = JsonDocument.Parse(node.ToJsonString());
        Assert.False(Schemas.Value.Line.Evaluate(unknown.RootElement).IsValid);
    }

    [Fact]
    public void Schema_VersionIsTheOneTheToolWrites()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath("check.schema.json")));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(FindingsJson.SchemaVersion, schema.RootElement.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetString());
    }

    /// <summary>The folders of real reports in the repository: samples, the corpus fixtures and, when the corpus helper's folder exists, tests/fixtures/real.</summary>
    internal static IEnumerable<string> CorpusInputs()
    {
        yield return Repo.Samples;
        yield return Path.Combine(Repo.Root, "tests", "fixtures", "corpus");
        var real = Path.Combine(Repo.Root, "tests", "fixtures", "real");
        if (Directory.Exists(real))
        {
            yield return real;
        }
    }

    private static void AssertValid(JsonSchema schema, JsonElement instance, string what)
    {
        var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            var errors = (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .Take(10)
                .Select(d => $"{d.InstanceLocation} ({d.EvaluationPath}): {string.Join("; ", d.Errors!.Values)}");
            Assert.Fail($"{what} does not match the schema:\n{string.Join("\n", errors)}");
        }
    }

    private static string SchemaPath(string name) => Path.Combine(Repo.Root, "docs", "schema", name);

    private static (JsonSchema Document, JsonSchema Line) Load()
    {
        var registry = new SchemaRegistry();
        var options = new BuildOptions { SchemaRegistry = registry };
        var document = JsonSchema.FromText(File.ReadAllText(SchemaPath("check.schema.json")), options);
        registry.Register(document);
        var line = JsonSchema.FromText(File.ReadAllText(SchemaPath("check-line.schema.json")), options);
        return (document, line);
    }
}
