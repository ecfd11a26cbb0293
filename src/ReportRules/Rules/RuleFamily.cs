namespace ReportRules.Rules;

/// <summary>The family a rule belongs to.</summary>
public enum RuleFamily
{
    /// <summary>Table 2 二、主动公开.</summary>
    Table2 = 0,

    /// <summary>Table 3 三、收到和处理申请.</summary>
    Table3 = 1,

    /// <summary>Table 4 四、行政复议、行政诉讼.</summary>
    Table4 = 2,

    /// <summary>The legacy 政府信息公开情况统计表.</summary>
    Legacy = 3,

    /// <summary>Narrative vs table and within the narrative.</summary>
    Narrative = 4,

    /// <summary>Checks across reports (consecutive years of one agency).</summary>
    CrossReport = 5,

    /// <summary>Edition and metadata.</summary>
    Metadata = 6,

    /// <summary>Problems with the input itself, raised by the parser.</summary>
    Parse = 7,
}
