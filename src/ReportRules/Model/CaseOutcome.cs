namespace ReportRules.Model;

/// <summary>The five columns of each Table 4 group.</summary>
public enum CaseOutcome
{
    /// <summary>结果维持.</summary>
    Maintained = 0,

    /// <summary>结果纠正.</summary>
    Corrected = 1,

    /// <summary>其他结果.</summary>
    Other = 2,

    /// <summary>尚未审结.</summary>
    Pending = 3,

    /// <summary>总计.</summary>
    Total = 4,
}
