namespace ReportRules.Model;

/// <summary>The three groups of Table 4 (行政复议、行政诉讼).</summary>
public enum CaseGroup
{
    /// <summary><c>Review</c> 行政复议.</summary>
    Review = 0,

    /// <summary><c>Lit.Direct</c> 行政诉讼 · 未经复议直接起诉.</summary>
    LitigationDirect = 1,

    /// <summary><c>Lit.AfterReview</c> 行政诉讼 · 复议后起诉.</summary>
    LitigationAfterReview = 2,
}
