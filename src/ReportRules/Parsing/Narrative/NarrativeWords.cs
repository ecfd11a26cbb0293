namespace ReportRules.Parsing.Narrative;

/// <summary>
/// The one home of the words the narrative reader recognises, other than the concept keywords (in
/// <see cref="NarrativeConcepts"/>) and the units and numerals (in <see cref="Text.NumberWords"/>): which words may
/// lead a Chinese-numeral count, which say a quantity was zero, which make a negated item an outcome, which phrases
/// claim every case upheld, and which verbs an unfilled placeholder follows.
/// </summary>
internal static class NarrativeWords
{
    /// <summary>
    /// The characters after which a Chinese numeral is read as a count ("收到一例", "召开两次"); elsewhere it is part of
    /// a phrase ("一件事一次办", "获得三次第一").
    /// </summary>
    public const string ChineseCountLeads = "共到理收有了生开布复议诉为达受出接办答发获计约近逾请";

    /// <summary>Phrases claiming that every review or lawsuit was decided in the agency's favour (P4-2).</summary>
    public static readonly string[] AllUpheldClaims =
    [
        "均获维持", "均被维持", "全部维持", "全部获得维持", "均予维持", "均维持", "零败诉", "无败诉", "未败诉", "无一败诉", "均胜诉", "全部胜诉",
    ];

    /// <summary>Verbs straight before a unit that ends its clause, where the number was left out ("共主动公开条").</summary>
    public static readonly string[] PlaceholderLeads = ["公开", "收到", "受理", "答复", "办结", "发布", "回应", "申请", "共"];

    /// <summary>Verbs between a negation and 复议/诉讼 that say no case occurred: 未发生/未收到/未引起 … 行政复议.</summary>
    public static readonly string[] NoCaseVerbs = ["收到", "接收", "接到", "受理", "发生", "产生", "出现", "涉及", "提起", "引起", "被申请", "有"];

    /// <summary>Verbs between a negation and 申请 that say no application came in: 未收到/未接到 … 申请.</summary>
    public static readonly string[] NoApplicationVerbs = ["收到", "接收", "接到", "受理", "发生"];

    /// <summary>
    /// Words that, in the negated item naming 申请, show it is not the count of applications received
    /// ("未收到行政复议申请", "未发生逾期答复申请的情况").
    /// </summary>
    public static readonly string[] NotApplicationCountWords = ["复议", "诉讼", "逾期", "超期", "延期", "答复", "收费", "投诉"];

    /// <summary>Words that make a negated item an outcome (the act corrected, the suit lost), not a count of cases.</summary>
    public static readonly string[] CorrectedOutcomes = ["纠错", "纠正", "败诉", "撤销", "确认违法"];

    /// <summary>The characters that join the items of a negated list: 、 和 及 与 或.</summary>
    public const string ItemJoiners = "、和及与或";
}
