namespace ReportRules.Model;

/// <summary>What a <see cref="NarrativeFact"/> states.</summary>
public enum NarrativeFactKind
{
    /// <summary>A count with its unit ("收到申请166件", "不予公开20件（1.68%）"), possibly with parts ("其中当面申请20件…").</summary>
    Count = 0,

    /// <summary>A statement that a quantity was zero ("未收到政府信息公开申请", "未发生行政复议、行政诉讼").</summary>
    None = 1,

    /// <summary>An unfilled placeholder where a number belongs ("XX件", "共主动公开条", "××").</summary>
    Placeholder = 2,

    /// <summary>A claim that every review or lawsuit was decided in the agency's favour ("均获维持", "零败诉").</summary>
    AllUpheldClaim = 3,
}
