using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReportRules.Cli.Tests.TestSupport;
using ReportRules.Documents;
using ReportRules.Parsing;

namespace ReportRules.Cli.Tests.Hostile;

/// <summary>
/// Random and mutated inputs, many small cases: no entry point ever throws, and every input ends as a report or as
/// an unreadable result naming its source. The prefixes steer random bytes into each reader (PDF, zip, HTML, BOMs,
/// table headers); the mutations flip bytes of, and truncate, real reports of every format.
/// </summary>
public sealed class RandomBytesPropertyTests
{
    private const string Source = "fuzz-input";

    private static readonly byte[][] Prefixes =
    [
        [],
        "%PDF-1.4\n"u8.ToArray(),
        "PK\x03\x04"u8.ToArray(),
        "<html><body><table><tr><td rowspan=\"9999\" colspan=\"9999\">"u8.ToArray(),
        "\xEF\xBB\xBF"u8.ToArray(),
        [0xFF, 0xFE],
        "三、收到和处理政府信息公开申请情况\n申请人情况\n| 一、本年新收政府信息公开申请数量 | "u8.ToArray(),
    ];

    private static readonly Lazy<byte[][]> Seeds = new(() =>
    [
        File.ReadAllBytes(Repo.Sample("001")),
        File.ReadAllBytes(Path.Combine(Repo.Root, "tests", "fixtures", "corpus", "peer_template_2021_blank.docx")),
        File.ReadAllBytes(Path.Combine(Repo.Root, "tests", "fixtures", "corpus", "peer_hongze_district_2023.pdf")),
        HtmlSeed(),
    ]);

    [Property(MaxTest = 300)]
    public Property Parse_RandomBytesBehindAnyPrefix_NeverThrows() =>
        Prop.ForAll(
            Gen.Elements(Prefixes).Zip(ArbMap.Default.GeneratorFor<byte[]>()).ToArbitrary(),
            pair => ReadsEverywhere([.. pair.Item1, .. pair.Item2]));

    [Property(MaxTest = 120)]
    public Property Parse_MutatedRealReport_NeverThrows() =>
        Prop.ForAll(
            (from seed in Gen.Choose(0, 3)
             from cut in Gen.Choose(1, 1000)
             from flips in Gen.ListOf(Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, 255)))
             select (seed, cut, flips)).ToArbitrary(),
            c =>
            {
                var original = Seeds.Value[c.seed];
                var bytes = original[..Math.Max(1, (int)((long)original.Length * c.cut / 1000))];
                foreach (var (position, value) in c.flips)
                {
                    bytes[position % bytes.Length] = (byte)value;
                }

                return ReadsEverywhere(bytes);
            });

    [Property(MaxTest = 100)]
    public Property Parse_DocxWithRandomDocumentXml_NeverThrows() =>
        Prop.ForAll(
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).ToArbitrary(),
            xml => ReadsEverywhere(Zip("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + xml)));

    private static bool ReadsEverywhere(byte[] bytes)
    {
        HostileCorpusTests.AssertNamed(DocumentParser.Parse(new MemoryStream(bytes), Source), Source);
        HostileCorpusTests.AssertNamed(ReportParser.Parse(new MemoryStream(bytes), Source), Source);
        HostileCorpusTests.AssertNamed(ReportChecker.CheckText(Encoding.UTF8.GetString(bytes), Source), Source);
        return true;
    }

    private static byte[] HtmlSeed()
    {
        var html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><table>");
        foreach (var line in File.ReadAllLines(Repo.Sample("001")))
        {
            html.Append("<tr><td>").Append(line.Replace("|", "</td><td>", StringComparison.Ordinal)).Append("</td></tr>");
        }

        return Encoding.UTF8.GetBytes(html.Append("</table></body></html>").ToString());
    }

    private static byte[] Zip(string name, string text)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
