using System.Reflection;

namespace ReportRules.Cli;

/// <summary>The tool's name, version and home, as reported in JSON and SARIF output and by <c>--version</c>.</summary>
internal static class ToolInfo
{
    public const string Name = "ReportRules";

    /// <summary>The command users type (ToolCommandName in the project file).</summary>
    public const string CommandName = "reportrules";

    public const string InformationUri = "https://www.nuget.org/packages/ReportRules.Cli";

    /// <summary>Gets the version without build metadata (the part before '+').</summary>
    public static string Version { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var assembly = typeof(ToolInfo).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
