using ReportRules.Documents.Tests.TestSupport;
using ReportRules.Findings;
using ReportRules.Rules;

namespace ReportRules.Documents.Tests.Pdf;

/// <summary>
/// What the checker reports on each corpus PDF read through <see cref="DocumentChecker"/>, with the reason for each
/// finding (tests/fixtures/expected/NOTES.md has the hand-check; page 4 of Hongze 2023 was looked at again as a PNG).
/// </summary>
public class PdfFindingsTests
{
    private static CheckResult Check(string name) => DocumentChecker.CheckFile(Fixtures.Corpus(name + ".pdf"));

    private static List<string> Rules(CheckResult result) =>
        [.. result.Findings.Select(f => $"{f.RuleId} {f.Severity}").Order(StringComparer.Ordinal)];

    [Fact]
    public void CheckFile_Hongze2023_Table4TotalsPrintedZeroAreT4F1AndT4F3Errors()
    {
        var result = Check("peer_hongze_district_2023");
        Assert.Equal(CheckStatus.Checked, result.Status);
        Assert.Equal(186, result.Report!.Cells.Count);

        // Table 4 (page 4) prints 10 1 0 0 0 | 0 0 0 0 0 | 5 0 0 0 0: 行政复议 总计 is 0 but 10+1+0+0 = 11 (T4-F1);
        // 复议后起诉 总计 is 0 but 5+0+0+0 = 5 (T4-F3). 未经复议直接起诉 is all 0 and holds (T4-F2).
        // The gb2021 report prints the single gb2019 row （六）其他处理: read as Requests.Results.Other, one PARSE-9 info.
        Assert.Equal(["PARSE-9 Info", "T4-F1 Error", "T4-F3 Error"], Rules(result));
        var review = result.Findings.Single(f => f.RuleId == "T4-F1");
        Assert.Equal((11m, 0m), (review.Expected, review.Actual));
        Assert.Contains(review.Cells, c => c.Key == "Review.Maintained" && c.Value == 10m && c.Location?.Page == 4);
        var afterReview = result.Findings.Single(f => f.RuleId == "T4-F3");
        Assert.Equal((5m, 0m), (afterReview.Expected, afterReview.Actual));
    }

    [Fact]
    public void CheckFile_Hongze2024_OnlyTheMixedEditionNote()
    {
        var result = Check("peer_hongze_district_2024");
        Assert.Equal(186, result.Report!.Cells.Count);

        // All 40 identities hold (NOTES.md). PARSE-9: the single （六）其他处理 row, as in 2023.
        // Not N-1: page 1 says "区政府办代表区政府受理政府信息公开申请17件" while 本年新收 总计 is 95. The subject is the
        // district government's office acting for it, and the same prose says the district 指导各部门 handle
        // applications; the table covers the whole district (as in 2023, whose "全区受理…21件" equals its table).
        // 17 ≤ 95 is that office's share — a different scope, so the narrative rule compares nothing here.
        Assert.Equal(["PARSE-9 Info"], Rules(result));
        Assert.Contains(result.Report.Facts, f => f.Value == 17m && f.PartialScope);
    }

    [Fact]
    public void CheckFile_Huaian2024_EveryIdentityHoldsAndNothingElse()
    {
        var result = Check("peer_huaian_city_2024");
        Assert.Equal(200, result.Report!.Cells.Count);

        // All 42 identities hold and the narrative restates the table correctly (受理 3119, 答复 3050, 复议 351, 诉讼 46).
        // 行政事业性收费 prints 96171.6 in the column headed 万元 (page 4): one decimal, so a 万元 figure (about 9.6 亿元
        // for a prefecture-level city), not 元 typed into the wrong column — no P2-3. The three-row （六）其他处理 is the
        // gb2021 form: no PARSE-9. Nothing else to report.
        Assert.Empty(Rules(result));
        Assert.Equal(96171.6m, result.Report.Cells["Active.A20_8.Fees.AmountWan"].Value);
    }
}
