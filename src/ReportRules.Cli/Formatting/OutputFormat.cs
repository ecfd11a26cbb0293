namespace ReportRules.Cli.Formatting;

/// <summary>The <c>check --format</c> values and their formatters.</summary>
internal static class OutputFormat
{
    public const string Text = "text";
    public const string Json = "json";
    public const string JsonLines = "jsonl";
    public const string Csv = "csv";
    public const string Sarif = "sarif";
    public const string Html = "html";

    public static IReadOnlyList<string> All { get; } = [Text, Json, JsonLines, Csv, Sarif, Html];

    public static IReportFormatter Create(string format, TextWriter output, FormatterSettings settings) => format switch
    {
        Json => new JsonFormatter(output, settings, lines: false),
        JsonLines => new JsonFormatter(output, settings, lines: true),
        Csv => new CsvFormatter(output, settings),
        Sarif => new SarifFormatter(output, settings),
        Html => new HtmlFormatter(output, settings),
        _ => new TextFormatter(output, settings),
    };
}

/// <summary>What every formatter needs to know about the run.</summary>
/// <param name="Language"><c>zh</c> or <c>en</c>.</param>
/// <param name="Color">Whether ANSI colours may be written (text only).</param>
/// <param name="Cross">Whether cross-report checks run.</param>
internal sealed record FormatterSettings(string Language, bool Color, bool Cross);
