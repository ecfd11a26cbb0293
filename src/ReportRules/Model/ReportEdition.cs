namespace ReportRules.Model;

/// <summary>
/// The form edition a report follows. The ids (<see cref="ReportEditions.ToId(ReportEdition)"/>) are part of the public contract.
/// </summary>
public enum ReportEdition
{
    /// <summary>The edition could not be determined.</summary>
    Unknown = 0,

    /// <summary><c>legacy2008</c>: free narrative under the 2007 条例, local statistics templates (reports 2008–2013, some later).</summary>
    Legacy2008 = 1,

    /// <summary><c>legacy2014</c>: the national 政府信息公开情况统计表 of 国办发〔2014〕32号 (reports 2014–2018).</summary>
    Legacy2014 = 2,

    /// <summary><c>gb2019</c>: the national format of 国办公开办函〔2019〕60号 (reports 2019–2020).</summary>
    Gb2019 = 3,

    /// <summary><c>gb2021</c>: the revised national format of 国办公开办函〔2021〕30号 (reports 2021 onward).</summary>
    Gb2021 = 4,
}
