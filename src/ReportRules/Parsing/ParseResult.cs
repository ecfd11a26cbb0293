using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Parsing;

/// <summary>
/// The outcome of parsing one input: the report (or as much of it as could be read) and the parse diagnostics.
/// Parsing never throws on bad input; an input that could not be read at all has no report and an <see cref="Error"/>.
/// </summary>
public sealed class ParseResult
{
    internal ParseResult(string? source, AnnualReport? report, IReadOnlyList<Finding> diagnostics, string? error)
    {
        Source = source;
        Report = report;
        Diagnostics = diagnostics;
        Error = error;
    }

    /// <summary>Gets the source (path or name) that was parsed.</summary>
    public string? Source { get; }

    /// <summary>Gets the report, when anything could be read.</summary>
    public AnnualReport? Report { get; }

    /// <summary>Gets the parse diagnostics (<c>PARSE-n</c> findings), in input order.</summary>
    public IReadOnlyList<Finding> Diagnostics { get; }

    /// <summary>Gets what was wrong when the input could not be read or recognised at all; otherwise <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>Gets a value indicating whether a report was read.</summary>
    public bool Success => Report is not null;

    internal static ParseResult Unreadable(string? source, string error, IReadOnlyList<Finding> diagnostics) =>
        new(source, null, diagnostics, error);
}
