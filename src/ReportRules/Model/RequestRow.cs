namespace ReportRules.Model;

/// <summary>The data rows of Table 3, in printed order. Rows of one edition only are noted.</summary>
public enum RequestRow
{
    /// <summary>一、本年新收政府信息公开申请数量.</summary>
    NewReceived = 0,

    /// <summary>二、上年结转政府信息公开申请数量.</summary>
    CarriedOver,

    /// <summary>（一）予以公开.</summary>
    Granted,

    /// <summary>（二）部分公开.</summary>
    PartlyGranted,

    /// <summary>（三）不予公开 1.属于国家秘密.</summary>
    DeniedStateSecret,

    /// <summary>（三）不予公开 2.其他法律行政法规禁止公开.</summary>
    DeniedLawProhibited,

    /// <summary>（三）不予公开 3.危及“三安全一稳定”.</summary>
    DeniedSecurityStability,

    /// <summary>（三）不予公开 4.保护第三方合法权益.</summary>
    DeniedThirdPartyRights,

    /// <summary>（三）不予公开 5.属于三类内部事务信息.</summary>
    DeniedInternalAffairs,

    /// <summary>（三）不予公开 6.属于四类过程性信息.</summary>
    DeniedProcessInfo,

    /// <summary>（三）不予公开 7.属于行政执法案卷.</summary>
    DeniedEnforcementFile,

    /// <summary>（三）不予公开 8.属于行政查询事项.</summary>
    DeniedAdminQuery,

    /// <summary>（四）无法提供 1.本机关不掌握相关政府信息.</summary>
    UnableNotHeld,

    /// <summary>（四）无法提供 2.没有现成信息需要另行制作.</summary>
    UnableNeedsCreation,

    /// <summary>（四）无法提供 3.补正后申请内容仍不明确.</summary>
    UnableStillUnclear,

    /// <summary>（五）不予处理 1.信访举报投诉类申请.</summary>
    NotProcessedPetition,

    /// <summary>（五）不予处理 2.重复申请.</summary>
    NotProcessedDuplicate,

    /// <summary>（五）不予处理 3.要求提供公开出版物.</summary>
    NotProcessedPublication,

    /// <summary>（五）不予处理 4.无正当理由大量反复申请.</summary>
    NotProcessedMassRepeated,

    /// <summary>（五）不予处理 5.要求行政机关确认或重新出具已获取信息.</summary>
    NotProcessedConfirmOrReissue,

    /// <summary>（六）其他处理 — the single row of gb2019 (also used when a gb2021 report prints one row).</summary>
    Other,

    /// <summary>（六）其他处理 1.申请人无正当理由逾期不补正 (gb2021).</summary>
    OtherNoCorrection,

    /// <summary>（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用 (gb2021).</summary>
    OtherFeeUnpaid,

    /// <summary>（六）其他处理 3.其他 (gb2021).</summary>
    OtherMisc,

    /// <summary>（七）总计.</summary>
    ResultsTotal,

    /// <summary>四、结转下年度继续办理.</summary>
    CarriedForward,
}
