namespace ReportRules.Findings;

/// <summary>How serious a finding is. Ordered: <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.</summary>
public enum FindingSeverity
{
    /// <summary>A note (blank cells treated as zero, columns inferred).</summary>
    Info = 0,

    /// <summary>A plausibility problem.</summary>
    Warning = 1,

    /// <summary>A form identity is violated.</summary>
    Error = 2,
}
