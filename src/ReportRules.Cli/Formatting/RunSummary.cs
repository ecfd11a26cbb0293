using ReportRules.Findings;

namespace ReportRules.Cli.Formatting;

/// <summary>The counts of a run, as in the JSON <c>summary</c> object; also decides the exit code.</summary>
internal sealed class RunSummary
{
    public int Reports { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Infos { get; private set; }

    public int Unreadable { get; private set; }

    /// <summary>Gets how many reports were checked with no error or warning.</summary>
    public int Clean { get; private set; }

    /// <summary>Gets how many reports were checked and have an error or a warning.</summary>
    public int WithFindings { get; private set; }

    /// <summary>Gets how many reports were read but had no rule that could be evaluated.</summary>
    public int NotChecked { get; private set; }

    public void Add(CheckResult result)
    {
        Reports++;
        switch (result.Outcome)
        {
            case CheckOutcome.Clean:
                Clean++;
                break;
            case CheckOutcome.Findings:
                WithFindings++;
                break;
            case CheckOutcome.NotChecked:
                NotChecked++;
                break;
        }

        if (result.Status == CheckStatus.Unreadable)
        {
            Unreadable++;
            return;
        }

        AddFindings(result.Findings);
    }

    public void AddFindings(IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            switch (finding.Severity)
            {
                case FindingSeverity.Error:
                    Errors++;
                    break;
                case FindingSeverity.Warning:
                    Warnings++;
                    break;
                default:
                    Infos++;
                    break;
            }
        }
    }

    /// <summary>Gets the exit code: 2 when an input was unreadable, else 1 when a finding is at or above the threshold, else 0.</summary>
    /// <param name="failOn">The lowest failing severity; <see langword="null"/> for <c>never</c>.</param>
    public int ExitCode(FindingSeverity? failOn)
    {
        if (Unreadable > 0)
        {
            return ExitCodes.Unreadable;
        }

        var failing = failOn switch
        {
            FindingSeverity.Error => Errors,
            FindingSeverity.Warning => Errors + Warnings,
            FindingSeverity.Info => Errors + Warnings + Infos,
            _ => 0,
        };
        return failing > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
