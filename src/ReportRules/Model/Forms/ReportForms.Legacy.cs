namespace ReportRules.Model.Forms;

/// <summary>The legacy2014 statistics table (format-spec §5.2).</summary>
public static partial class ReportForms
{
    /// <summary>The key prefix of the rows a local variant adds to the legacy2014 table (<c>L14.Extra.1</c>, …).</summary>
    internal const string LegacyExtraPrefix = "L14.Extra.";

    // 国办发〔2014〕32号 《政府信息公开情况统计表》, item for item as printed in seeds 000 and 004 (which agree with
    // format-spec §5.2), plus the local row of seed 000 that the spec README fixes as L14.Active.NpcCppccResults.
    private static readonly (string Key, string Zh, string En, CellValueType Type)[] LegacyRows =
    [
        ("L14.Active.InfoCount", "一、（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "Information published proactively (same item on several channels counts once)", CellValueType.Count),
        ("L14.Active.NormDocsPublished", "其中：主动公开规范性文件数", "of which normative documents published", CellValueType.Count),
        ("L14.Active.NormDocsIssued", "制发规范性文件总数", "Normative documents issued", CellValueType.Count),
        ("L14.Active.NpcCppccResults", "人大代表建议和政协提案办理结果公开数", "Results of NPC suggestions and CPPCC proposals published (local row)", CellValueType.Count),
        ("L14.Active.Ch.Gazette", "一、（二）1.政府公报公开政府信息数", "Published in the government gazette", CellValueType.Count),
        ("L14.Active.Ch.Website", "2.政府网站公开政府信息数", "Published on government websites", CellValueType.Count),
        ("L14.Active.Ch.Weibo", "3.政务微博公开政府信息数", "Published on government Weibo", CellValueType.Count),
        ("L14.Active.Ch.WeChat", "4.政务微信公开政府信息数", "Published on government WeChat", CellValueType.Count),
        ("L14.Active.Ch.Other", "5.其他方式公开政府信息数", "Published by other means", CellValueType.Count),
        ("L14.Resp.Hotspots", "二、（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "Public concerns and major opinion events responded to (counted once)", CellValueType.Count),
        ("L14.Resp.PressConf", "二、（二）1.参加或举办新闻发布会总次数", "Press conferences held or attended", CellValueType.Count),
        ("L14.Resp.PressConf.Leader", "其中：主要负责同志参加新闻发布会次数", "of which attended by the principal leader", CellValueType.Count),
        ("L14.Resp.Interview", "2.政府网站在线访谈次数", "Online interviews on government websites", CellValueType.Count),
        ("L14.Resp.Interview.Leader", "其中：主要负责同志参加政府网站在线访谈次数", "of which with the principal leader", CellValueType.Count),
        ("L14.Resp.Interpretations", "3.政策解读稿件发布数", "Policy interpretations published", CellValueType.Count),
        ("L14.Resp.WeiboWeChat", "4.微博微信回应事件数", "Events responded to on Weibo or WeChat", CellValueType.Count),
        ("L14.Resp.Other", "5.其他方式回应事件数", "Events responded to by other means", CellValueType.Count),
        ("L14.Apply.Received", "三、（一）收到申请数", "Applications received", CellValueType.Count),
        ("L14.Apply.Received.InPerson", "1.当面申请数", "received in person", CellValueType.Count),
        ("L14.Apply.Received.Fax", "2.传真申请数", "received by fax", CellValueType.Count),
        ("L14.Apply.Received.Online", "3.网络申请数", "received online", CellValueType.Count),
        ("L14.Apply.Received.Letter", "4.信函申请数", "received by letter", CellValueType.Count),
        ("L14.Apply.Closed", "三、（二）申请办结数", "Applications closed", CellValueType.Count),
        ("L14.Apply.Closed.OnTime", "1.按时办结数", "closed on time", CellValueType.Count),
        ("L14.Apply.Closed.Extended", "2.延期办结数", "closed after an extension", CellValueType.Count),
        ("L14.Apply.Replied", "三、（三）申请答复数", "Applications answered", CellValueType.Count),
        ("L14.Apply.Replied.AlreadyPublic", "1.属于已主动公开范围数", "already published proactively", CellValueType.Count),
        ("L14.Apply.Replied.Granted", "2.同意公开答复数", "granted", CellValueType.Count),
        ("L14.Apply.Replied.PartlyGranted", "3.同意部分公开答复数", "partly granted", CellValueType.Count),
        ("L14.Apply.Replied.Denied", "4.不同意公开答复数", "denied", CellValueType.Count),
        ("L14.Apply.Replied.Denied.StateSecret", "其中：涉及国家秘密", "denied: state secret", CellValueType.Count),
        ("L14.Apply.Replied.Denied.CommercialSecret", "涉及商业秘密", "denied: commercial secret", CellValueType.Count),
        ("L14.Apply.Replied.Denied.Privacy", "涉及个人隐私", "denied: personal privacy", CellValueType.Count),
        ("L14.Apply.Replied.Denied.SecurityStability", "危及国家安全、公共安全、经济安全和社会稳定", "denied: endangers security or stability", CellValueType.Count),
        ("L14.Apply.Replied.Denied.NotGovInfo", "不是《条例》所指政府信息", "denied: not government information under the Regulations", CellValueType.Count),
        ("L14.Apply.Replied.Denied.OtherLegal", "法律法规规定的其他情形", "denied: other cases set by law", CellValueType.Count),
        ("L14.Apply.Replied.NotThisAgency", "5.不属于本行政机关公开数", "not for this agency to disclose", CellValueType.Count),
        ("L14.Apply.Replied.NotExist", "6.申请信息不存在数", "information does not exist", CellValueType.Count),
        ("L14.Apply.Replied.AskAmend", "7.告知作出更改补充数", "asked to amend or supplement", CellValueType.Count),
        ("L14.Apply.Replied.OtherChannel", "8.告知通过其他途径办理数", "referred to another channel", CellValueType.Count),
        ("L14.Review", "四、行政复议数量", "Administrative reviews", CellValueType.Count),
        ("L14.Review.Maintained", "四、（一）维持具体行政行为数", "reviews: decision upheld", CellValueType.Count),
        ("L14.Review.Corrected", "四、（二）被依法纠错数", "reviews: corrected", CellValueType.Count),
        ("L14.Review.Other", "四、（三）其他情形数", "reviews: other", CellValueType.Count),
        ("L14.Lit", "五、行政诉讼数量", "Administrative lawsuits", CellValueType.Count),
        ("L14.Lit.Maintained", "五、（一）维持具体行政行为或者驳回原告诉讼请求数", "lawsuits: upheld or claim dismissed", CellValueType.Count),
        ("L14.Lit.Corrected", "五、（二）被依法纠错数", "lawsuits: corrected", CellValueType.Count),
        ("L14.Lit.Other", "五、（三）其他情形数", "lawsuits: other", CellValueType.Count),
        ("L14.Complaints", "六、举报投诉数量", "Reports and complaints", CellValueType.Count),
        ("L14.FeesWan", "七、依申请公开信息收取的费用（万元）", "Fees collected for disclosure on request (10,000 yuan)", CellValueType.Amount),
        ("L14.Org.Units", "八、（一）政府信息公开工作专门机构数", "Dedicated disclosure offices", CellValueType.Count),
        ("L14.Org.ReadingPoints", "八、（二）设置政府信息公开查阅点数", "Public reading points", CellValueType.Count),
        ("L14.Org.Staff", "八、（三）从事政府信息公开工作人员数", "Disclosure staff", CellValueType.Count),
        ("L14.Org.Staff.FullTime", "1.专职人员数（不包括政府公报及政府网站工作人员数）", "full-time staff", CellValueType.Count),
        ("L14.Org.Staff.PartTime", "2.兼职人员数", "part-time staff", CellValueType.Count),
        ("L14.Org.BudgetWan", "八、（四）政府信息公开专项经费（万元）", "Dedicated disclosure budget (10,000 yuan)", CellValueType.Amount),
        ("L14.Train.Meetings", "九、（一）召开政府信息公开工作会议或专题会议数", "Disclosure work meetings held", CellValueType.Count),
        ("L14.Train.Classes", "九、（二）举办各类培训班数", "Training classes held", CellValueType.Count),
        ("L14.Train.Trainees", "九、（三）接受培训人员数", "People trained (person-times)", CellValueType.Count),
    ];

    private static List<FormCellDefinition> LegacyCells() =>
        [.. LegacyRows.Select(r => new FormCellDefinition(r.Key, FormTable.Legacy, r.Key, null, r.Zh, r.En, r.Type)
        {
            Optional = r.Key == "L14.Active.NpcCppccResults",
        })];
}
