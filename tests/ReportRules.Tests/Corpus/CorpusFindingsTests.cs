using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Corpus;

/// <summary>What the checker reports on each corpus file, with the reason written next to each expected finding.</summary>
public class CorpusFindingsTests
{
    private static CheckResult Check(string file) => ReportChecker.CheckFile(Fixtures.Corpus(file));

    private static Dictionary<string, int> Counts(CheckResult result) =>
        result.Findings.GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void CheckFile_Seed001_FlattenedTable3IsInferredNotGuessed()
    {
        var result = Check("001_c9b27cee782bad7f.txt");
        Assert.Equal(CheckStatus.Checked, result.Status);
        Assert.Equal(ReportEdition.Gb2019, result.Report!.Edition);
        Assert.Equal("株洲市芦淞区人民政府", result.Report.Metadata.Agency);
        Assert.Equal(2019, result.Report.Metadata.Year);
        Assert.Equal(new DateOnly(2020, 2, 22), result.Report.Metadata.PublishedOn);
        var counts = Counts(result);

        // 23 Table 3 rows print "x x": 总计 is placed (inferred), the applicant column is unknown → one PARSE-4
        // for the table (one cause, one finding) naming the 23 × 6 unplaced applicant cells.
        Assert.Equal(1, counts[RuleIds.Parse4]);
        Assert.Equal(23 * 6, result.Findings.Single(f => f.RuleId == RuleIds.Parse4).Cells.Count);

        // One PARSE-3 per table with inferred cells: Table 2 (行政事业性收费 prints one of two values) and Table 3.
        Assert.Equal(2, counts[RuleIds.Parse3]);

        // "增9", "增109", "减61", "增5" are deltas written as text (P2-4, info).
        Assert.Equal(4, counts["P2-4"]);

        // Fees.Delta is blank (dropped) and T2-F4 holds with it as 0 (PARSE-10, info).
        Assert.Equal(1, counts[RuleIds.Parse10]);
        Assert.DoesNotContain(result.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Equal(4 + 1 + 2 + 1, result.Findings.Count);
    }

    [Fact]
    public void CheckFile_Seed003_AllBlankTablesRaiseNothing()
    {
        var result = Check("003_2d935e81099e023a.txt");
        Assert.Equal(ReportEdition.Gb2019, result.Report!.Edition);
        Assert.Equal("临江市花山镇人民政府", result.Report.Metadata.Agency); // signature at the end; the page has no title
        Assert.Equal(2019, result.Report.Metadata.Year); // "2019年1月1日以来"
        Assert.Equal(198, result.Report.Cells.Count);
        Assert.All(result.Report.Cells.Values, c => Assert.Equal(CellKind.Blank, c.Kind));

        // Every identity's operands are blank: not applicable, so no finding at all.
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void CheckFile_Shanghai2024_BlankCarriedForwardTotalIsOneOmissionWarning()
    {
        var result = Check("peer_shanghai_stcsm_2024_pdf2md.md");
        Assert.Equal(ReportEdition.Gb2021, result.Report!.Edition);
        Assert.Equal(2024, result.Report.Metadata.Year);
        Assert.Equal("上海市科委", result.Report.Metadata.Agency); // the title's short name
        var errors = result.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();

        // 结转下年度 总计 is printed empty (line 178). With it as 0, T3-F1 on TOT (34+2 ≠ 35+0) and T3-F3 on the row
        // (1+0+0+0+0+0 ≠ 0) would fail, but both imply the same value 1 and every printed number agrees: one omission,
        // one P3-3 warning with the value to print (decision 0004), not two errors.
        Assert.Equal(["N-2"], errors.Select(f => f.RuleId));
        var omission = Assert.Single(result.Findings, f => f.RuleId == RuleIds.P33);
        Assert.Equal(("CellBlankImplied", 1m), (omission.MessageId, omission.Expected));
        Assert.Equal("Requests.CarriedForward.TOT", Assert.Single(omission.Cells).Key);
        Assert.DoesNotContain(result.Findings, f => f.RuleId is RuleIds.Parse3 or RuleIds.Parse4); // every row printed 7 cells

        // The prose itself does not add up (line 65): "网站全年累计发布信息 2139 条，其中动态类 1744 条，政务 393 条，
        // 解读类 21 条，回应热点 2 条" — the parts sum to 2160. A real inconsistency in the published text: N-2 error.
        var prose = Assert.Single(result.Findings, f => f.RuleId == RuleIds.N2);
        Assert.Equal((2160m, 2139m), (prose.Expected, prose.Actual));
        Assert.Contains("2139", prose.Evidence, StringComparison.Ordinal);
        Assert.Equal(2, result.Findings.Count);
    }

    [Fact]
    public void CheckFile_Shuyang2025_EveryIdentityHolds()
    {
        var result = Check("peer_shuyang_county_2025_ocr.md");
        Assert.Equal(ReportEdition.Gb2021, result.Report!.Edition);
        Assert.Equal("沐阳县人民政府", result.Report.Metadata.Agency); // OCR misreads 沭 as 沐; read as printed
        Assert.Equal(2025, result.Report.Metadata.Year);
        Assert.Equal(new DateOnly(2026, 1, 23), result.Report.Metadata.PublishedOn);
        Assert.Equal(200, result.Report.Cells.Count);

        // NOTES.md: all 42 identities hold; nothing inferred (every mini table row is complete).
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void CheckFile_HuaianFragment_ReportsMissingTable4()
    {
        var result = Check("peer_huaian_city_2024_sec3_pdftext.txt");
        Assert.Equal(ReportEdition.Gb2021, result.Report!.Edition);
        Assert.Equal(94, result.Report.Cells.Count);

        // The fragment stops inside Table 3 (PARSE-7 for Table 4); rows after 本机关不掌握 are absent, so T3-F1/F2
        // are not applicable rather than failing. 96171.6 万元 of fees has a fractional part: a 万元 figure, no P2-3.
        Assert.Equal([RuleIds.Parse7], result.Findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
    }
}
