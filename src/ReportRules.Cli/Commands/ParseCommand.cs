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
        var command = new Command("parse", "Print the parsed model of one report.") { input, format, output, edition, language };
        command.SetAction(parsed => Run(
            host,
            parsed.GetRequiredValue(input),
            parsed.GetValue(output),
            CommonOptions.ToEdition(parsed.GetValue(edition)),
            parsed.GetRequiredValue(language)));
        return command;
    }

    private static int Run(CliHost host, string argument, string? outputPath, Model.ReportEdition? edition, string language)
    {
        var items = InputExpander.Expand([argument]);
        if (items.Count != 1)
        {
            host.Error.WriteLine($"reportrules: parse reads one report, but '{argument}' names {items.Count} files; use 'check' for many.");
            return ExitCodes.Usage;
        }

        var item = items[0];
        var (report, diagnostics) = Load(item, ReportParserOptions.Default with { Edition = edition }, host);
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
