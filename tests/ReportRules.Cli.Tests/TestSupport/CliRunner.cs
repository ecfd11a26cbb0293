using System.Text;
using ReportRules.Cli;

namespace ReportRules.Cli.Tests.TestSupport;

/// <summary>Runs the tool in-process through <c>Program.Run</c> with captured writers.</summary>
internal static class CliRunner
{
    public static CliRun Run(params string[] args) => Run(args, stdin: null);

    public static CliRun Run(string[] args, byte[]? stdin, bool errorIsTerminal = false) => Run(args, stdin, new StringWriter(), new StringWriter(), errorIsTerminal, outputIsTerminal: false);

    /// <summary>Runs with both streams on one terminal: what a person sees when nothing is redirected.</summary>
    public static string RunOnTerminal(params string[] args)
    {
        var screen = new StringWriter();
        Run(args, null, screen, screen, errorIsTerminal: true, outputIsTerminal: true);
        return screen.ToString();
    }

    private static CliRun Run(string[] args, byte[]? stdin, StringWriter output, StringWriter error, bool errorIsTerminal, bool outputIsTerminal)
    {
        var host = new CliHost
        {
            Out = output,
            Error = error,
            OpenStandardInput = () => new MemoryStream(stdin ?? []),
            IsOutputTerminal = outputIsTerminal,
            IsErrorTerminal = errorIsTerminal,
            NoColor = true,
            ProcessorCount = 4,
        };
        var code = Program.Run(args, host);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

internal sealed record CliRun(int ExitCode, string Out, string Error);

/// <summary>Paths in the repository (samples/, docs/) found from the test binaries.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Sample(string prefix) => Directory.GetFiles(Samples, prefix + "*.txt").Single();

    public static string Corpus(string name) => Path.Combine(Root, "tests", "fixtures", "corpus", name);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReportRules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ReportRules.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary directory, deleted afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rr-cli-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A copy of sample 001 (株洲市芦淞区 2019, gb2019) with every 2019 changed to 2023: P-ED-1 (an error) fires.</summary>
    public string WriteEditionYearMismatch(string name = "mismatch.txt") =>
        Write(name, File.ReadAllText(Repo.Sample("001")).Replace("2019", "2023", StringComparison.Ordinal));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
