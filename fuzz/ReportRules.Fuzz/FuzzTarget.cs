using System.Security.Cryptography;
using System.Text;
using ReportRules.Documents;
using ReportRules.Findings;
using ReportRules.Parsing;

namespace ReportRules.Fuzz;

/// <summary>The reader a harness drives.</summary>
internal enum FuzzTargetKind
{
    /// <summary>The core alone: <see cref="ReportParser.Parse(Stream, string?, ReportParserOptions?)"/> then <see cref="ReportChecker.Check(ParseResult, ReportCheckerOptions?)"/>.</summary>
    Text,

    /// <summary><see cref="DocumentChecker"/> on inputs sniffed as HTML.</summary>
    Html,

    /// <summary><see cref="DocumentChecker"/> on zip packages (<c>PK\x03\x04</c>): Word documents and broken ones.</summary>
    Docx,

    /// <summary><see cref="DocumentChecker"/> on inputs starting with <c>%PDF-</c>.</summary>
    Pdf,

    /// <summary><see cref="DocumentChecker"/> on anything: the format is sniffed as for a user's file.</summary>
    All,
}

/// <summary>What one input came to. A documented result (findings, or an error naming the input) is not a crash.</summary>
/// <param name="Status"><c>checked</c>, <c>unreadable</c>, or <c>skipped</c> (another format than the target's).</param>
/// <param name="Digest">The rule ids and fingerprints of the findings and the error, hashed: equal inputs must give equal digests.</param>
/// <param name="CaughtException">The exception type an <c>unreadable</c> result names when a reader's last-resort catch
/// turned an exception into a <c>PARSE-1</c> ("could not be read (XException: …)"); counted, not a crash.</param>
/// <param name="Error">The error of an unreadable result.</param>
internal sealed record FuzzOutcome(string Status, string Digest, string? CaughtException, string? Error)
{
    public static FuzzOutcome Skipped { get; } = new("skipped", string.Empty, null, null);
}

/// <summary>A result outside the documented contract (no source, or an error that does not name the input): a crash.</summary>
internal sealed class FuzzContractException(string message) : Exception(message);

/// <summary>
/// One fuzz target: input bytes in, a documented result out. Any exception that escapes <see cref="Run"/> is a crash
/// for every engine (libFuzzer, AFL, replay); so is a result that breaks the contract (<see cref="FuzzContractException"/>).
/// </summary>
internal sealed class FuzzTarget(FuzzTargetKind kind, bool strict = false)
{
    /// <summary>The source name given to every input; an error must name it.</summary>
    public const string Source = "fuzz-input";

    public FuzzTargetKind Kind { get; } = kind;

    /// <summary>Whether an exception of ours that a reader's catch-all turned into a result counts as a crash (<see cref="MaskedBugs"/>).</summary>
    public bool Strict { get; } = strict;

    public static bool TryParse(string name, out FuzzTargetKind kind) =>
        Enum.TryParse(name, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(name, out _);

    /// <summary>Whether the target reads this input (the format gates of the html, docx and pdf targets).</summary>
    public bool Accepts(ReadOnlySpan<byte> data) => Kind switch
    {
        FuzzTargetKind.Html => DocumentParser.DetectKind(data) == DocumentKind.Html,
        FuzzTargetKind.Docx => data.StartsWith("PK\x03\x04"u8),
        FuzzTargetKind.Pdf => DocumentParser.DetectKind(data) == DocumentKind.Pdf,
        _ => true,
    };

    public FuzzOutcome Run(ReadOnlySpan<byte> data)
    {
        if (!Accepts(data))
        {
            return FuzzOutcome.Skipped;
        }

        if (!Strict)
        {
            return Check(data);
        }

        MaskedBugs.Install();
        MaskedBugs.Begin();
        FuzzOutcome outcome;
        try
        {
            outcome = Check(data);
        }
        catch
        {
            MaskedBugs.End(); // the escaping exception is the crash reported
            throw;
        }

        var masked = MaskedBugs.NamedIn(outcome.Error, MaskedBugs.End()).ToList();
        if (masked.Count > 0)
        {
            throw new FuzzContractException("an exception of the library was caught and turned into a result: " + string.Join("; ", masked));
        }

        return outcome;
    }

    private FuzzOutcome Check(ReadOnlySpan<byte> data)
    {
        var bytes = data.ToArray();
        CheckResult result;
        if (Kind == FuzzTargetKind.Text)
        {
            var parsed = ReportParser.Parse(new MemoryStream(bytes, writable: false), Source);
            if (parsed.Source != Source || (!parsed.Success && !Names(parsed.Error)))
            {
                throw new FuzzContractException($"ReportParser.Parse broke the contract: source '{parsed.Source}', error '{parsed.Error}'");
            }

            result = ReportChecker.Check(parsed);
        }
        else
        {
            result = DocumentChecker.Check(new MemoryStream(bytes, writable: false), Source);
        }

        if (result.Source != Source)
        {
            throw new FuzzContractException($"the result names '{result.Source}', not the input '{Source}'");
        }

        if (result.Status != CheckStatus.Checked && !Names(result.Error))
        {
            throw new FuzzContractException($"an unreadable result whose error does not name the input: '{result.Error}'");
        }

        return new FuzzOutcome(
            result.Status == CheckStatus.Checked ? "checked" : "unreadable",
            Digest(result),
            result.Status == CheckStatus.Checked ? null : CaughtType(result.Error),
            result.Error);
    }

    private static bool Names(string? error) => error is not null && error.Contains(Source, StringComparison.Ordinal);

    private static string Digest(CheckResult result)
    {
        var text = new StringBuilder();
        text.Append(result.Status).Append('\n').Append(result.Error).Append('\n');
        foreach (var finding in result.Findings)
        {
            text.Append(finding.RuleId).Append(' ').Append(finding.Fingerprint).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    // "…could not be read (NullReferenceException: …)": the exception a reader's catch-all turned into PARSE-1.
    private static string? CaughtType(string? error)
    {
        var end = error?.IndexOf("Exception:", StringComparison.Ordinal) ?? -1;
        if (end < 0)
        {
            return null;
        }

        var start = error!.LastIndexOf('(', end);
        return start < 0 ? null : error[(start + 1)..(end + "Exception".Length)];
    }
}
