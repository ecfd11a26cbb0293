using System.CommandLine;
using System.CommandLine.Invocation;
using ReportRules.Cli.Commands;

namespace ReportRules.Cli;

/// <summary>Entry point: wires the commands of docs/cli.md and maps parse errors to exit code 64.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var host = CliHost.FromConsole();
        try
        {
            return Run(args, host);
        }
        finally
        {
            host.Out.Flush();
            host.Error.Flush();
        }
    }

    /// <summary>Runs the tool in-process: parses <paramref name="args"/>, runs the command, returns the exit code.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="host">The writers and console facts to use.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    internal static int Run(IReadOnlyList<string> args, CliHost host)
    {
        // A named root, not RootCommand: RootCommand takes its name from the entry assembly, so help said
        // "Usage: ReportRules.Cli"; the command a user types is the tool's command name.
        var root = new Command(ToolInfo.CommandName, "Checks the arithmetic of Chinese government information-disclosure annual reports (政府信息公开工作年度报告).")
        {
            CheckCommand.Create(host),
            ParseCommand.Create(host),
            RulesCommand.Create(host),
            CompareCommand.Create(host),
        };
        root.Options.Add(new System.CommandLine.Help.HelpOption());
        root.Options.Add(new VersionOption { Action = new VersionAction() });

        // No response files: a report named '@notes.txt' (a shell glob over a folder finds it) would otherwise have its
        // words read as options (--output anywhere, --fail-on never). '@x.md' is a file name like any other.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                host.Error.WriteLine("reportrules: " + Formatting.OutputSafety.Visible(error.Message));
            }

            host.Error.WriteLine("Run 'reportrules --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = host.Out, Error = host.Error, EnableDefaultExceptionHandler = false });
        }
        catch (OutputException ex)
        {
            // An output that cannot be written (a folder named like the file, no permission) is the caller's to fix,
            // like a bad option value: say which file and why, never a stack trace.
            host.Error.WriteLine("reportrules: " + Formatting.OutputSafety.Visible(ex.Message));
            return ExitCodes.Usage;
        }
    }

    // Prints the tool's own version (the default prints the entry assembly's, which is the test host in tests).
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(ToolInfo.Version);
            return ExitCodes.Success;
        }
    }
}
