using System.Diagnostics;

namespace ReportRules.Cli.Tests.TestSupport;

/// <summary>Runs the built CLI in a child process: what the process locale, time zone and globalization mode change.</summary>
internal static class CliProcess
{
    public static CliRun Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ReportRules.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The environments the results must not depend on.</summary>
    public static IEnumerable<Dictionary<string, string>> Environments() =>
    [
        new() { ["LC_ALL"] = "tr_TR.UTF-8", ["LANG"] = "tr_TR.UTF-8", ["TZ"] = "Pacific/Chatham" },
        new() { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1", ["TZ"] = "UTC" },
    ];
}
