using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using ReportRules.Model;

namespace ReportRules.Cli.Commands;

/// <summary>Options shared by several commands, and turning their values into library options.</summary>
internal static class CommonOptions
{
    public const string AutoEdition = "auto";

    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", allowed) + ".",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write the output to this file instead of standard output.",
    };

    public static Option<string> Edition()
    {
        var option = new Option<string>("--edition")
        {
            Description = "Read every input as this edition instead of detecting it.",
            DefaultValueFactory = _ => AutoEdition,
        };
        option.AcceptOnlyFromAmong([AutoEdition, .. ReportEditions.All.Select(e => e.ToId())]);
        return option;
    }

    public static Option<string> Language()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Language of messages: zh or en.",
            DefaultValueFactory = _ => "zh",
        };
        option.AcceptOnlyFromAmong("zh", "en");
        return option;
    }

    public static ReportEdition? ToEdition(string? id) =>
        id is null || id == AutoEdition ? null : ReportEditions.TryParse(id, out var edition) ? edition : null;

    /// <summary>Opens the output: the host's standard output, or a UTF-8 file (no BOM; CSV writes its own).</summary>
    /// <exception cref="OutputException">The file cannot be created or opened for writing.</exception>
    public static TextWriter OpenOutput(string? path, CliHost host)
    {
        if (path is null)
        {
            return host.Out;
        }

        try
        {
            return new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new OutputException($"cannot write '{path}': {ex.Message}", ex);
        }
    }

    /// <summary>Creates the <c>--output-dir</c> folder, turning a failure into an <see cref="OutputException"/>.</summary>
    public static void CreateOutputDirectory(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new OutputException($"--output-dir: cannot create '{path}': {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Adds a usage error for an argument that looks like an option (System.CommandLine passes unknown "-x" tokens
    /// to a command's arguments); <c>-</c> alone is standard input, and a file named "-x" can be given as "./-x".
    /// </summary>
    public static void RejectUnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        }
    }

    /// <summary>Adds a usage error when a file option names a place that cannot be written.</summary>
    public static void ValidateOutputPath(OptionResult result)
    {
        var path = result.GetValueOrDefault<string?>();
        if (path is null)
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            result.AddError($"--output: the directory '{directory}' does not exist.");
        }
        else if (Directory.Exists(path))
        {
            result.AddError($"--output: '{path}' is a directory.");
        }
    }
}

/// <summary>
/// An output file or folder cannot be written (a directory where the file should be, no permission, a read-only
/// disk). <see cref="Program.Run"/> prints its message and exits with the usage code instead of crashing.
/// </summary>
internal sealed class OutputException(string message, Exception inner) : Exception(message, inner);
