using System.CommandLine;
using ReportRules.Cli.Formatting;
using ReportRules.Cli.Inputs;
using ReportRules.Findings;
using ReportRules.Parsing;
using ReportRules.Rules;
using ReportRules.Rules.CrossReport;

namespace ReportRules.Cli.Commands;

/// <summary><c>reportrules check &lt;input&gt;...</c>: parse and check many reports in parallel, stream the results in input order.</summary>
internal static class CheckCommand
{
    /// <summary>The most inputs checked at once: each holds a file in memory, and more threads than this only wait.</summary>
    internal const int MaxJobs = 256;

    /// <summary>The default of <c>--max-bytes-in-flight</c>: 512 MiB.</summary>
    internal const long DefaultMaxBytesInFlight = 512L * 1024 * 1024;

    private static readonly char[] ListSeparators = [',', ';'];

    public static Command Create(CliHost host)
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "Files, directories (searched recursively for .txt .md .html .htm .docx .pdf), globs, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(CommonOptions.RejectUnknownOptions);
        var format = FormatList();
        var output = CommonOptions.Output();
        output.Validators.Add(CommonOptions.ValidateOutputPath);
        var outputDir = new Option<string?>("--output-dir")
        {
            Description = "Write each --format to DIR/reportrules.<format> (created if missing), all from one run.",
        };
        var edition = CommonOptions.Edition();
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding is at or above this severity: error, warning, info or never.",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "never");
        var language = CommonOptions.Language();
        var rules = RuleList("--rules", "Run only these rule ids (comma-separated).");
        var excludeRules = RuleList("--exclude-rules", "Do not run these rule ids (comma-separated).");
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "How many inputs to check in parallel (default: the number of cores).",
            DefaultValueFactory = _ => Math.Max(1, host.ProcessorCount),
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > MaxJobs)
            {
                result.AddError($"--jobs must be between 1 and {MaxJobs}.");
            }
        });
        var maxBytes = new Option<long>("--max-bytes-in-flight")
        {
            Description = "The most input bytes read at once across parallel jobs (default 512 MiB); a large file waits for others to finish.",
            DefaultValueFactory = _ => DefaultMaxBytesInFlight,
        };
        maxBytes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() < 1)
            {
                result.AddError("--max-bytes-in-flight must be at least 1.");
            }
        });
        var cross = new Option<bool>("--cross")
        {
            Description = "Also run the checks that need several reports (X-1 … X-6: one agency's years; P-AGG-1 with --aggregate-manifest).",
        };
        var agencyMap = CrossOptions.AgencyMapOption();
        var manifest = CrossOptions.ManifestOption();

        var command = new Command("check", "Check reports and print their findings.")
        {
            inputs, format, output, outputDir, edition, failOn, language, rules, excludeRules, jobs, cross, agencyMap, manifest, maxBytes,
        };
        command.Validators.Add(result =>
        {
            var formats = SplitList(result.GetValue(format) is { } f ? [f] : null);
            var dir = result.GetValue(outputDir);
            if (dir is not null && result.GetValue(output) is not null)
            {
                result.AddError("--output and --output-dir cannot be used together.");
            }
            else if (formats.Count > 1 && dir is null)
            {
                result.AddError("Several formats need --output-dir DIR (each is written to DIR/reportrules.<format>).");
            }
            else if (dir is not null && File.Exists(dir))
            {
                result.AddError($"--output-dir: '{dir}' is a file.");
            }
        });
        command.SetAction(parsed => Run(
            host,
            new CheckSettings(
                parsed.GetRequiredValue(inputs),
                [.. SplitList([parsed.GetRequiredValue(format)]).Distinct(StringComparer.Ordinal)],
                parsed.GetValue(output),
                CommonOptions.ToEdition(parsed.GetValue(edition)),
                ParseFailOn(parsed.GetRequiredValue(failOn)),
                parsed.GetRequiredValue(language),
                SplitList(parsed.GetValue(rules)),
                SplitList(parsed.GetValue(excludeRules)),
                parsed.GetValue(jobs),
                parsed.GetValue(cross) || parsed.GetValue(agencyMap) is not null || parsed.GetValue(manifest) is not null)
            {
                OutputDirectory = parsed.GetValue(outputDir),
                AgencyMapPath = parsed.GetValue(agencyMap),
                ManifestPath = parsed.GetValue(manifest),
                MaxBytesInFlight = parsed.GetValue(maxBytes),
            }));
        return command;
    }

    /// <summary>The bytes an input may occupy while read: its length up to the input limit (standard input: the limit).</summary>
    internal static long InputSize(InputItem item, long limit)
    {
        if (item.Problem is not null)
        {
            return 0;
        }

        if (item.Path is null)
        {
            return limit;
        }

        try
        {
            return Math.Min(new FileInfo(item.Path).Length, limit);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }

    internal static int Run(CliHost host, CheckSettings settings)
    {
        Rules.CrossReport.CrossReportOptions? crossOptions = null;
        if (settings.Cross && !CrossOptions.TryLoad(settings.AgencyMapPath, settings.ManifestPath, host, out crossOptions))
        {
            return ExitCodes.Usage;
        }

        var items = InputExpander.Expand(settings.Inputs);

        // The tool's own output, left in the scanned folder by the previous run, is not an input of this one.
        if (settings.OutputPath is not null)
        {
            var own = Path.GetFullPath(settings.OutputPath);
            items.RemoveAll(item => item.Path is not null && string.Equals(Path.GetFullPath(item.Path), own, StringComparison.Ordinal));
        }
        var parserOptions = ReportParserOptions.Default with { Edition = settings.Edition };
        var checkerOptions = ReportCheckerOptions.Default with
        {
            Edition = settings.Edition,
            IncludeRules = settings.IncludeRules.Count > 0 ? settings.IncludeRules : null,
            ExcludeRules = settings.ExcludeRules.Count > 0 ? settings.ExcludeRules : null,
        };

        var toFile = settings.OutputPath is not null || settings.OutputDirectory is not null;
        var color = settings.Formats is [OutputFormat.Text] && !toFile && host.IsOutputTerminal && !host.NoColor;
        if (settings.OutputDirectory is not null)
        {
            CommonOptions.CreateOutputDirectory(settings.OutputDirectory);
        }

        var writers = OpenWriters(settings, host);
        var writer = writers[0];
        var formatterSettings = new FormatterSettings(settings.Language, color, settings.Cross) { Run = new RunInfo(host.Clock(), settings.DescribeOptions(), settings.Inputs) };
        var summary = new RunSummary();
        var crossFacts = settings.Cross ? new List<CrossReportFacts>() : null;
        var progress = new ProgressBar(host.Error, items.Count, ProgressBar.ShouldShow(host, items.Count));

        // Reports printed to the terminal that shows the bar: erase the bar before each report and flush the report
        // before the bar is drawn again, else the bar and the report text end up on one line.
        var sharesScreen = !toFile && host.IsOutputTerminal;
        try
        {
            using var formatter = writers.Count == 1
                ? OutputFormat.Create(settings.Formats[0], writer, formatterSettings)
                : new FanOutFormatter([.. settings.Formats.Select((f, i) => OutputFormat.Create(f, writers[i], formatterSettings))]);
            formatter.Begin();
            OrderedPipeline.Run(
                items,
                settings.Jobs,
                item => CheckOne(item, parserOptions, checkerOptions, host, settings.Cross),
                checkedInput =>
                {
                    if (sharesScreen)
                    {
                        progress.Clear();
                    }

                    formatter.WriteReport(checkedInput.Result);
                    if (sharesScreen)
                    {
                        writer.Flush();
                    }

                    summary.Add(checkedInput.Result);
                    if (checkedInput.Facts is not null)
                    {
                        crossFacts!.Add(checkedInput.Facts);
                    }

                    progress.Advance();
                },
                item => InputSize(item, parserOptions.MaxInputBytes),
                settings.MaxBytesInFlight);
            progress.Clear();
            if (crossFacts is not null)
            {
                var crossResult = CrossReportChecker.Run(crossFacts, crossOptions! with { Checker = checkerOptions });
                formatter.WriteCross(crossResult);
                summary.AddFindings(crossResult.Findings);
            }

            formatter.End(summary);
        }
        finally
        {
            if (toFile)
            {
                foreach (var file in writers)
                {
                    file.Dispose();
                }
            }
            else
            {
                writer.Flush();
            }
        }

        return summary.ExitCode(settings.FailOn);
    }

    /// <summary>
    /// Opens one writer per output: one per format under <c>--output-dir</c>, else the <c>--output</c> file or standard
    /// output. If a later file cannot be opened, the ones already opened are closed before the error goes up.
    /// </summary>
    private static List<TextWriter> OpenWriters(CheckSettings settings, CliHost host)
    {
        if (settings.OutputDirectory is not { } dir)
        {
            return [CommonOptions.OpenOutput(settings.OutputPath, host)];
        }

        var writers = new List<TextWriter>(settings.Formats.Count);
        try
        {
            foreach (var format in settings.Formats)
            {
                writers.Add(CommonOptions.OpenOutput(Path.Combine(dir, OutputFormat.FileName(format)), host));
            }

            return writers;
        }
        catch
        {
            foreach (var opened in writers)
            {
                opened.Dispose();
            }

            throw;
        }
    }

    /// <summary>Reads and checks one input. Never throws: any failure is that input's unreadable result naming the file.</summary>
    internal static CheckedInput CheckOne(InputItem item, ReportParserOptions parserOptions, ReportCheckerOptions checkerOptions, CliHost host, bool keepFacts)
    {
        if (item.Problem is not null)
        {
            return new CheckedInput(CheckResult.Unreadable(item.Display, item.Problem), null);
        }

        try
        {
            var parsed = InputLoader.Load(item, parserOptions, host);
            var result = ReportChecker.Check(parsed, checkerOptions);
            var facts = keepFacts && result.Report is not null ? CrossReportFacts.From(result.Report) : null;
            return new CheckedInput(result, facts);
        }
#pragma warning disable CA1031 // Per-input safety: one bad input must never stop the batch.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new CheckedInput(CheckResult.Unreadable(item.Display, $"{item.Display}: {ex.GetType().Name}: {ex.Message}"), null);
        }
    }

    // --format takes one format, or several comma-separated ones with --output-dir.
    private static Option<string> FormatList()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", OutputFormat.All) + "; several, comma-separated, with --output-dir.",
            DefaultValueFactory = _ => OutputFormat.Text,
            HelpName = string.Join("|", OutputFormat.All),
        };
        option.Validators.Add(result =>
        {
            foreach (var name in SplitList([result.GetValueOrDefault<string>() ?? string.Empty]))
            {
                if (!OutputFormat.All.Contains(name))
                {
                    result.AddError($"--format: unknown format '{name}' (use {string.Join(", ", OutputFormat.All)}).");
                }
            }
        });
        return option;
    }

    private static Option<string[]> RuleList(string name, string description)
    {
        var option = new Option<string[]>(name)
        {
            Description = description,
            AllowMultipleArgumentsPerToken = false,
        };
        option.Validators.Add(result =>
        {
            foreach (var id in SplitList(result.GetValueOrDefault<string[]>()))
            {
                if (RuleCatalog.Find(id) is null && !RuleCatalog.All.Any(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase)))
                {
                    result.AddError($"{name}: unknown rule id '{id}' (see 'reportrules rules').");
                }
            }
        });
        return option;
    }

    private static List<string> SplitList(string[]? values) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static FindingSeverity? ParseFailOn(string value) => value switch
    {
        "warning" => FindingSeverity.Warning,
        "info" => FindingSeverity.Info,
        "never" => null,
        _ => FindingSeverity.Error,
    };
}

/// <summary>The values of the <c>check</c> options.</summary>
internal sealed record CheckSettings(
    IReadOnlyList<string> Inputs,
    IReadOnlyList<string> Formats,
    string? OutputPath,
    Model.ReportEdition? Edition,
    FindingSeverity? FailOn,
    string Language,
    IReadOnlyList<string> IncludeRules,
    IReadOnlyList<string> ExcludeRules,
    int Jobs,
    bool Cross)
{
    /// <summary>Gets the directory that receives one file per format, when <c>--output-dir</c> is given.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Describes the options that shape the findings, as printed in the HTML run metadata.</summary>
    /// <returns>E.g. <c>--lang en --edition auto --fail-on error</c>.</returns>
    public string DescribeOptions()
    {
        var parts = new List<string> { "--format " + string.Join(",", Formats), "--lang " + Language, "--edition " + (Edition is { } e ? Model.ReportEditions.ToId(e) : CommonOptions.AutoEdition) };
        parts.Add("--fail-on " + (FailOn is { } f ? FindingsJson.SeverityId(f) : "never"));
        if (IncludeRules.Count > 0)
        {
            parts.Add("--rules " + string.Join(",", IncludeRules));
        }

        if (ExcludeRules.Count > 0)
        {
            parts.Add("--exclude-rules " + string.Join(",", ExcludeRules));
        }

        if (Cross)
        {
            parts.Add("--cross");
        }

        if (AgencyMapPath is not null)
        {
            parts.Add("--agency-map " + AgencyMapPath);
        }

        if (ManifestPath is not null)
        {
            parts.Add("--manifest " + ManifestPath);
        }

        return string.Join(" ", parts);
    }

    /// <summary>Gets the CSV of renamed agencies (name as printed, canonical name), when given.</summary>
    public string? AgencyMapPath { get; init; }

    /// <summary>Gets the CSV of aggregates (parent agency, child agency, year), when given.</summary>
    public string? ManifestPath { get; init; }

    /// <summary>Gets the most input bytes read at once across the parallel jobs (<c>--max-bytes-in-flight</c>).</summary>
    public long MaxBytesInFlight { get; init; } = CheckCommand.DefaultMaxBytesInFlight;
}

/// <summary>One input's result, plus the few numbers the cross-report checks keep.</summary>
internal sealed record CheckedInput(CheckResult Result, CrossReportFacts? Facts);
