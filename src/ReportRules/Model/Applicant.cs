namespace ReportRules.Model;

/// <summary>The applicant columns of Table 3 (三、收到和处理政府信息公开申请情况).</summary>
public enum Applicant
{
    /// <summary><c>NP</c> 自然人 — natural persons.</summary>
    NaturalPerson = 0,

    /// <summary><c>COM</c> 商业企业 — commercial enterprises.</summary>
    Commercial = 1,

    /// <summary><c>RES</c> 科研机构 — research institutions.</summary>
    Research = 2,

    /// <summary><c>NGO</c> 社会公益组织 — social welfare organisations.</summary>
    Ngo = 3,

    /// <summary><c>LAW</c> 法律服务机构 — legal service agencies.</summary>
    LegalService = 4,

    /// <summary><c>ORG</c> 其他 — other legal persons or organisations.</summary>
    OtherOrganisation = 5,

    /// <summary><c>TOT</c> 总计 — total.</summary>
    Total = 6,

    /// <summary><c>LEG</c> 法人或其他组织小计 — a subtotal column some reports print; not part of the national form.</summary>
    LegalPersonSubtotal = 7,
}
