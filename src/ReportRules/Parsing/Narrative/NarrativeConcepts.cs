using System.Collections.Frozen;
using ReportRules.Model;
using ReportRules.Model.Forms;

namespace ReportRules.Parsing.Narrative;

/// <summary>
/// The quantities the prose restates (format-spec §6.5 N-1), how a clause names them, and the cells that hold them
/// in each edition. Keywords are contiguous phrases so that "主动公开扶贫政策等政府信息9条" is not read as the
/// 主动公开政府信息数 total.
/// </summary>
internal static class NarrativeConcepts
{
    public const string Received = "Apply.Received";
    public const string Replied = "Apply.Replied";
    public const string Closed = "Apply.Closed";
    public const string OnTime = "Apply.Closed.OnTime";
    public const string Extended = "Apply.Closed.Extended";
    public const string CarriedOver = "Apply.CarriedOver";
    public const string CarriedForward = "Apply.CarriedForward";
    public const string ReviewTotal = "Review.Total";
    public const string LitTotal = "Lit.Total";
    public const string InfoCount = "Active.InfoCount";

    private static readonly string[] Gb2021Denied =
    [
        "StateSecret", "LawProhibited", "SecurityStability", "ThirdPartyRights", "InternalAffairs", "ProcessInfo", "EnforcementFile", "AdminQuery",
    ];

    // concept → (legacy2014 cells, gb2019/gb2021 cells); the fact restates the sum of the cells.
    private static readonly FrozenDictionary<string, (string[] Legacy, string[] National)> Cells = new Dictionary<string, (string[], string[])>
    {
        [Received] = (["L14.Apply.Received"], ["Requests.NewReceived.TOT"]),
        ["Apply.Received.InPerson"] = (["L14.Apply.Received.InPerson"], []),
        ["Apply.Received.Fax"] = (["L14.Apply.Received.Fax"], []),
        ["Apply.Received.Online"] = (["L14.Apply.Received.Online"], []),
        ["Apply.Received.Letter"] = (["L14.Apply.Received.Letter"], []),
        [Replied] = (["L14.Apply.Replied"], ["Requests.Results.Total.TOT"]),
        [Closed] = (["L14.Apply.Closed"], ["Requests.Results.Total.TOT"]),
        [OnTime] = (["L14.Apply.Closed.OnTime"], []),
        [Extended] = (["L14.Apply.Closed.Extended"], []),
        [CarriedOver] = ([], ["Requests.CarriedOver.TOT"]),
        [CarriedForward] = ([], ["Requests.CarriedForward.TOT"]),
        ["Apply.Replied.AlreadyPublic"] = (["L14.Apply.Replied.AlreadyPublic"], []),
        ["Apply.Replied.Granted"] = (["L14.Apply.Replied.Granted"], ["Requests.Results.Granted.TOT"]),
        ["Apply.Replied.PartlyGranted"] = (["L14.Apply.Replied.PartlyGranted"], ["Requests.Results.PartlyGranted.TOT"]),
        ["Apply.Replied.Denied"] = (["L14.Apply.Replied.Denied"], [.. Gb2021Denied.Select(d => $"Requests.Results.Denied.{d}.TOT")]),
        ["Apply.Replied.Unable"] = ([], [.. new[] { "NotHeld", "NeedsCreation", "StillUnclear" }.Select(u => $"Requests.Results.Unable.{u}.TOT")]),
        ["Apply.Replied.NotProcessed"] = ([], [.. new[] { "Petition", "Duplicate", "Publication", "MassRepeated", "ConfirmOrReissue" }.Select(u => $"Requests.Results.NotProcessed.{u}.TOT")]),
        ["Apply.Replied.NotThisAgency"] = (["L14.Apply.Replied.NotThisAgency"], []),
        ["Apply.Replied.NotExist"] = (["L14.Apply.Replied.NotExist"], []),
        ["Apply.Replied.AskAmend"] = (["L14.Apply.Replied.AskAmend"], []),
        ["Apply.Replied.OtherChannel"] = (["L14.Apply.Replied.OtherChannel"], []),
        [ReviewTotal] = (["L14.Review"], ["Review.Total"]),
        ["Review.Maintained"] = (["L14.Review.Maintained"], ["Review.Maintained"]),
        ["Review.Corrected"] = (["L14.Review.Corrected"], ["Review.Corrected"]),
        ["Review.Other"] = (["L14.Review.Other"], ["Review.Other"]),
        ["Review.Pending"] = ([], ["Review.Pending"]),
        [LitTotal] = (["L14.Lit"], ["Lit.Direct.Total", "Lit.AfterReview.Total"]),
        ["Lit.Maintained"] = (["L14.Lit.Maintained"], ["Lit.Direct.Maintained", "Lit.AfterReview.Maintained"]),
        ["Lit.Corrected"] = (["L14.Lit.Corrected"], ["Lit.Direct.Corrected", "Lit.AfterReview.Corrected"]),
        ["Lit.Other"] = (["L14.Lit.Other"], ["Lit.Direct.Other", "Lit.AfterReview.Other"]),
        ["Lit.Pending"] = ([], ["Lit.Direct.Pending", "Lit.AfterReview.Pending"]),
        [InfoCount] = (["L14.Active.InfoCount"], []),
        ["Active.NpcCppccResults"] = (["L14.Active.NpcCppccResults"], []),
        ["Active.Ch.Gazette"] = (["L14.Active.Ch.Gazette"], []),
        ["Active.Ch.Website"] = (["L14.Active.Ch.Website"], []),
        ["Active.Ch.Weibo"] = (["L14.Active.Ch.Weibo"], []),
        ["Active.Ch.WeChat"] = (["L14.Active.Ch.WeChat"], []),
        ["Active.Ch.Other"] = (["L14.Active.Ch.Other"], []),
        ["Resp.Hotspots"] = (["L14.Resp.Hotspots"], []),
        ["Resp.PressConf"] = (["L14.Resp.PressConf"], []),
        ["Resp.PressConf.Leader"] = (["L14.Resp.PressConf.Leader"], []),
        ["Resp.Interview"] = (["L14.Resp.Interview"], []),
        ["Resp.Interview.Leader"] = (["L14.Resp.Interview.Leader"], []),
        ["Resp.Interpretations"] = (["L14.Resp.Interpretations"], []),
        ["Resp.WeiboWeChat"] = (["L14.Resp.WeiboWeChat"], []),
        ["Resp.Other"] = (["L14.Resp.Other"], []),
        ["Org.Units"] = (["L14.Org.Units"], []),
        ["Org.ReadingPoints"] = (["L14.Org.ReadingPoints"], []),
        ["Org.Staff"] = (["L14.Org.Staff"], []),
        ["Org.Staff.FullTime"] = (["L14.Org.Staff.FullTime"], []),
        ["Org.Staff.PartTime"] = (["L14.Org.Staff.PartTime"], []),
        ["Train.Meetings"] = (["L14.Train.Meetings"], []),
        ["Train.Classes"] = (["L14.Train.Classes"], []),
        ["Train.Trainees"] = (["L14.Train.Trainees"], []),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Reviews whose decision was corrected (纠错/纠正): "未出现…被复议纠错的情况" states it is zero.</summary>
    public const string ReviewCorrected = "Review.Corrected";

    /// <summary>Lawsuits the agency lost or whose act was corrected (败诉/纠错): "未出现…诉讼败诉的情况" states it is zero.</summary>
    public const string LitCorrected = "Lit.Corrected";

    // Totals that end a 其中 list when a later clause restates them.
    private static readonly HashSet<string> TotalConcepts = new(StringComparer.Ordinal)
    {
        Received, Replied, Closed, CarriedOver, CarriedForward, ReviewTotal, LitTotal, InfoCount,
    };

    private static readonly (string Keyword, string Concept)[] ChannelKeywords =
    [
        ("当面", "Apply.Received.InPerson"), ("传真", "Apply.Received.Fax"), ("网络申请", "Apply.Received.Online"),
        ("网上申请", "Apply.Received.Online"), ("在线申请", "Apply.Received.Online"), ("网络", "Apply.Received.Online"),
        ("网上", "Apply.Received.Online"), ("信函", "Apply.Received.Letter"),
    ];

    private static readonly (string Keyword, string Concept)[] ActiveKeywords =
    [
        ("政府公报公开", "Active.Ch.Gazette"), ("政府网站公开", "Active.Ch.Website"), ("政务微博公开", "Active.Ch.Weibo"),
        ("政务微信公开", "Active.Ch.WeChat"), ("其他方式公开", "Active.Ch.Other"),
        ("主动公开政府信息", InfoCount), ("公开信息总数", InfoCount), ("公开政府信息总", InfoCount),
    ];

    private static readonly (string Keyword, string Concept)[] ResponseKeywords =
    [
        ("新闻发布会", "Resp.PressConf"), ("在线访谈", "Resp.Interview"), ("解读稿件", "Resp.Interpretations"),
        ("微博微信回应", "Resp.WeiboWeChat"), ("微博、微信回应", "Resp.WeiboWeChat"), ("微信回应", "Resp.WeiboWeChat"), ("其他方式回应", "Resp.Other"),
        ("回应公众关注热点", "Resp.Hotspots"), ("重大舆情", "Resp.Hotspots"),
        ("专门机构", "Org.Units"), ("查阅点", "Org.ReadingPoints"), ("专职", "Org.Staff.FullTime"), ("兼职", "Org.Staff.PartTime"),
        ("从事政府信息公开工作人员", "Org.Staff"), ("培训班", "Train.Classes"), ("接受培训", "Train.Trainees"),
        ("工作会议或专题会议", "Train.Meetings"),
    ];

    private static readonly string[] ReceiveVerbs = ["收到", "受理", "接收", "接到", "新收", "提出"];

    /// <summary>Gets the cells of an edition that hold a concept.</summary>
    public static IReadOnlyList<string> CellsFor(string? concept, ReportEdition edition)
    {
        if (concept is null || !Cells.TryGetValue(concept, out var cells))
        {
            return [];
        }

        return edition switch
        {
            ReportEdition.Legacy2014 => cells.Legacy,
            ReportEdition.Gb2019 or ReportEdition.Gb2021 => cells.National,
            _ => [],
        };
    }

    /// <summary>
    /// Gets whether a count in <paramref name="unit"/> can measure <paramref name="concept"/>: information published is
    /// counted in 条/篇/件/份/项, never in 个/人/家/场/期… (those count projects, people, firms, events).
    /// </summary>
    /// <param name="concept">The concept, or <see langword="null"/>.</param>
    /// <param name="unit">The count's unit.</param>
    /// <returns>Whether the binding is possible; any unit fits a concept not listed here.</returns>
    public static bool Measures(string? concept, string? unit) =>
        concept is null || !(concept == InfoCount || concept.StartsWith("Active.Ch.", StringComparison.Ordinal)) ||
        unit is "条" or "篇" or "件" or "份" or "项";

    public static bool IsTotal(string? concept) => concept is not null && TotalConcepts.Contains(concept);

    /// <summary>
    /// Gets whether the clause gives the count for a unit acting on behalf of another ("区政府办代表区政府受理…"): the
    /// subject is a part of the reporting body, not the body whose table the report prints.
    /// </summary>
    /// <param name="before">The compact clause text before the number.</param>
    /// <returns>Whether the count may cover only part of the table's scope.</returns>
    public static bool IsPartialScope(string before)
    {
        // "X代表Y受理": 代表 followed by the body acted for; not 人大代表 (deputies' proposals) nor 代表性.
        var at = before.IndexOf("代表", StringComparison.Ordinal);
        while (at >= 0)
        {
            var deputies = at >= 2 && before.AsSpan(at - 2, 2).SequenceEqual("人大");
            var rest = before[(at + 2)..];
            if (!deputies && (rest.StartsWith("区政府", StringComparison.Ordinal) || rest.StartsWith("市政府", StringComparison.Ordinal) ||
                rest.StartsWith("县政府", StringComparison.Ordinal) || rest.StartsWith("本机关", StringComparison.Ordinal) ||
                rest.StartsWith("政府", StringComparison.Ordinal) || rest.Contains("人民政府", StringComparison.Ordinal)))
            {
                return true;
            }

            at = before.IndexOf("代表", at + 2, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>Classifies a count by the words before it in its clause, then (for "166件申请已全部办结答复") the words after.</summary>
    /// <param name="before">The compact clause text before the number.</param>
    /// <param name="after">The compact clause text after the unit.</param>
    /// <param name="applications">Whether the sentence is about applications (mentions 申请 and not 事项), which outcome and reply words need.</param>
    /// <returns>The concept and whether the wording names it unambiguously.</returns>
    public static (string? Concept, bool Explicit) Classify(string before, string after, bool applications)
    {
        if (Has(before, "累计") || Has(before, "含上年") || Has(before, "共处理") || Has(before, "含结转"))
        {
            // 收到 + 上年结转 together (format-spec N-1 variant): not one cell.
            return (null, false);
        }

        if (Has(before, "上年结转") || Has(before, "上年度结转") || Has(before, "上一年度结转") || Has(before, "上一年结转"))
        {
            return (CarriedOver, true);
        }

        var around = before + "|" + after;
        if (Has(around, "结转下") || Has(around, "转下一年") || Has(around, "转入下") || Has(around, "结转至下") || Has(before, "顺延"))
        {
            return (CarriedForward, true);
        }

        var review = Has(before, "复议");
        var litigation = Has(before, "诉讼");
        if (review != litigation)
        {
            return (review ? ReviewTotal : LitTotal, true);
        }

        if (review)
        {
            return (null, false);
        }

        if (Has(before, "人大代表建议") || Has(before, "政协提案"))
        {
            return Has(before, "办理结果") ? ("Active.NpcCppccResults", true) : (null, false);
        }

        foreach (var (keyword, concept) in ActiveKeywords)
        {
            if (Has(before, keyword))
            {
                return (concept, true);
            }
        }

        if (Has(before, "主要负责"))
        {
            if (Has(before, "新闻发布会"))
            {
                return ("Resp.PressConf.Leader", false);
            }

            if (Has(before, "访谈"))
            {
                return ("Resp.Interview.Leader", false);
            }
        }

        foreach (var (keyword, concept) in ResponseKeywords)
        {
            if (Has(before, keyword))
            {
                return (concept, false);
            }
        }

        return ClassifyApplication(before, after, applications);
    }

    /// <summary>Classifies a part listed after 其中 relative to its total (维持 under 行政复议 is Review.Maintained).</summary>
    public static (string? Concept, bool Explicit) ClassifyPart(string? parent, string before, string after, bool applications)
    {
        switch (parent)
        {
            case Received:
                foreach (var (keyword, concept) in ChannelKeywords)
                {
                    if (Has(before, keyword))
                    {
                        return (concept, true);
                    }
                }

                break;
            case ReviewTotal or LitTotal:
                var prefix = parent == ReviewTotal ? "Review." : "Lit.";
                if (Has(before, "维持") || Has(before, "驳回"))
                {
                    return (prefix + "Maintained", true);
                }

                if (Has(before, "纠错") || Has(before, "纠正") || Has(before, "败诉"))
                {
                    return (prefix + "Corrected", true);
                }

                if (Has(before, "未审结") || Has(before, "审理中"))
                {
                    return (prefix + "Pending", true);
                }

                if (Has(before, "其他"))
                {
                    return (prefix + "Other", true);
                }

                return (null, false);
        }

        return Classify(before, after, applications || parent is Received or Replied or Closed);
    }

    private static (string? Concept, bool Explicit) ClassifyApplication(string before, string after, bool applications)
    {
        // "共收到政府信息公开申请12件" and "共收到一例政府信息公开申请": the verb precedes the number, 申请 either side.
        if (!Has(before, "申请") && Has(after, "申请") && !Has(after, "事项"))
        {
            foreach (var verb in ReceiveVerbs)
            {
                if (Has(before, verb))
                {
                    return (Received, true);
                }
            }
        }

        if (Has(before, "申请"))
        {
            foreach (var (keyword, concept) in ChannelKeywords)
            {
                if (Has(before, keyword) && !Has(before, "收到") && !Has(before, "受理"))
                {
                    return (concept, true);
                }
            }

            foreach (var verb in ReceiveVerbs)
            {
                if (Has(before, verb))
                {
                    return (Received, true);
                }
            }
        }

        if (!applications)
        {
            return (null, false);
        }

        var outcome = Outcome(before);
        if (outcome.Count == 1)
        {
            return (outcome[0], false);
        }

        if (outcome.Count > 1)
        {
            return (null, false);
        }

        var text = before.Length > 0 && !Has(before, "申请") ? before : before + after;
        if (Has(text, "按时") || Has(text, "按期"))
        {
            return Has(text, "答复") || Has(text, "办结") ? (OnTime, false) : (null, false);
        }

        if (Has(text, "延期") && (Has(text, "答复") || Has(text, "办结")))
        {
            return (Extended, false);
        }

        if (Has(text, "答复"))
        {
            return (Replied, false);
        }

        if (Has(text, "办结"))
        {
            return (Closed, false);
        }

        if (before.EndsWith("依申请公开", StringComparison.Ordinal) || before.EndsWith("依申请公开申请", StringComparison.Ordinal))
        {
            return (Received, false);
        }

        return (null, false);
    }

    private static List<string> Outcome(string before)
    {
        var found = new List<string>();
        if (Has(before, "已主动公开"))
        {
            found.Add("Apply.Replied.AlreadyPublic");
        }

        if (Has(before, "不予公开") || Has(before, "不同意公开"))
        {
            found.Add("Apply.Replied.Denied");
        }

        if (Has(before, "部分公开"))
        {
            found.Add("Apply.Replied.PartlyGranted");
        }

        if (Has(before, "无法提供"))
        {
            found.Add("Apply.Replied.Unable");
        }

        if (Has(before, "不予处理"))
        {
            found.Add("Apply.Replied.NotProcessed");
        }

        var granted = before.IndexOf("同意公开", StringComparison.Ordinal);
        if ((granted > 0 && before[granted - 1] != '不') || granted == 0 || Has(before, "予以公开"))
        {
            found.Add("Apply.Replied.Granted");
        }

        if (Has(before, "不属于本"))
        {
            found.Add("Apply.Replied.NotThisAgency");
        }

        if (Has(before, "不存在"))
        {
            found.Add("Apply.Replied.NotExist");
        }

        if (Has(before, "更改补充") || Has(before, "更改、补充"))
        {
            found.Add("Apply.Replied.AskAmend");
        }

        if (Has(before, "其他途径"))
        {
            found.Add("Apply.Replied.OtherChannel");
        }

        return found;
    }

    private static bool Has(string text, string keyword) => text.Contains(keyword, StringComparison.Ordinal);
}
