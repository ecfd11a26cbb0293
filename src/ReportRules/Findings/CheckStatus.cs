namespace ReportRules.Findings;

/// <summary>Whether an input could be checked.</summary>
public enum CheckStatus
{
    /// <summary>The input was read and the rules ran.</summary>
    Checked = 0,

    /// <summary>The input could not be read or recognised at all; <see cref="CheckResult.Error"/> says why.</summary>
    Unreadable = 1,
}
