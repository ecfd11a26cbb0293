namespace ReportRules.Cli;

/// <summary>The exit codes of docs/cli.md: scripts depend on them, so they only ever gain members.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was read and no finding is at or above <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary>At least one finding is at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>At least one input could not be read or recognised at all (wins over <see cref="Findings"/>).</summary>
    public const int Unreadable = 2;

    /// <summary>Usage error: unknown option, missing input, bad option value (BSD sysexits EX_USAGE).</summary>
    public const int Usage = 64;
}
