using System.Text;
using ReportRules.Documents.Tests.TestSupport;
using ReportRules.Rules;

namespace ReportRules.Documents.Tests.Pdf;

/// <summary>
/// Issue 13: "a broken PDF is called a scan". A PDF whose streams, fonts or objects are damaged is PARSE-1
/// "could not be read: its structure is broken", never PARSE-12 "no text layer: a scan; OCR it first".
/// </summary>
public sealed class PdfBrokenStructureTests
{
    private static byte[] Real => File.ReadAllBytes(Fixtures.Corpus("peer_hongze_district_2024.pdf"));

    [Fact]
    public void Parse_PdfWhoseStreamsAreCorrupt_IsBrokenNotAScan()
    {
        var bytes = Real;
        CorruptStreamStarts(bytes, 64);

        AssertBroken(DocumentParser.Parse(new MemoryStream(bytes), "streams.pdf"));
    }

    [Fact]
    public void Parse_PdfWhoseFontsAreGone_IsBrokenNotAScan()
    {
        var bytes = Replace(Real, "/Font", "/Fxnt");

        var result = DocumentParser.Parse(new MemoryStream(bytes), "fonts.pdf");

        AssertBroken(result);
        Assert.Contains("draw text", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PdfWithoutAnyObjectHeader_IsBrokenNamingTheStructure()
    {
        var bytes = Replace(Real, " obj", " obX");

        AssertBroken(DocumentParser.Parse(new MemoryStream(bytes), "objects.pdf"));
    }

    [Fact]
    public void Parse_PdfWhosePagesLostTheirContents_IsBrokenNotAScan()
    {
        var bytes = Replace(Real, "/Contents", "/Kontents");

        AssertBroken(DocumentParser.Parse(new MemoryStream(bytes), "contents.pdf"));
    }

    private static void AssertBroken(ReportRules.Parsing.ParseResult result)
    {
        Assert.False(result.Success);
        Assert.Equal(RuleIds.Parse1, Assert.Single(result.Diagnostics).RuleId);
        Assert.Contains("could not be read: its structure is broken", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("scan", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    private static void CorruptStreamStarts(byte[] bytes, int count)
    {
        var stream = Encoding.ASCII.GetBytes("stream");
        for (var i = bytes.AsSpan().IndexOf(stream); i >= 0;)
        {
            var start = i + stream.Length;
            if (i < 3 || bytes[i - 3] != (byte)'e' || bytes[i - 1] != (byte)'d')
            {
                while (start < bytes.Length && bytes[start] is (byte)'\r' or (byte)'\n')
                {
                    start++;
                }

                for (var k = start; k < Math.Min(start + count, bytes.Length); k++)
                {
                    bytes[k] ^= 0x5a;
                }
            }

            var next = bytes.AsSpan(start).IndexOf(stream);
            i = next < 0 ? -1 : start + next;
        }
    }

    private static byte[] Replace(byte[] bytes, string from, string to)
    {
        var latin1 = Encoding.Latin1;
        return latin1.GetBytes(latin1.GetString(bytes).Replace(from, to, StringComparison.Ordinal));
    }
}
