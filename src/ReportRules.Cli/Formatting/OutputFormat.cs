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

    /// <summary>Gets the file name a format is written to under <c>--output-dir</c>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The file name, e.g. <c>reportrules.csv</c>.</returns>
    public static string FileName(string format) => "reportrules." + (format == Text ? "txt" : format);

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
internal sealed record FormatterSettings(string Language, bool Color, bool Cross)
{
    /// <summary>Gets what the run was asked to do, for the formats that print it (HTML); <see langword="null"/> in unit tests.</summary>
    public RunInfo? Run { get; init; }
}

/// <summary>A run's metadata: when it ran, the options given and the inputs named on the command line.</summary>
/// <param name="StartedAt">When the run started (UTC).</param>
/// <param name="Options">The options as given, e.g. <c>--lang en --format html</c>.</param>
/// <param name="Inputs">The inputs as given on the command line.</param>
internal sealed record RunInfo(DateTimeOffset StartedAt, string Options, IReadOnlyList<string> Inputs);
