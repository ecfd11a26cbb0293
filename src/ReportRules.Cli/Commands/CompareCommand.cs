using System.CommandLine;
using ReportRules.Cli.Formatting;
using ReportRules.Cli.Inputs;
using ReportRules.Parsing;
using ReportRules.Rules.CrossReport;

namespace ReportRules.Cli.Commands;

/// <summary>
/// <c>reportrules compare &lt;input&gt;...</c>: pair the reports into series per agency and print each series' key figures by
/// year with the change from the year before (text, JSON, CSV, or HTML with a small chart per series).
/// </summary>
internal static class CompareCommand
{
    public static readonly string[] Formats = [OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Html];

    public static Command Create(CliHost host)
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "Files, directories (searched recursively), globs, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(CommonOptions.RejectUnknownOptions);
        var format = CommonOptions.Format(OutputFormat.Text, Formats);
        var output = CommonOptions.Output();
        output.Validators.Add(CommonOptions.ValidateOutputPath);
        var edition = CommonOptions.Edition();
        var language = CommonOptions.Language();
        var agencyMap = CrossOptions.AgencyMapOption();
        var command = new Command("compare", "Print each agency's key figures by year, with the change from the year before.")
        {
            inputs, format, output, edition, language, agencyMap,
        };
        command.SetAction(parsed => Run(
            host,
            parsed.GetRequiredValue(inputs),
            parsed.GetRequiredValue(format),
            parsed.GetValue(output),
            CommonOptions.ToEdition(parsed.GetValue(edition)),
            parsed.GetRequiredValue(language),
            parsed.GetValue(agencyMap)));
        return command;
    }

    private static int Run(CliHost host, string[] arguments, string format, string? outputPath, Model.ReportEdition? edition, string language, string? agencyMap)
    {
        if (!CrossOptions.TryLoad(agencyMap, null, host, out var options))
        {
            return ExitCodes.Usage;
        }

        var parserOptions = ReportParserOptions.Default with { Edition = edition };
        var facts = new List<CrossReportFacts>();
        var unreadable = 0;
        foreach (var item in InputExpander.Expand(arguments))
        {
            var checkedInput = CheckCommand.CheckOne(item, parserOptions, ReportCheckerOptions.Default, host, keepFacts: true);
            if (checkedInput.Facts is { } kept)
            {
                facts.Add(kept);
            }
            else
            {
                unreadable++;
                host.Error.WriteLine($"reportrules: {checkedInput.Result.Error ?? item.Display}");
            }
        }

        var view = YearOverYear.Compare(facts, options);
        var writer = CommonOptions.OpenOutput(outputPath, host);
        try
        {
            CompareFormatter.Write(writer, format, view, language);
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

        return unreadable > 0 ? ExitCodes.Unreadable : ExitCodes.Success;
    }
}
