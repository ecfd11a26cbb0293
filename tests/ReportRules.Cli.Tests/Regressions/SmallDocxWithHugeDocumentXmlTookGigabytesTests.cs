using System.IO.Compression;
using System.Text;
using ReportRules.Cli.Tests.TestSupport;
using ReportRules.Documents;
using ReportRules.Rules;

namespace ReportRules.Cli.Tests.Regressions;

/// <summary>
/// A 0.7 MB .docx whose word/document.xml inflates to 100 MB (under the 128 MiB package limit) took 2.2 GB of
/// memory and 16 s in OpenXml. word/document.xml now has its own limit (<see cref="DocumentParserOptions.MaxDocumentXmlBytes"/>).
/// </summary>
public sealed class SmallDocxWithHugeDocumentXmlTookGigabytesTests
{
    private static readonly string Template = Path.Combine(Repo.Root, "tests", "fixtures", "corpus", "peer_template_2021_blank.docx");

    [Fact]
    public void Parse_DocumentXmlOverTheLimit_IsParse8BeforeOpenXmlLoadsIt()
    {
        var bytes = WithExtraRows(rows: 2000);
        var options = new DocumentParserOptions { MaxDocumentXmlBytes = 512 * 1024 };

        var result = DocumentParser.Parse(new MemoryStream(bytes), "bomb.docx", options);

        Assert.False(result.Success);
        Assert.Equal(RuleIds.Parse8, Assert.Single(result.Diagnostics).RuleId);
        Assert.Contains("bomb.docx: the Word document's text (word/document.xml) decompresses to more than 524288 bytes", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SameDocumentWithinTheLimit_IsRead()
    {
        var result = DocumentParser.Parse(new MemoryStream(WithExtraRows(rows: 2000)), "bomb.docx", new DocumentParserOptions { MaxDocumentXmlBytes = 4 * 1024 * 1024 });

        Assert.True(result.Success, result.Error);
    }

    // The real blank 2021 template with a table of tiny cells added at the start of the body.
    private static byte[] WithExtraRows(int rows)
    {
        using var source = ZipFile.OpenRead(Template);
        using var buffer = new MemoryStream();
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var input = entry.Open();
                using var reader = new StreamReader(input, Encoding.UTF8);
                var content = reader.ReadToEnd();
                if (entry.FullName == "word/document.xml")
                {
                    var row = "<w:tr>" + string.Concat(Enumerable.Repeat("<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>", 8)) + "</w:tr>";
                    var at = content.IndexOf("<w:body>", StringComparison.Ordinal) + "<w:body>".Length;
                    content = content[..at] + "<w:tbl>" + string.Concat(Enumerable.Repeat(row, rows)) + "</w:tbl>" + content[at..];
                }

                using var output = target.CreateEntry(entry.FullName).Open();
                output.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }
}
