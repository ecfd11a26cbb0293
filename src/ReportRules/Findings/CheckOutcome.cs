namespace ReportRules.Findings;

/// <summary>
/// The one word an auditor reads first for each input: was it checked, and what came out. Every input of a run has
/// exactly one outcome, so a clean report cannot be mistaken for one that was never checked.
/// </summary>
public enum CheckOutcome
{
    /// <summary>Rules were evaluated and none raised an error or a warning (information notes may remain).</summary>
    Clean = 0,

    /// <summary>Rules were evaluated and at least one error or warning was raised.</summary>
    Findings = 1,

    /// <summary>The input was read but no rule could be evaluated (no table found, every operand absent or blank, no table cell holding a number).</summary>
    NotChecked = 2,

    /// <summary>The input could not be read at all; <see cref="CheckResult.Error"/> says why.</summary>
    Unreadable = 3,
}
