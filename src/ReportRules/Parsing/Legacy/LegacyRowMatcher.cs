namespace ReportRules.Parsing.Legacy;

/// <summary>
/// Maps a printed row label of the legacy2014 统计表 to its <c>L14.*</c> key. Labels repeat across sections
/// ("（一）维持具体行政行为数" under both 四 and 五), so a label is matched within its section (一 … 九), and by
/// keywords rather than whole labels so that typos ("涉及国家秘(密)") and dropped notes still match.
/// </summary>
internal static class LegacyRowMatcher
{
    private const string Numerals = "一二三四五六七八九十";

    // Section headings by keyword (robust to renumbering); the leading numeral is the fallback.
    private static readonly (string Keyword, int Section)[] SectionKeywords =
    [
        ("主动公开情况", 1), ("回应解读", 2), ("依申请公开情况", 3), ("行政复议", 4), ("行政诉讼", 5),
        ("举报投诉", 6), ("收取的费用", 7), ("机构建设", 8), ("保障经费", 8), ("会议和培训", 9), ("培训情况", 9),
    ];

    // Within a section, the first rule whose keywords all occur in the label wins; order resolves overlaps
    // ("不同意公开" before "同意公开", "专职人员数（不包括…工作人员数）" before "工作人员数").
    private static readonly (int Section, string[] Keywords, string Key)[] Rules =
    [
        (1, ["主动公开规范性文件"], "L14.Active.NormDocsPublished"),
        (1, ["制发规范性文件"], "L14.Active.NormDocsIssued"),
        (1, ["人大代表建议"], "L14.Active.NpcCppccResults"),
        (1, ["政协提案"], "L14.Active.NpcCppccResults"),
        (1, ["政府公报"], "L14.Active.Ch.Gazette"),
        (1, ["政府网站"], "L14.Active.Ch.Website"),
        (1, ["政务微博"], "L14.Active.Ch.Weibo"),
        (1, ["政务微信"], "L14.Active.Ch.WeChat"),
        (1, ["其他方式"], "L14.Active.Ch.Other"),
        (1, ["主动公开政府信息数"], "L14.Active.InfoCount"),
        (2, ["主要负责", "新闻发布会"], "L14.Resp.PressConf.Leader"),
        (2, ["主要负责", "访谈"], "L14.Resp.Interview.Leader"),
        (2, ["新闻发布会"], "L14.Resp.PressConf"),
        (2, ["访谈"], "L14.Resp.Interview"),
        (2, ["解读"], "L14.Resp.Interpretations"),
        (2, ["微博微信"], "L14.Resp.WeiboWeChat"),
        (2, ["微博、微信"], "L14.Resp.WeiboWeChat"),
        (2, ["其他方式"], "L14.Resp.Other"),
        (2, ["热点"], "L14.Resp.Hotspots"),
        (2, ["舆情"], "L14.Resp.Hotspots"),
        (3, ["不同意公开"], "L14.Apply.Replied.Denied"),
        (3, ["部分公开"], "L14.Apply.Replied.PartlyGranted"),
        (3, ["同意公开"], "L14.Apply.Replied.Granted"),
        (3, ["已主动公开"], "L14.Apply.Replied.AlreadyPublic"),
        (3, ["国家秘"], "L14.Apply.Replied.Denied.StateSecret"),
        (3, ["商业秘"], "L14.Apply.Replied.Denied.CommercialSecret"),
        (3, ["隐私"], "L14.Apply.Replied.Denied.Privacy"),
        (3, ["危及"], "L14.Apply.Replied.Denied.SecurityStability"),
        (3, ["所指政府信息"], "L14.Apply.Replied.Denied.NotGovInfo"),
        (3, ["其他情形"], "L14.Apply.Replied.Denied.OtherLegal"),
        (3, ["不属于本"], "L14.Apply.Replied.NotThisAgency"),
        (3, ["不存在"], "L14.Apply.Replied.NotExist"),
        (3, ["更改"], "L14.Apply.Replied.AskAmend"),
        (3, ["其他途径"], "L14.Apply.Replied.OtherChannel"),
        (3, ["当面"], "L14.Apply.Received.InPerson"),
        (3, ["传真"], "L14.Apply.Received.Fax"),
        (3, ["网络"], "L14.Apply.Received.Online"),
        (3, ["网上"], "L14.Apply.Received.Online"),
        (3, ["信函"], "L14.Apply.Received.Letter"),
        (3, ["按时办结"], "L14.Apply.Closed.OnTime"),
        (3, ["延期办结"], "L14.Apply.Closed.Extended"),
        (3, ["办结"], "L14.Apply.Closed"),
        (3, ["答复"], "L14.Apply.Replied"),
        (3, ["收到申请"], "L14.Apply.Received"),
        (4, ["维持"], "L14.Review.Maintained"),
        (4, ["纠错"], "L14.Review.Corrected"),
        (4, ["纠正"], "L14.Review.Corrected"),
        (4, ["其他情形"], "L14.Review.Other"),
        (4, ["行政复议"], "L14.Review"),
        (5, ["维持"], "L14.Lit.Maintained"),
        (5, ["纠错"], "L14.Lit.Corrected"),
        (5, ["纠正"], "L14.Lit.Corrected"),
        (5, ["其他情形"], "L14.Lit.Other"),
        (5, ["行政诉讼"], "L14.Lit"),
        (6, ["举报投诉"], "L14.Complaints"),
        (7, ["费用"], "L14.FeesWan"),
        (8, ["专门机构"], "L14.Org.Units"),
        (8, ["查阅点"], "L14.Org.ReadingPoints"),
        (8, ["专职"], "L14.Org.Staff.FullTime"),
        (8, ["兼职"], "L14.Org.Staff.PartTime"),
        (8, ["经费"], "L14.Org.BudgetWan"),
        (8, ["工作人员"], "L14.Org.Staff"),
        (9, ["接受培训"], "L14.Train.Trainees"),
        (9, ["培训班"], "L14.Train.Classes"),
        (9, ["会议"], "L14.Train.Meetings"),
    ];

    /// <summary>Gets the label with spaces removed and full-width forms normalised, ready for keyword matching.</summary>
    /// <param name="label">The label as printed.</param>
    /// <returns>The compact label.</returns>
    public static string Compact(string label)
    {
        var normalized = TextNormalizer.Normalize(label);
        var builder = new System.Text.StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Gets the section a heading opens: "四、行政复议数量" → 4. Only labels numbered "X、" open sections.</summary>
    /// <param name="compact">The compact label.</param>
    /// <param name="section">The section number.</param>
    /// <returns><see langword="true"/> when the label is a section heading.</returns>
    public static bool TryGetSection(string compact, out int section)
    {
        section = 0;
        var i = 0;
        while (i < compact.Length && Numerals.Contains(compact[i], StringComparison.Ordinal))
        {
            i++;
        }

        if (i == 0 || i >= compact.Length || compact[i] != '、')
        {
            return false;
        }

        foreach (var (keyword, number) in SectionKeywords)
        {
            if (compact.Contains(keyword, StringComparison.Ordinal))
            {
                section = number;
                return true;
            }
        }

        section = i == 1 ? Numerals.IndexOf(compact[0], StringComparison.Ordinal) + 1 : 10 + (i == 3 ? Numerals.IndexOf(compact[2], StringComparison.Ordinal) + 1 : 0);
        return true;
    }

    /// <summary>Matches a compact label within a section.</summary>
    /// <param name="section">The current section (0 before the first heading).</param>
    /// <param name="compact">The compact label.</param>
    /// <returns>The key, or <see langword="null"/> when no form row matches.</returns>
    public static string? Match(int section, string compact)
    {
        var inSection = MatchIn(section, compact);
        if (inSection is not null)
        {
            return inSection;
        }

        // Outside its section (headings missing or renumbered) a label still matches when only one section knows it.
        string? only = null;
        for (var other = 1; other <= 9; other++)
        {
            var key = other == section ? null : MatchIn(other, compact);
            if (key is null)
            {
                continue;
            }

            if (only is not null && only != key)
            {
                return null;
            }

            only = key;
        }

        return only;
    }

    private static string? MatchIn(int section, string compact)
    {
        foreach (var (ruleSection, keywords, key) in Rules)
        {
            if (ruleSection != section)
            {
                continue;
            }

            var all = true;
            foreach (var keyword in keywords)
            {
                if (!compact.Contains(keyword, StringComparison.Ordinal))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                return key;
            }
        }

        return null;
    }
}
