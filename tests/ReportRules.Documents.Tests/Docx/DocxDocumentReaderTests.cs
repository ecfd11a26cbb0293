using System.IO.Compression;
using ReportRules.Documents.Docx;
using ReportRules.Documents.Tests.TestSupport;
using ReportRules.Model;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Documents.Tests.Docx;

public class DocxDocumentReaderTests
{
    private static ExtractedDocument ReadTemplate() =>
        DocxDocumentReader.Read(File.ReadAllBytes(Fixtures.Corpus("peer_template_2021_blank.docx")), DocumentParserOptions.Default);

    [Fact]
    public void Read_BlankTemplate_ThreeTablesWithTheFormShape()
    {
        var rows = ReadTemplate().Lines.Where(l => l.Cells is not null).ToList();

        // NOTES.md: Table 2 has 14 rows, Table 3 28 (3 header + 25 data), Table 4 4.
        Assert.Equal([14, 28, 4], rows.GroupBy(r => r.TableIndex).Select(g => g.Count()));
        Assert.All(rows.Where(r => r.TableIndex == 1), r => Assert.Equal(10, r.Cells!.Count));
        Assert.All(rows.Where(r => r.TableIndex == 2), r => Assert.Equal(15, r.Cells!.Count));
    }

    [Fact]
    public void Read_BlankTemplate_EveryValueCellIsBlank()
    {
        var rows = ReadTemplate().Lines.Where(l => l.Cells is not null).ToList();
        var table3Data = rows.Where(r => r.TableIndex == 1).Skip(3).ToList();

        Assert.Equal(25, table3Data.Count);
        Assert.All(table3Data, r => Assert.All(r.Cells!.Skip(3), c => Assert.Equal(string.Empty, c.Text)));
        Assert.All(rows.Where(r => r.TableIndex == 2).Last().Cells!, c => Assert.Equal(string.Empty, c.Text));
    }

    [Fact]
    public void Read_VMergeAndGridSpan_GroupLabelsRepeatedAndFlagged()
    {
        var table3 = ReadTemplate().Lines.Where(l => l.TableIndex == 1).ToList();
        var secret = table3.Single(r => r.Cells![2].Text == "1.属于国家秘密");
        var lawBanned = table3.Single(r => r.Cells![2].Text == "2.其他法律行政法规禁止公开");
        var newReceived = table3.Single(r => r.Cells![0].Text == "一、本年新收政府信息公开申请数量");

        Assert.Equal(["三、本年度办理结果", "（三）不予公开"], secret.Cells!.Take(2).Select(c => c.Text));
        Assert.False(secret.Cells![1].Spanned);
        Assert.True(lawBanned.Cells![1].Spanned);
        Assert.Equal("（三）不予公开", lawBanned.Cells![1].Text);
        Assert.Equal([false, true, true], newReceived.Cells!.Take(3).Select(c => c.Spanned));
    }

    [Fact]
    public void Read_Table2SingleValueRows_GridSpanCoversThreeColumns()
    {
        var licensing = ReadTemplate().Lines.Single(l => l.TableIndex == 0 && l.Cells![0].Text == "行政许可");

        Assert.Equal([false, false, true, true], licensing.Cells!.Select(c => c.Spanned));
    }

    [Fact]
    public void Read_BlankTemplate_ParagraphsAreNarrativeLines()
    {
        var paragraphs = ReadTemplate().Lines.Where(l => l.Cells is null).Select(l => l.Text).ToList();

        Assert.Contains("三、收到和处理政府信息公开申请情况", paragraphs);
        Assert.Contains("（文字描述，收取信息处理费情况在此处报告。）", paragraphs);
    }

    [Fact]
    public void Parse_BlankTemplate_IsGb2021WithNoIdentityErrors()
    {
        var parsed = DocumentParser.ParseFile(Fixtures.Corpus("peer_template_2021_blank.docx"));
        var checkedResult = ReportChecker.Check(parsed);

        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal(ReportEdition.Gb2021, parsed.Report!.Edition);
        Assert.DoesNotContain(checkedResult.Findings, f => f.RuleId.StartsWith("T", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_BlankTemplate_EveryModelCellBlankAsInTheGolden()
    {
        var parsed = DocumentParser.ParseFile(Fixtures.Corpus("peer_template_2021_blank.docx"));
        var golden = GoldenCell.Load(Fixtures.Expected("peer_template_2021_blank.cells.tsv"));
        var checkedResult = ReportChecker.Check(parsed);

        // 200 cells (Table 2 10, Table 3 175 with the three （六） sub-rows, Table 4 15), every one blank — not 0 and
        // not missing; blank cells make every identity not applicable, so nothing at all is reported.
        Assert.Equal(200, golden.Count);
        Assert.All(golden, g => Assert.Equal("blank", g.Kind));
        var problems = GoldenCell.Mismatches(parsed, golden);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(200, parsed.Report!.Cells.Count);
        Assert.Empty(checkedResult.Findings);
    }

    [Fact]
    public void Read_PackageInflatingPastLimit_IsParse8BeforeOpening()
    {
        var bytes = Zip(("word/document.xml", new byte[4 * 1024 * 1024]));

        var result = DocumentParser.Parse(new MemoryStream(bytes), "bomb.docx", new DocumentParserOptions { MaxDecompressedBytes = 1024 * 1024 });

        Assert.False(result.Success);
        Assert.Equal(RuleIds.Parse8, Assert.Single(result.Diagnostics).RuleId);
        Assert.Contains("decompresses to more than 1048576 bytes", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ZipWithoutWordDocument_IsParse1()
    {
        var result = DocumentParser.Parse(new MemoryStream(Zip(("readme.txt", "hello"u8.ToArray()))), "x.docx");

        Assert.False(result.Success);
        Assert.Equal(RuleIds.Parse1, Assert.Single(result.Diagnostics).RuleId);
    }

    [Fact]
    public void Parse_CorruptWordPackage_IsParse1NamingTheFile()
    {
        var result = DocumentParser.Parse(new MemoryStream(Zip(("word/document.xml", "<not-xml"u8.ToArray()))), "broken.docx");

        Assert.False(result.Success);
        Assert.Equal(RuleIds.Parse1, Assert.Single(result.Diagnostics).RuleId);
        Assert.StartsWith("broken.docx: ", result.Error, StringComparison.Ordinal);
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
