using ReportRules.Model;

namespace ReportRules.Parsing.Tables;

/// <summary>
/// The one table of row labels: key tokens that identify each Table 2 and Table 3 row, tolerant of full/half-width
/// punctuation, Traditional characters (via <see cref="TextNormalizer"/>), spaces inside labels, numbering variants
/// ("1、" / "1." / "（一）"), truncation and the typos seen in published reports ("内容事务", "秘(密)", "行政止公开").
/// </summary>
internal static class RowLabels
{
    // Table 3: any token identifies the row. Order matters only for readability; a label matching two rows is ambiguous.
    private static readonly (RequestRow Row, string[] Tokens)[] RequestTokens =
    [
        (RequestRow.NewReceived, ["本年新收", "新收政府信息"]),
        (RequestRow.CarriedOver, ["上年结转"]),
        (RequestRow.Granted, ["予以公开"]),
        (RequestRow.PartlyGranted, ["部分公开"]),
        (RequestRow.DeniedStateSecret, ["国家秘", "属于国家"]),
        (RequestRow.DeniedLawProhibited, ["行政法规禁止", "法规禁止", "行政止公开", "其他法律行政"]),
        (RequestRow.DeniedSecurityStability, ["三安全", "一稳定", "危及"]),
        (RequestRow.DeniedThirdPartyRights, ["第三方"]),
        (RequestRow.DeniedInternalAffairs, ["内部事务", "内容事务", "三类内部"]),
        (RequestRow.DeniedProcessInfo, ["过程性"]),
        (RequestRow.DeniedEnforcementFile, ["执法案卷"]),
        (RequestRow.DeniedAdminQuery, ["行政查询", "查询事项"]),
        (RequestRow.UnableNotHeld, ["不掌握"]),
        (RequestRow.UnableNeedsCreation, ["另行制作", "没有现成"]),
        (RequestRow.UnableStillUnclear, ["仍不明确", "补正后申请"]),
        (RequestRow.NotProcessedPetition, ["信访", "举报投诉"]),
        (RequestRow.NotProcessedDuplicate, ["重复申请"]),
        (RequestRow.NotProcessedPublication, ["出版物"]),
        (RequestRow.NotProcessedMassRepeated, ["大量反复", "无正当理由大量"]),
        (RequestRow.NotProcessedConfirmOrReissue, ["确认或重新", "重新出具", "已获取信息"]),
        (RequestRow.OtherNoCorrection, ["不补正"]),
        (RequestRow.OtherFeeUnpaid, ["收费通知", "缴纳费用"]),
        (RequestRow.Other, ["其他处理"]),
        (RequestRow.CarriedForward, ["结转下年", "结转下一年"]),
    ];

    private static readonly (string Row, string[] Tokens, string[] Not)[] ActiveTokens =
    [
        ("A20_1.NormDocs", ["规范性文件"], []),
        ("A20_1.Rules", ["规章"], ["规范性"]),
        ("A20_5.Licensing", ["行政许可"], []),
        ("A20_5.OtherServices", ["对外管理服务", "其他对外管理"], []),
        ("A20_6.Penalty", ["行政处罚"], []),
        ("A20_6.Coercion", ["行政强制"], []),
        ("A20_8.Fees", ["事业性收费"], []),
        ("A20_9.Procurement", ["集中采购", "政府采购"], []),
    ];

    /// <summary>Normalises a label for matching: full-width to half-width, Traditional to Simplified, no whitespace.</summary>
    /// <param name="label">The label as printed.</param>
    /// <returns>The key text.</returns>
    public static string Key(string label) => TextNormalizer.Compact(label);

    /// <summary>Matches a Table 3 row label.</summary>
    /// <param name="label">The label as printed.</param>
    /// <param name="ambiguous">Set when the label names two or more rows (e.g. detached labels run together).</param>
    /// <returns>The row, when exactly one row matches.</returns>
    public static RequestRow? MatchRequest(string label, out bool ambiguous)
    {
        ambiguous = false;
        var key = Key(label);
        if (key.Length == 0)
        {
            return null;
        }

        var found = new List<RequestRow>();
        foreach (var (row, tokens) in RequestTokens)
        {
            foreach (var token in tokens)
            {
                if (key.Contains(token, StringComparison.Ordinal))
                {
                    found.Add(row);
                    break;
                }
            }
        }

        var bare = StripNumbering(key);
        if (bare is "其他")
        {
            found.Add(RequestRow.OtherMisc);
        }

        if (bare is "总计" || key.Contains("(七)", StringComparison.Ordinal) || key.Contains("七、总计", StringComparison.Ordinal))
        {
            found.Add(RequestRow.ResultsTotal);
        }

        // A group heading printed with its first sub-row ("（六）其他处理 1.申请人无正当理由逾期不补正") names the sub-row.
        if (found.Count > 1 && found.Contains(RequestRow.Other))
        {
            found.Remove(RequestRow.Other);
        }

        // "（四）无 1.本机关不掌握…" and "…行政机关不再处理其政府信息公开申请" mention no second row; "部分公开" inside
        // the 予以公开 group heading does not occur, so any remaining pair is a genuine clash.
        if (found.Count == 1)
        {
            return found[0];
        }

        ambiguous = found.Count > 1;
        return null;
    }

    /// <summary>Matches a Table 2 row label.</summary>
    /// <param name="label">The label as printed.</param>
    /// <returns>The row id (e.g. <c>A20_1.Rules</c>), when exactly one row matches.</returns>
    public static string? MatchActive(string label)
    {
        var key = Key(label);
        string? match = null;
        foreach (var (row, tokens, not) in ActiveTokens)
        {
            if (tokens.Any(t => key.Contains(t, StringComparison.Ordinal)) && !not.Any(t => key.Contains(t, StringComparison.Ordinal)))
            {
                if (match is not null)
                {
                    return null;
                }

                match = row;
            }
        }

        return match;
    }

    private static readonly char[] TrailingPunctuation = ['.', '。', ':', ';'];

    /// <summary>Removes leading numbering ("3.", "3、", "（七）", "(7)") and trailing punctuation.</summary>
    /// <param name="key">A normalised label.</param>
    /// <returns>The bare label.</returns>
    public static string StripNumbering(string key)
    {
        var i = 0;
        while (i < key.Length && (char.IsAsciiDigit(key[i]) || key[i] is '.' or '、' or '(' or ')' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or ' '))
        {
            i++;
        }

        return key[i..].TrimEnd(TrailingPunctuation);
    }
}
