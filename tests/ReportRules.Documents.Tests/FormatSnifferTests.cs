using System.Text;

namespace ReportRules.Documents.Tests;

/// <summary>Issue 13: "%PDF-" anywhere in the first KiB made a text report a PDF; only the start counts.</summary>
public sealed class FormatSnifferTests
{
    [Theory]
    [InlineData("%PDF-1.7\n", DocumentKind.Pdf)]
    [InlineData("\n  %PDF-1.4\n", DocumentKind.Pdf)]
    [InlineData("某某县2019年政府信息公开工作年度报告\n附件格式说明：%PDF-1.4 文件头\n", DocumentKind.Text)]
    [InlineData("x%PDF-", DocumentKind.Text)]
    public void Sniff_PdfSignature_CountsOnlyAtTheStart(string head, DocumentKind expected) =>
        Assert.Equal(expected, FormatSniffer.Sniff(Encoding.UTF8.GetBytes(head)));
}
