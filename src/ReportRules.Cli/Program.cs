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
        var root = new RootCommand("Checks the arithmetic of Chinese government information-disclosure annual reports (政府信息公开工作年度报告).")
        {
            CheckCommand.Create(host),
            ParseCommand.Create(host),
            RulesCommand.Create(host),
            CompareCommand.Create(host),
        };
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction();
        }

        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                host.Error.WriteLine("reportrules: " + error.Message);
            }

            host.Error.WriteLine("Run 'reportrules --help' for usage.");
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = host.Out, Error = host.Error, EnableDefaultExceptionHandler = false });
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
