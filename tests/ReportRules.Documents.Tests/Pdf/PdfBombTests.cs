using System.Globalization;
using System.IO.Compression;
using System.Text;
using ReportRules.Documents.Pdf;
using ReportRules.Findings;
using ReportRules.Rules;

namespace ReportRules.Documents.Tests.Pdf;

/// <summary>
/// Issue 13: a 4.7 MB PDF whose content stream inflated to 1.5 GB grew the process until the OOM killer ended the
/// batch. Decompression is now capped per stream and per document; the bomb ends as a PARSE-8 finding, with the
/// memory it took bounded by the scratch buffer that counts it, not by its inflated size.
/// </summary>
public sealed class PdfBombTests
{
    [Fact]
    public void Parse_ContentStreamInflatingTo200MiB_IsParse8WithinBoundedMemory()
    {
        var pdf = Pdf([Deflate(' ', 200L * 1024 * 1024)]);
        Assert.True(pdf.Length < 8 * 1024 * 1024, $"the bomb is {pdf.Length} bytes");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = DocumentParser.Parse(new MemoryStream(pdf), "bomb.pdf");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.False(result.Success);
        Assert.Equal(RuleIds.Parse8, Assert.Single(result.Diagnostics).RuleId);
        Assert.Contains("per-stream limit", result.Error, StringComparison.Ordinal);
        Assert.StartsWith("bomb.pdf: ", result.Error, StringComparison.Ordinal);
        Assert.True(allocated < 48L * 1024 * 1024, $"allocated {allocated} bytes reading a 200 MiB bomb");
    }

    [Fact]
    public void Parse_ManyStreamsUnderTheStreamLimit_StopAtTheDocumentLimit()
    {
        var pages = Enumerable.Range(0, 6).Select(_ => Deflate(' ', 900 * 1024)).ToList();
        var options = new DocumentParserOptions { MaxPdfStreamBytes = 1024 * 1024, MaxPdfDocumentBytes = 3 * 1024 * 1024 };

        var result = DocumentParser.Parse(new MemoryStream(Pdf(pages)), "pages.pdf", options);

        Assert.False(result.Success);
        Assert.Equal(RuleIds.Parse8, Assert.Single(result.Diagnostics).RuleId);
        Assert.Contains("per-document limit", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StreamsWithinTheLimits_AreReadAsBefore()
    {
        var options = new DocumentParserOptions { MaxPdfStreamBytes = 1024 * 1024, MaxPdfDocumentBytes = 3 * 1024 * 1024 };

        var result = DocumentParser.Parse(new MemoryStream(Pdf([Deflate(' ', 500 * 1024)])), "ok.pdf", options);

        // A page of spaces and one word: read (no text table), not refused by the budget.
        Assert.DoesNotContain(result.Diagnostics, f => f.RuleId == RuleIds.Parse8);
    }

    [Theory]
    [InlineData(36)]
    [InlineData(37)]
    [InlineData(1000)]
    [InlineData(70_000)]
    public void InflatedLength_CountsWhatDeflateYields_UpToTheStop(int size)
    {
        var zlib = Deflate('x', size);

        Assert.Equal(size, PdfStreamBudget.InflatedLength(zlib, long.MaxValue));
        Assert.Equal(Math.Min(size, 101), Math.Min(PdfStreamBudget.InflatedLength(zlib, 100), 101));
    }

    [Fact]
    public void InflatedLength_GarbageIsSmallNotAnException()
    {
        var random = new Random(13);
        var garbage = new byte[4096];
        random.NextBytes(garbage);

        Assert.InRange(PdfStreamBudget.InflatedLength(garbage, 1 << 20), 0, 1 << 20);
    }

    /// <summary>A zlib stream of <paramref name="length"/> copies of one character: ~1000:1 for long runs.</summary>
    internal static byte[] Deflate(char fill, long length)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)fill);
            var head = "BT /F1 12 Tf 72 720 Td (bomb) Tj ET\n"u8.ToArray();
            zlib.Write(head);
            for (var left = length - head.Length; left > 0; left -= chunk.Length)
            {
                zlib.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
            }
        }

        return output.ToArray();
    }

    /// <summary>A valid PDF with one page per content stream (FlateDecode), with a correct xref table.</summary>
    internal static byte[] Pdf(IReadOnlyList<byte[]> contents)
    {
        var output = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => output.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body)
        {
            offsets.Add(output.Position);
            Write($"{offsets.Count.ToString(CultureInfo.InvariantCulture)} 0 obj\n{body}\nendobj\n");
        }

        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        Write("%PDF-1.4\n%\u00e2\u00e3\n");
        var pageBase = 4;
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object($"<< /Type /Pages /Kids [{string.Join(' ', contents.Select((_, i) => $"{N(pageBase + (2 * i))} 0 R"))}] /Count {N(contents.Count)} >>");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        for (var i = 0; i < contents.Count; i++)
        {
            Object($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {N(pageBase + (2 * i) + 1)} 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
            offsets.Add(output.Position);
            Write($"{N(offsets.Count)} 0 obj\n<< /Length {N(contents[i].Length)} /Filter /FlateDecode >>\nstream\n");
            output.Write(contents[i]);
            Write("\nendstream\nendobj\n");
        }

        var xref = output.Position;
        Write($"xref\n0 {N(offsets.Count + 1)}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset.ToString("D10", CultureInfo.InvariantCulture)} 00000 n \n");
        }

        Write($"trailer\n<< /Size {N(offsets.Count + 1)} /Root 1 0 R >>\nstartxref\n{xref.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
        return output.ToArray();
    }
}
