using Microsoft.Extensions.Logging;
using ReportRules.Model;

namespace ReportRules;

/// <summary>Options for <see cref="ReportChecker"/>.</summary>
public sealed record ReportCheckerOptions
{
    /// <summary>Gets the default options: every rule, edition detected, no logging.</summary>
    public static ReportCheckerOptions Default { get; } = new();

    /// <summary>Gets the rule ids to run; <see langword="null"/> or empty runs every rule.</summary>
    public IReadOnlyCollection<string>? IncludeRules { get; init; }

    /// <summary>Gets the rule ids not to run.</summary>
    public IReadOnlyCollection<string>? ExcludeRules { get; init; }

    /// <summary>Gets an edition to use instead of the detected one (parsing only).</summary>
    public ReportEdition? Edition { get; init; }

    /// <summary>Gets the logger; the library never writes to the console.</summary>
    public ILogger? Logger { get; init; }

    internal bool IsSelected(string ruleId) =>
        (IncludeRules is null || IncludeRules.Count == 0 || IncludeRules.Contains(ruleId, StringComparer.OrdinalIgnoreCase)) &&
        (ExcludeRules is null || !ExcludeRules.Contains(ruleId, StringComparer.OrdinalIgnoreCase));
}
