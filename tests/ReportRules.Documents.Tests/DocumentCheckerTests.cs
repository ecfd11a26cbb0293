using ReportRules.Documents.Tests.TestSupport;
using ReportRules.Findings;
using ReportRules.Model;

namespace ReportRules.Documents.Tests;

/// <summary>One entry point for every format: the checker with <c>WithDocuments()</c>, and DocumentChecker, honour every option.</summary>
public sealed class DocumentCheckerTests
{
    private static readonly string Pdf = Fixtures.Corpus("peer_hongze_district_2023.pdf");

    [Fact]
    public void CheckFile_HonoursTheEditionOption()
    {
        var detected = DocumentChecker.CheckFile(Pdf);
        var forced = DocumentChecker.CheckFile(Pdf, ReportCheckerOptions.Default with { Edition = ReportEdition.Gb2019 });
        Assert.Equal(ReportEdition.Gb2021, detected.Report!.Edition);
        Assert.Equal(ReportEdition.Gb2019, forced.Report!.Edition);
    }

    [Fact]
    public async Task Checker_WithDocuments_ReadsPdfLikeDocumentChecker()
    {
        var checker = new ReportRulesChecker(ReportCheckerOptions.Default.WithDocuments());
        var viaChecker = await checker.CheckAsync(Pdf);
        var viaStatic = ReportChecker.CheckFile(Pdf, ReportCheckerOptions.Default.WithDocuments());
        var viaDocuments = DocumentChecker.CheckFile(Pdf);
        Assert.Equal(CheckStatus.Checked, viaChecker.Status);
        Assert.Equal(viaDocuments.Findings.Select(f => f.Fingerprint), viaChecker.Findings.Select(f => f.Fingerprint));
        Assert.Equal(viaDocuments.Findings.Select(f => f.Fingerprint), viaStatic.Findings.Select(f => f.Fingerprint));
    }

    [Fact]
    public void Checker_WithoutDocuments_NamesThePackageForAPdf()
    {
        var result = ReportChecker.CheckFile(Pdf);
        Assert.Equal(CheckStatus.Unreadable, result.Status);
        Assert.Contains("ReportRules.Documents", result.Error, StringComparison.Ordinal);
        Assert.Contains(Pdf, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WithDocuments_Twice_KeepsOneReader()
    {
        var options = ReportCheckerOptions.Default.WithDocuments().WithDocuments(new DocumentParserOptions { MaxPdfPages = 3 });
        var reader = Assert.IsType<DocumentFormatReader>(Assert.Single(options.Readers));
        Assert.Equal(3, reader.DocumentOptions.MaxPdfPages);
        Assert.Empty(ReportCheckerOptions.Default.Readers);
    }

    [Fact]
    public void ParseFile_WithNullOptions_Compiles()
    {
        // DocumentParser.ParseFile(path, null) was ambiguous (CS0121) between two option types.
        Assert.True(DocumentParser.ParseFile(Pdf, null).Success);
    }
}
