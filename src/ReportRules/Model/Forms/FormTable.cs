namespace ReportRules.Model.Forms;

/// <summary>The tables of the forms.</summary>
public enum FormTable
{
    /// <summary>Table 2 二、主动公开政府信息情况.</summary>
    Active = 2,

    /// <summary>Table 3 三、收到和处理政府信息公开申请情况.</summary>
    Requests = 3,

    /// <summary>Table 4 四、政府信息公开行政复议、行政诉讼情况.</summary>
    Review = 4,

    /// <summary>The legacy 政府信息公开情况统计表 (legacy2014).</summary>
    Legacy = 14,

    /// <summary>Numbers stated in the prose.</summary>
    Narrative = 99,
}
