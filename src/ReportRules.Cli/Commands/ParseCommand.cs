using System.CommandLine;
using ReportRules.Cli.Inputs;
using ReportRules.Findings;
using ReportRules.Parsing;
using ReportRules.Rules;

namespace ReportRules.Cli.Commands;

/// <summary><c>reportrules parse &lt;input&gt;</c>: print the parsed model (every cell with kind, value, raw text, location) as JSON.</summary>
internal static class ParseCommand
{
    public static Command Create(CliHost host)
    {
        var input = new Argument<string>("input") { Description = "One report: a file, or - for standard input." };
        input.Validators.Add(CommonOptions.RejectUnknownOptions);
        var format = CommonOptions.Format("json", "json");
        var output = CommonOptions.Output();
        output.Validators.Add(CommonOptions.ValidateOutputPath);
        var edition = CommonOptions.Edition();
        var language = CommonOptions.Language();
        var debugLayout = new Option<string?>("--debug-layout")
        {
            Description = "Also draw what the layout detected (PDF: table regions, columns, rows, group labels, skipped page furniture; text: which line became which cells, which lines were skipped) to this .svg or .html file.",
        };
        debugLayout.Validators.Add(ValidateDebugLayout);
        var command = new Command("parse", "Print the parsed model of one report.") { input, format, output, edition, language, debugLayout };
        command.SetAction(parsed => Run(
            host,
            parsed.GetRequiredValue(input),
            parsed.GetValue(output),
            CommonOptions.ToEdition(parsed.GetValue(edition)),
            parsed.GetRequiredValue(language),
            parsed.GetValue(debugLayout)));
        return command;
    }

    private static void ValidateDebugLayout(System.CommandLine.Parsing.OptionResult result)
    {
        var path = result.GetValueOrDefault<string?>();
        if (path is null)
        {
            return;
        }

        if (!DebugLayout.IsSupported(path))
        {
            result.AddError($"--debug-layout: '{path}' must end in .svg or .html.");
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            result.AddError($"--debug-layout: the directory '{directory}' does not exist.");
        }
        else if (Directory.Exists(path))
        {
            result.AddError($"--debug-layout: '{path}' is a directory.");
        }
    }

    private static int Run(CliHost host, string argument, string? outputPath, Model.ReportEdition? edition, string language, string? debugLayout)
    {
        var items = InputExpander.Expand([argument]);
        if (items.Count != 1)
        {
            host.Error.WriteLine($"reportrules: parse reads one report, but '{argument}' names {items.Count} files; use 'check' for many.");
            return ExitCodes.Usage;
        }

        var item = items[0];
        var options = ReportParserOptions.Default with { Edition = edition };
        if (debugLayout is not null && item.Problem is null)
        {
            // The picture needs the bytes twice (a traced read, then the ordinary one): standard input is read once into memory.
            var bytes = ReadAll(item, host, options.MaxInputBytes, out var unread);
            if ((unread ?? DebugLayout.Write(bytes, item.Display, options, debugLayout)) is { } problem)
            {
                host.Error.WriteLine($"reportrules: {problem}");
                return ExitCodes.Usage;
            }

            if (item.IsStandardInput)
            {
                var result = Documents.DocumentParser.Parse(new MemoryStream(bytes), InputItem.StandardInputName, new Documents.DocumentParserOptions { Parser = options });
                return Print(host, outputPath, language, item, result.Report, result.Diagnostics);
            }
        }

        var (report, diagnostics) = Load(item, options, host);
        return Print(host, outputPath, language, item, report, diagnostics);
    }

    private static byte[] ReadAll(InputItem item, CliHost host, long limit, out string? problem)
    {
        problem = null;
        try
        {
            using var stream = item.IsStandardInput ? host.OpenStandardInput() : File.OpenRead(item.Path!);
            if (ReportParser.TryReadAll(stream, limit, out var bytes))
            {
                return bytes;
            }

            problem = $"--debug-layout: '{item.Display}' is larger than the limit of {limit} bytes";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problem = $"--debug-layout: cannot read '{item.Display}': {ex.Message}";
        }

        return [];
    }

    private static int Print(CliHost host, string? outputPath, string language, InputItem item, Model.AnnualReport? report, IReadOnlyList<Finding> diagnostics)
    {
        var writer = CommonOptions.OpenOutput(outputPath, host);
        try
        {
            using var json = new Formatting.JsonChunkWriter(writer, indented: true);
            FindingsJson.WriteModel(json.Json, report, item.Display, diagnostics, language);
            json.Flush();
            writer.WriteLine();
        }
        finally
        {
            if (outputPath is null)
            {
                writer.Flush();
            }
            else
            {
                writer.Dispose();
            }
        }

        return report is null ? ExitCodes.Unreadable : ExitCodes.Success;
    }

    private static (Model.AnnualReport? Report, IReadOnlyList<Finding> Diagnostics) Load(InputItem item, ReportParserOptions options, CliHost host)
    {
        if (item.Problem is not null)
        {
            return (null, [Unreadable(item.Problem)]);
        }

        try
        {
            var parsed = InputLoader.Load(item, options, host);
            return (parsed.Report, parsed.Diagnostics);
        }
#pragma warning disable CA1031 // An input that breaks the reader is reported as unreadable, never a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, [Unreadable($"{item.Display}: {ex.GetType().Name}: {ex.Message}")]);
        }
    }

    private static Finding Unreadable(string reason) =>
        new(RuleIds.Parse1, FindingSeverity.Error, "Parse", new Dictionary<string, string> { ["detailEn"] = reason, ["detailZh"] = reason }, []);
}
