using System.Text;
using ReportRules.Documents.Tests.TestSupport;
using ReportRules.Findings;
using ReportRules.Rules;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace ReportRules.Documents.Tests.Pdf;

public class PdfSafetyTests
{
    private static byte[] ScannedLikePdf()
    {
        // A page with only a drawn rectangle: what a scan looks like to a text extractor (no letters at all).
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 400, 600, 2);
        return builder.Build();
    }

    [Fact]
    public void Parse_PdfWithoutTextLayer_IsParse12AskingForOcr()
    {
        var result = DocumentParser.Parse(new MemoryStream(ScannedLikePdf()), "scan.pdf");

        Assert.False(result.Success);
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(RuleIds.Parse12, finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("no text layer", result.Error, StringComparison.Ordinal);
        Assert.Contains("OCR", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PdfWithoutTextLayer_IsUnreadableNotAnEmptyReport()
    {
        var result = DocumentChecker.Check(new MemoryStream(ScannedLikePdf()), "scan.pdf");

        Assert.Equal(CheckStatus.Unreadable, result.Status);
        Assert.Null(result.Report);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.Parse12);
    }

    [Fact]
    public void Parse_PdfLongerThanPageLimit_IsParse8()
    {
        var result = DocumentParser.ParseFile(Fixtures.Corpus("peer_hongze_district_2023.pdf"), new DocumentParserOptions { MaxPdfPages = 4 });

        Assert.False(result.Success);
        Assert.Equal(RuleIds.Parse8, Assert.Single(result.Diagnostics).RuleId);
        Assert.Contains("5 pages, beyond the limit of 4", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedPdf_IsParse1NotACrash()
    {
        var bytes = File.ReadAllBytes(Fixtures.Corpus("peer_hongze_district_2024.pdf"))[..2000];

        var result = DocumentParser.Parse(new MemoryStream(bytes), "cut.pdf");

        Assert.False(result.Success);
        Assert.Equal(RuleIds.Parse1, Assert.Single(result.Diagnostics).RuleId);
        Assert.StartsWith("cut.pdf: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InputLargerThanLimit_IsParse8()
    {
        var result = DocumentParser.Parse(new MemoryStream(new byte[5000]), "big.bin", new DocumentParserOptions { Parser = new ReportRules.Parsing.ReportParserOptions { MaxInputBytes = 4096 } });

        Assert.Equal(RuleIds.Parse8, Assert.Single(result.Diagnostics).RuleId);
    }

    [Fact]
    public void Parse_PdfNamedTxt_IsSniffedByContent()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rr-{Guid.NewGuid():N}.txt");
        File.Copy(Fixtures.Corpus("peer_hongze_district_2023.pdf"), path);
        try
        {
            var result = DocumentParser.ParseFile(path);

            Assert.True(result.Success, result.Error);
            Assert.Equal(2023, result.Report!.Metadata.Year);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("%PDF-1.7\n", DocumentKind.Pdf)]
    [InlineData("<!DOCTYPE html><html>", DocumentKind.Html)]
    [InlineData("  <table><tr><td>1</td></tr></table>", DocumentKind.Html)]
    [InlineData("一、总体情况\n本年新收 | 12 |", DocumentKind.Text)]
    public void DetectKind_ByContent(string head, DocumentKind expected) =>
        Assert.Equal(expected, DocumentParser.DetectKind(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void DetectKind_WordPackage_IsDocx() =>
        Assert.Equal(DocumentKind.Docx, DocumentParser.DetectKind(File.ReadAllBytes(Fixtures.Corpus("peer_template_2021_blank.docx"))));
}
