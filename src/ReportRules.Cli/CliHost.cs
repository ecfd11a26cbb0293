using System.Text;

namespace ReportRules.Cli;

/// <summary>
/// Everything the commands may touch outside their arguments: the writers, standard input, whether the standard
/// streams are terminals, NO_COLOR and the core count. The tool writes only through these, so tests run it in-process.
/// </summary>
internal sealed class CliHost
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    public Func<Stream> OpenStandardInput { get; init; } = () => Stream.Null;

    /// <summary>Gets a value indicating whether standard output is a terminal (colour allowed).</summary>
    public bool IsOutputTerminal { get; init; }

    /// <summary>Gets a value indicating whether standard error is a terminal (progress bar allowed).</summary>
    public bool IsErrorTerminal { get; init; }

    /// <summary>Gets a value indicating whether the NO_COLOR environment variable is set (https://no-color.org).</summary>
    public bool NoColor { get; init; }

    public int ProcessorCount { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets the clock that dates a run (HTML metadata); tests and the docs examples fix it.</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>Creates the host of a real process: the console streams as UTF-8.</summary>
    public static CliHost FromConsole()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Console.OutputEncoding = utf8;
        var output = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        return new CliHost
        {
            Out = output,
            Error = error,
            OpenStandardInput = Console.OpenStandardInput,
            IsOutputTerminal = !Console.IsOutputRedirected,
            IsErrorTerminal = !Console.IsErrorRedirected,
            NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        };
    }
}
