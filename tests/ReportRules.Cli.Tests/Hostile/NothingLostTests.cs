using System.Text;
using System.Text.Json;
using ReportRules.Cli.Formatting;
using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Hostile;

/// <summary>
/// Issue 13, nothing lost: a folder of 2,000 mixed inputs (real reports in every format, mutated and broken copies,
/// empty, binary, non-reports, other encodings, hostile names, hidden files, symlink loops, a PDF bomb) shows every
/// input exactly once, identical between <c>--jobs 1</c> and <c>--jobs 8</c>, between two runs, and under tr_TR
/// and invariant globalization in other time zones; every format names each input.
/// </summary>
public sealed class NothingLostTests : IDisposable
{
    private const int Inputs = 2_000;

    private readonly TempDir temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Check_TwoThousandMixedInputs_EveryInputOnceInEveryFormatAndTheSameEverywhere()
    {
        var expected = MixedFolder.Write(temp, Inputs);
        Assert.Equal(Inputs, expected.Count);

        var serial = CliRunner.Run("check", temp.Path, "--format", "jsonl", "--jobs", "1", "--fail-on", "never");
        var parallel = CliRunner.Run("check", temp.Path, "--format", "jsonl", "--jobs", "8", "--fail-on", "never");
        var again = CliRunner.Run("check", temp.Path, "--format", "jsonl", "--jobs", "8", "--fail-on", "never");

        var reports = serial.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var sources = reports.Select(r => r.GetProperty("source").GetString()!).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), sources.Select(s => Path.GetRelativePath(temp.Path, s).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal(serial.Out, parallel.Out);
        Assert.Equal(serial.Out, again.Out);
        Assert.Equal(serial.ExitCode, parallel.ExitCode);
        Assert.All(reports, r => Assert.True(
            r.GetProperty("status").GetString() == "checked" || r.GetProperty("error").GetString()!.Contains(r.GetProperty("source").GetString()!, StringComparison.Ordinal),
            "an unreadable entry names its file"));

        var unreadable = reports.Where(r => r.GetProperty("status").GetString() == "unreadable").Select(r => r.GetProperty("source").GetString()!).ToList();
        var withFindings = reports.Where(r => r.GetProperty("status").GetString() == "checked" && r.GetProperty("findings").GetArrayLength() > 0).Select(r => r.GetProperty("source").GetString()!).ToList();
        Assert.NotEmpty(unreadable);
        Assert.NotEmpty(withFindings);

        // json: every input once, in order.
        using (var json = JsonDocument.Parse(CliRunner.Run("check", temp.Path, "--format", "json", "--jobs", "8", "--fail-on", "never").Out))
        {
            Assert.Equal(sources, json.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("source").GetString()!));
        }

        // text: one header line per input (escaped names), in order.
        var text = CliRunner.Run("check", temp.Path, "--format", "text", "--jobs", "8", "--fail-on", "never", "--lang", "en").Out;
        var headers = text.Split('\n').Where(l => l.Length > 0 && l[0] != ' ' && l.StartsWith(temp.Path, StringComparison.Ordinal)).ToList();
        Assert.Equal(sources.Count, headers.Count);
        Assert.All(sources.Zip(headers), p => Assert.StartsWith(OutputSafety.Visible(p.First)!, p.Second, StringComparison.Ordinal));

        // html: one index row and one section per input.
        var html = CliRunner.Run("check", temp.Path, "--format", "html", "--jobs", "8", "--fail-on", "never").Out;
        Assert.Equal(sources.Count, Count(html, "<td class=\"src\"><a href=\"#r"));
        Assert.Equal(sources.Count, Count(html, "<section class=\"report\" id=\"r"));

        // sarif lists findings: each unreadable input once, each input with findings at least once, nothing else.
        using (var sarif = JsonDocument.Parse(CliRunner.Run("check", temp.Path, "--format", "sarif", "--jobs", "8", "--fail-on", "never").Out))
        {
            var named = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => Uri.UnescapeDataString(r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!))
                .ToList();
            Assert.Equal(unreadable.Count + withFindings.Count, named.Distinct(StringComparer.Ordinal).Count());
        }

        var csv = CliRunner.Run("check", temp.Path, "--format", "csv", "--jobs", "8", "--fail-on", "never").Out;
        Assert.All(unreadable, s => Assert.Contains(OutputSafety.CsvText(s)!, csv, StringComparison.Ordinal));

        // csv: one report row per input (clean, with findings, not checked or unreadable), in order.
        var reportRows = csv.Split("\r\n").Where(l => l.StartsWith("report,", StringComparison.Ordinal)).ToList();
        Assert.Equal(sources.Count, reportRows.Count);

        // Another locale, time zone and invariant globalization: the same bytes.
        foreach (var environment in CliProcess.Environments())
        {
            var other = CliProcess.Run(environment, "check", temp.Path, "--format", "jsonl", "--jobs", "8", "--fail-on", "never");
            Assert.True(serial.Out == other.Out, $"output differs under {string.Join(' ', environment.Select(e => e.Key + "=" + e.Value))}: {other.Error}");
        }
    }

    private static int Count(string text, string needle)
    {
        var count = 0;
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

/// <summary>A reproducible folder of mixed inputs (seeded): what a real batch, and an attacker, may put in one.</summary>
internal static class MixedFolder
{
    private static readonly Encoding Gb18030 = CreateGb18030();

    /// <summary>Writes <paramref name="count"/> inputs; returns their paths relative to the folder, as the CLI finds them.</summary>
    public static List<string> Write(TempDir temp, int count)
    {
        var random = new Random(13_2000);
        var texts = Directory.GetFiles(Repo.Samples, "*.txt").Select(File.ReadAllBytes).ToList();
        var binaries = Directory.GetFiles(Path.Combine(Repo.Root, "tests", "fixtures", "corpus"))
            .Where(p => p.EndsWith(".pdf", StringComparison.Ordinal) || p.EndsWith(".docx", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal))
            .Select(p => (Extension: Path.GetExtension(p), Bytes: File.ReadAllBytes(p)))
            .ToList();
        var names = new List<string>();

        void Add(string name, byte[] bytes)
        {
            temp.WriteBytes(name, bytes);
            names.Add(name);
        }

        // Special entries first: loops, links, hostile names, hidden files, a bomb.
        var loop = Path.Combine(temp.Path, "loop");
        Directory.CreateDirectory(loop);
        Directory.CreateSymbolicLink(Path.Combine(loop, "self"), loop);
        Directory.CreateSymbolicLink(Path.Combine(loop, "up"), temp.Path);
        Add("loop/in-loop.txt", texts[0]);
        File.CreateSymbolicLink(Path.Combine(temp.Path, "link-a.txt"), Path.Combine(temp.Path, "link-b.txt"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "link-b.txt"), Path.Combine(temp.Path, "link-a.txt"));
        names.Add("link-a.txt");
        names.Add("link-b.txt");
        Add("\u001b]0;title\u0007\u001b[2J=HYPERLINK(1)\n forged\u202Etxt.md", texts[1]);
        Add("@response.txt", texts[2]);
        Add("+cmd.txt", [.. "+1+1\n"u8]);
        Add(".hidden.txt", texts[3]);
        Add("bomb.pdf", PdfBomb.Pdf(96L * 1024 * 1024));

        var kinds = 16;
        for (var i = 0; names.Count < count; i++)
        {
            var name = $"d{(i % 20).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)}/f{i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)}";
            var text = texts[random.Next(texts.Count)];
            switch (i % kinds)
            {
                case 0 or 1 or 2:
                    Add(name + ".txt", text);
                    break;
                case 3:
                    Add(name + ".txt", Encoding.Convert(Encoding.UTF8, Gb18030, text));
                    break;
                case 4:
                    Add(name + ".txt", Encoding.Convert(Encoding.UTF8, random.Next(2) == 0 ? Encoding.Unicode : Encoding.BigEndianUnicode, text));
                    break;
                case 5:
                    Add(name + ".txt", text[..random.Next(text.Length)]);
                    break;
                case 6:
                    Add(name + ".txt", Flip(random, text, 1 + random.Next(20)));
                    break;
                case 7:
                    Add(name + ".html", Encoding.UTF8.GetBytes("<html><body><table><tr><td>" + Encoding.UTF8.GetString(text).Replace("\n", "</td></tr><tr><td>", StringComparison.Ordinal)));
                    break;
                case 8:
                    Add(name + ".txt", []);
                    break;
                case 9:
                    Add(name + ".pdf", HostileCorpus.RandomBytes(random, random.Next(1, 4096)));
                    break;
                case 10:
                    Add(name + ".txt", Encoding.UTF8.GetBytes("这不是年度报告。只是一段文字。\n" + random.Next()));
                    break;
                case 11 when i % (kinds * 8) == 11:
                    var binary = binaries[random.Next(binaries.Count)];
                    Add(name + binary.Extension, binary.Bytes);
                    break;
                case 11:
                    var cut = binaries[random.Next(binaries.Count)];
                    Add(name + cut.Extension, cut.Bytes[..random.Next(1, Math.Min(cut.Bytes.Length, 8192))]);
                    break;
                case 12:
                    Add(name + ".docx", HostileCorpus.RandomBytes(random, random.Next(1, 2048)));
                    break;
                case 13:
                    Add(name + ".md", Encoding.UTF8.GetBytes(string.Join('\n', Encoding.UTF8.GetString(text).Split('\n').OrderBy(_ => random.Next()))));
                    break;
                case 14:
                    Add(name + ".txt", [.. text, .. Encoding.UTF8.GetBytes("\n" + new string('9', 29) + "\n")]);
                    break;
                default:
                    Add(name + ".htm", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", 300 + random.Next(300)))));
                    break;
            }
        }

        return names;
    }

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    private static byte[] Flip(Random random, byte[] bytes, int flips)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < flips && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }
}
