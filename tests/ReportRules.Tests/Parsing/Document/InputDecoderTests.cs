using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReportRules.Parsing;
using ReportRules.Parsing.Document;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Parsing.Document;

/// <summary>
/// Issue 13: one invalid byte made a UTF-8 report decode as GB18030 (mojibake, then "no tables"), and BOM-less
/// UTF-16 Chinese text was refused as binary. Rare damage is now U+FFFD plus a PARSE-14 finding; UTF-16 is told by
/// its content.
/// </summary>
public sealed class InputDecoderTests
{
    private static string Sample => File.ReadAllText(SeedFixtures.CorpusPath(SeedFixtures.Seed001));

    [Fact]
    public void Parse_Utf8ReportWithOneInvalidByte_ReadsTheTablesAndSaysSoInParse14()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample).ToList();
        var title = Encoding.UTF8.GetBytes("政府信息公开年度报告");
        var at = IndexOf(bytes, title);
        bytes.Insert(at, 0xFF);

        var damaged = ReportParser.Parse(new MemoryStream([.. bytes]), "damaged.txt");
        var clean = ReportParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(Sample)), "clean.txt");

        Assert.True(damaged.Success, damaged.Error);
        var note = Assert.Single(damaged.Diagnostics, d => d.RuleId == RuleIds.Parse14);
        Assert.Contains("1 invalid UTF-8 byte sequence(s)", note.GetMessage("en"), StringComparison.Ordinal);
        Assert.Equal(clean.Report!.Metadata.Edition, damaged.Report!.Metadata.Edition);
        Assert.Equal(CellsOf(clean), CellsOf(damaged));
    }

    [Fact]
    public void TryDecode_Gb18030Report_StaysGb18030WithoutParse14()
    {
        var bytes = InputDecoder.Gb18030.GetBytes(Sample);

        Assert.True(InputDecoder.TryDecode(bytes, out var text, out var name, out var replaced, out var error), error);
        Assert.Equal("gb18030", name);
        Assert.Equal(0, replaced);
        Assert.Equal(Sample, text);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void TryDecode_BomLessUtf16ChineseReport_IsReadAsUtf16(string encodingName)
    {
        var encoding = encodingName == "utf-16le" ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var bytes = encoding.GetBytes(Sample);

        Assert.True(InputDecoder.TryDecode(bytes, out var text, out var name, out var error), error);
        Assert.Equal(encodingName, name);
        Assert.Equal(Sample, text);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void TryDecode_BomLessUtf16PureChinese_IsReadAsUtf16(string encodingName)
    {
        // No ASCII at all: no NUL byte to go by.
        const string Chinese = "株洲市芦淞区人民政府二〇一九年政府信息公开工作年度报告，本年度主动公开政府信息若干条。";
        var encoding = encodingName == "utf-16le" ? Encoding.Unicode : Encoding.BigEndianUnicode;

        Assert.True(InputDecoder.TryDecode(encoding.GetBytes(Chinese), out var text, out var name, out var error), error);
        Assert.Equal(encodingName, name);
        Assert.Equal(Chinese, text);
    }

    [Fact]
    public void TryDecode_MostlyInvalidUtf8_IsNotUtf8WithReplacement()
    {
        var random = new Random(13);
        var bytes = new byte[8192];
        random.NextBytes(bytes);

        InputDecoder.TryDecode(bytes, out _, out var name, out var replaced, out _);

        Assert.Equal(0, replaced);
        Assert.NotEqual("utf-8 (invalid bytes replaced)", name);
    }

    [Property(MaxTest = 100)]
    public Property Property_RareDamageInUtf8Chinese_IsUtf8WithTheDamageCounted() =>
        Prop.ForAll(
            Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 10_000), n)).ToArbitrary(),
            positions =>
            {
                var bytes = Encoding.UTF8.GetBytes(Sample).ToList();
                // At character boundaries (a damaged byte inside a character takes that character with it).
                var boundaries = positions.Select(p => NextBoundary(bytes, p)).Distinct().OrderDescending().ToList();
                foreach (var position in boundaries)
                {
                    bytes.Insert(position, 0xC0); // 0xC0 never appears in valid UTF-8
                }

                var ok = InputDecoder.TryDecode([.. bytes], out var text, out var name, out var replaced, out _);
                return ok && name == "utf-8 (invalid bytes replaced)" && replaced == boundaries.Count
                    && text.Replace("\uFFFD", string.Empty, StringComparison.Ordinal) == Sample;
            });

    private static int NextBoundary(List<byte> bytes, int position)
    {
        position = Math.Min(position, bytes.Count);
        while (position < bytes.Count && (bytes[position] & 0xC0) == 0x80)
        {
            position++;
        }

        return position;
    }

    private static List<string> CellsOf(ParseResult result) =>
        [.. result.Report!.Cells.Select(c => $"{c.Key}={c.Value.Value}")];

    private static int IndexOf(List<byte> haystack, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Count; i++)
        {
            if (haystack.Skip(i).Take(needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        throw new InvalidOperationException("not found");
    }
}
