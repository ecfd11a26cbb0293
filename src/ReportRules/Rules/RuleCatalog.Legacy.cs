using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Rules;

/// <summary>The legacy2014 identities and plausibility rules (format-spec §6.6).</summary>
public static partial class RuleCatalog
{
    private const string LegacyClause = "国办发〔2014〕32号《政府信息公开情况统计表》";

    private static readonly ReportEdition[] Legacy2014Only = [ReportEdition.Legacy2014];

    /// <summary>Gets the 公开渠道 cells of the legacy2014 table (一（二）1–5).</summary>
    internal static IReadOnlyList<string> LegacyChannels { get; } =
        ["L14.Active.Ch.Gazette", "L14.Active.Ch.Website", "L14.Active.Ch.Weibo", "L14.Active.Ch.WeChat", "L14.Active.Ch.Other"];

    private static RuleDescriptor LegacyRule(
        string id, FindingSeverity severity, RuleKind kind, string titleZh, string titleEn, string descriptionZh, string descriptionEn,
        string clause, string expression, params RuleInstance[] instances) =>
        new(id, RuleFamily.Legacy, severity, kind, titleZh, titleEn, descriptionZh, descriptionEn, LegacyClause + " " + clause, Legacy2014Only, expression, _ => instances);

    private static RuleInstance Sum(string id, string total, params string[] parts) => new(id, string.Empty, [total], parts);

    private static IEnumerable<RuleDescriptor> LegacyRules()
    {
        yield return LegacyRule(
            RuleIds.LF1, FindingSeverity.Error, RuleKind.Equality,
            "收到申请数等于四种申请方式之和", "Applications received equal the four channels",
            "三（一）收到申请数 = 当面 + 传真 + 网络 + 信函申请数。",
            "Applications received = in person + fax + online + letter.",
            "三（一）收到申请数及其 1–4 项",
            "L14.Apply.Received = L14.Apply.Received.InPerson + .Fax + .Online + .Letter",
            Sum(RuleIds.LF1, "L14.Apply.Received", "L14.Apply.Received.InPerson", "L14.Apply.Received.Fax", "L14.Apply.Received.Online", "L14.Apply.Received.Letter"));

        yield return LegacyRule(
            RuleIds.LF2, FindingSeverity.Error, RuleKind.Equality,
            "申请办结数等于按时与延期办结之和", "Applications closed equal on time + extended",
            "三（二）申请办结数 = 按时办结数 + 延期办结数。",
            "Applications closed = closed on time + closed after an extension.",
            "三（二）申请办结数及其 1–2 项",
            "L14.Apply.Closed = L14.Apply.Closed.OnTime + .Extended",
            Sum(RuleIds.LF2, "L14.Apply.Closed", "L14.Apply.Closed.OnTime", "L14.Apply.Closed.Extended"));

        yield return LegacyRule(
            RuleIds.LF3, FindingSeverity.Error, RuleKind.Equality,
            "申请答复数等于八类答复之和", "Applications answered equal the eight kinds of answer",
            "三（三）申请答复数 = 已主动公开 + 同意公开 + 同意部分公开 + 不同意公开 + 不属于本机关 + 信息不存在 + 告知更改补充 + 告知其他途径。",
            "Applications answered = already public + granted + partly granted + denied + not this agency + does not exist + asked to amend + other channel.",
            "三（三）申请答复数及其 1–8 项",
            "L14.Apply.Replied = Σ L14.Apply.Replied.{AlreadyPublic, Granted, PartlyGranted, Denied, NotThisAgency, NotExist, AskAmend, OtherChannel}",
            Sum(RuleIds.LF3, "L14.Apply.Replied", "L14.Apply.Replied.AlreadyPublic", "L14.Apply.Replied.Granted", "L14.Apply.Replied.PartlyGranted", "L14.Apply.Replied.Denied",
                "L14.Apply.Replied.NotThisAgency", "L14.Apply.Replied.NotExist", "L14.Apply.Replied.AskAmend", "L14.Apply.Replied.OtherChannel"));

        yield return LegacyRule(
            RuleIds.LF4, FindingSeverity.Warning, RuleKind.AtMost,
            "不同意公开的各项理由之和不超过不同意公开答复数", "Reasons for denial do not exceed denials",
            "“其中”所列六项理由是不同意公开答复数的一部分（所列可能不全，故只要求不超过，且为警告）。",
            "The six reasons listed under 其中 are part of the denials (the list may be non-exhaustive, so only an upper bound, as a warning).",
            "三（三）4.不同意公开答复数 及其“其中”",
            "Σ L14.Apply.Replied.Denied.{StateSecret, CommercialSecret, Privacy, SecurityStability, NotGovInfo, OtherLegal} ≤ L14.Apply.Replied.Denied",
            new RuleInstance(RuleIds.LF4, string.Empty,
                ["L14.Apply.Replied.Denied.StateSecret", "L14.Apply.Replied.Denied.CommercialSecret", "L14.Apply.Replied.Denied.Privacy",
                 "L14.Apply.Replied.Denied.SecurityStability", "L14.Apply.Replied.Denied.NotGovInfo", "L14.Apply.Replied.Denied.OtherLegal"],
                ["L14.Apply.Replied.Denied"]));

        yield return LegacyRule(
            RuleIds.LF5, FindingSeverity.Error, RuleKind.Equality,
            "行政复议数量等于三种结果之和", "Reviews equal upheld + corrected + other",
            "四、行政复议数量 = 维持具体行政行为数 + 被依法纠错数 + 其他情形数。",
            "Administrative reviews = upheld + corrected + other.",
            "四、行政复议数量 （一）–（三）",
            "L14.Review = L14.Review.Maintained + .Corrected + .Other",
            Sum(RuleIds.LF5, "L14.Review", "L14.Review.Maintained", "L14.Review.Corrected", "L14.Review.Other"));

        yield return LegacyRule(
            RuleIds.LF6, FindingSeverity.Error, RuleKind.Equality,
            "行政诉讼数量等于三种结果之和", "Lawsuits equal upheld + corrected + other",
            "五、行政诉讼数量 = 维持具体行政行为或者驳回原告诉讼请求数 + 被依法纠错数 + 其他情形数。",
            "Administrative lawsuits = upheld or dismissed + corrected + other.",
            "五、行政诉讼数量 （一）–（三）",
            "L14.Lit = L14.Lit.Maintained + .Corrected + .Other",
            Sum(RuleIds.LF6, "L14.Lit", "L14.Lit.Maintained", "L14.Lit.Corrected", "L14.Lit.Other"));

        yield return LegacyRule(
            RuleIds.LF7, FindingSeverity.Error, RuleKind.Equality,
            "工作人员数等于专职与兼职之和", "Staff equal full-time + part-time",
            "八（三）从事政府信息公开工作人员数 = 专职人员数 + 兼职人员数。",
            "Disclosure staff = full-time + part-time.",
            "八（三）从事政府信息公开工作人员数 1–2 项",
            "L14.Org.Staff = L14.Org.Staff.FullTime + .PartTime",
            Sum(RuleIds.LF7, "L14.Org.Staff", "L14.Org.Staff.FullTime", "L14.Org.Staff.PartTime"));

        yield return LegacyRule(
            RuleIds.LF8, FindingSeverity.Error, RuleKind.AtMost,
            "“其中”项不超过其总数", "An 其中 item does not exceed its total",
            "主要负责同志参加新闻发布会次数不超过新闻发布会总次数；主要负责同志参加在线访谈次数不超过在线访谈次数；主动公开规范性文件数不超过主动公开政府信息数。",
            "Press conferences with the principal leader ≤ press conferences; online interviews with the leader ≤ interviews; normative documents published ≤ information published.",
            "二（二）1–2 其中项；一（一）其中项",
            "L14.Resp.PressConf.Leader ≤ L14.Resp.PressConf; L14.Resp.Interview.Leader ≤ L14.Resp.Interview; L14.Active.NormDocsPublished ≤ L14.Active.InfoCount",
            new RuleInstance(RuleIds.LF8, "L14.Resp.PressConf.Leader", ["L14.Resp.PressConf.Leader"], ["L14.Resp.PressConf"]),
            new RuleInstance(RuleIds.LF8, "L14.Resp.Interview.Leader", ["L14.Resp.Interview.Leader"], ["L14.Resp.Interview"]),
            new RuleInstance(RuleIds.LF8, "L14.Active.NormDocsPublished", ["L14.Active.NormDocsPublished"], ["L14.Active.InfoCount"]));

        yield return LegacyRule(
            RuleIds.LP1, FindingSeverity.Warning, RuleKind.Heuristic,
            "主动公开信息数介于最大渠道数与各渠道之和之间", "Information published lies between the largest channel and the channel sum",
            "“不同渠道和方式公开相同信息计1条”：去重后的总数不小于任一渠道的条数，也不大于各渠道条数之和。",
            "\"The same item on several channels counts once\": the deduplicated total is at least any one channel and at most the sum of the channels.",
            "一（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）；一（二）1–5",
            "max(L14.Active.Ch.*) ≤ L14.Active.InfoCount ≤ Σ L14.Active.Ch.*",
            new RuleInstance(RuleIds.LP1, string.Empty, ["L14.Active.InfoCount"], LegacyChannels));

        yield return LegacyRule(
            RuleIds.LP2, FindingSeverity.Warning, RuleKind.AtMost,
            "主动公开规范性文件数不超过制发规范性文件总数", "Normative documents published ≤ issued",
            "公开率不超过 100%：公开的规范性文件不多于制发的规范性文件（往年文件本年公开时可能不成立，故为警告）。",
            "The publication rate is at most 100%: no more normative documents published than issued (older documents published this year can break it, hence a warning).",
            "一（一）其中：主动公开规范性文件数；制发规范性文件总数",
            "L14.Active.NormDocsPublished ≤ L14.Active.NormDocsIssued",
            new RuleInstance(RuleIds.LP2, string.Empty, ["L14.Active.NormDocsPublished"], ["L14.Active.NormDocsIssued"]));

        yield return LegacyRule(
            RuleIds.LP3, FindingSeverity.Warning, RuleKind.Heuristic,
            "答复数与办结数一致，办结数不超过收到数", "Answered ≈ closed, closed ≤ received",
            "每件办结的申请都应有答复，故申请答复数应等于申请办结数；表中没有上年结转行，办结数超过收到数只在上年有未办结申请时才可能。",
            "Every closed application has an answer, so answered should equal closed; the table has no carried-over row, so closing more than received is possible only with pending applications from last year.",
            "三（一）收到申请数；三（二）申请办结数；三（三）申请答复数",
            "L14.Apply.Replied = L14.Apply.Closed; L14.Apply.Closed ≤ L14.Apply.Received",
            new RuleInstance(RuleIds.LP3, "L14.Apply.Replied", ["L14.Apply.Replied"], ["L14.Apply.Closed"]),
            new RuleInstance(RuleIds.LP3, "L14.Apply.Closed", ["L14.Apply.Closed"], ["L14.Apply.Received"]));

        yield return LegacyRule(
            RuleIds.LP4, FindingSeverity.Warning, RuleKind.AtMost,
            "回应热点数不超过各回应方式之和", "Hotspots responded to ≤ the responses by all means",
            "“不同方式回应同一热点或舆情计1次”：去重后的热点数不大于各方式回应次数之和。",
            "\"A hotspot answered in several ways counts once\": the deduplicated count is at most the sum of the responses.",
            "二（一）回应公众关注热点或重大舆情数；二（二）1–5",
            "L14.Resp.Hotspots ≤ L14.Resp.PressConf + .Interview + .Interpretations + .WeiboWeChat + .Other",
            new RuleInstance(RuleIds.LP4, string.Empty, ["L14.Resp.Hotspots"],
                ["L14.Resp.PressConf", "L14.Resp.Interview", "L14.Resp.Interpretations", "L14.Resp.WeiboWeChat", "L14.Resp.Other"]));

        yield return LegacyRule(
            RuleIds.LP5, FindingSeverity.Warning, RuleKind.Heuristic,
            "万元单元格疑为以元填报", "A 万元 cell probably entered in yuan",
            $"费用和专项经费以万元计：带“元”字或不小于 {LegacyWanYuanThreshold} 的数值疑为以元填报。",
            $"Fees and the dedicated budget are in 10,000 yuan: a value with a 元 suffix or ≥ {LegacyWanYuanThreshold} was probably entered in yuan.",
            "七、依申请公开信息收取的费用（万元）；八（四）政府信息公开专项经费（万元）",
            $"L14.FeesWan, L14.Org.BudgetWan < {LegacyWanYuanThreshold} and no 元 suffix",
            new RuleInstance(RuleIds.LP5, string.Empty, ["L14.FeesWan", "L14.Org.BudgetWan"], []));
    }
}
