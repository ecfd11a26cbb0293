using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ReportRules.Cli.Tests.TestSupport;
using ReportRules.Documents;
using ReportRules.Findings;

namespace ReportRules.Cli.Tests.Hostile;

/// <summary>
/// Issue 13 fuzzing: real reports (text, Markdown, HTML, DOCX, PDF) mutated line by line and byte by byte (repeated
/// and deleted lines, random Unicode with controls, bidi marks and lone surrogates, huge numbers, deep nesting, byte
/// flips, truncation). Never throws, always a result naming the input, the same input gives the same findings.
/// The case count comes from <c>REPORTRULES_FUZZ_CASES</c> (default 60; docs/fuzzing.md runs 20,000).
/// </summary>
public sealed class CorpusMutationPropertyTests
{
    private const string Source = "mutant";

    private static readonly Lazy<byte[][]> Seeds = new(() =>
    [
        .. Directory.GetFiles(Repo.Samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes),
        .. Directory.GetFiles(Path.Combine(Repo.Root, "tests", "fixtures", "corpus")).Order(StringComparer.Ordinal)
            .Where(p => !p.EndsWith(".txt", StringComparison.Ordinal)).Select(File.ReadAllBytes),
    ]);

    private static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable("REPORTRULES_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 60;

    [Fact]
    public void Parse_MutatedRealReports_NeverThrowAlwaysAResultDeterministic()
    {
        var gen =
            from seed in Gen.Choose(0, Seeds.Value.Length - 1)
            from operations in Gen.ListOf(Operation()).Select(l => l.Take(8).ToList())
            select (seed, operations);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var bytes = c.operations.Aggregate(Seeds.Value[c.seed], (current, op) => op(current));
            var first = DocumentChecker.Check(new MemoryStream(bytes), Source);
            var second = DocumentChecker.Check(new MemoryStream(bytes), Source);
            Assert.Equal(Source, first.Source);
            Assert.True(first.Status == CheckStatus.Checked || (first.Error ?? string.Empty).Contains(Source, StringComparison.Ordinal), first.Error);
            Assert.Equal(first.Status, second.Status);
            Assert.Equal(first.Findings.Select(f => f.Fingerprint), second.Findings.Select(f => f.Fingerprint));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));
    }

    private static Gen<Func<byte[], byte[]>> Operation() =>
        Gen.OneOf(
            Gen.Choose(0, 1_000_000).Select(RepeatLine),
            Gen.Choose(0, 1_000_000).Select(DeleteLine),
            Gen.Choose(0, 1_000_000).Zip(Gen.ArrayOf(Gen.Choose(0, 0xFFFF))).Select(t => InsertLine(t.Item1, new string([.. t.Item2.Select(c => (char)c)]))),
            Gen.Choose(0, 1_000_000).Select(p => InsertLine(p, "79228162514264337593543950335 | 50000000000000000000000000000 | 1e400")),
            Gen.Choose(100, 5_000).Select(Nest),
            Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, 255)).Select(t => SetByte(t.Item1, (byte)t.Item2)),
            Gen.Choose(1, 1000).Select(Truncate));

    private static Func<byte[], byte[]> RepeatLine(int position) => bytes => Lines(bytes, lines =>
    {
        var i = position % lines.Count;
        lines.Insert(i, lines[i]);
    });

    private static Func<byte[], byte[]> DeleteLine(int position) => bytes => Lines(bytes, lines => lines.RemoveAt(position % lines.Count));

    private static Func<byte[], byte[]> InsertLine(int position, string line) => bytes => Lines(bytes, lines => lines.Insert(position % lines.Count, line));

    private static Func<byte[], byte[]> Nest(int depth)
    {
        var prefix = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div><table><tr><td>", depth)));
        return bytes => [.. prefix, .. bytes];
    }

    private static Func<byte[], byte[]> SetByte(int position, byte value) => bytes =>
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var copy = (byte[])bytes.Clone();
        copy[position % copy.Length] = value;
        return copy;
    };

    private static Func<byte[], byte[]> Truncate(int thousandths) => bytes => bytes[..(int)((long)bytes.Length * thousandths / 1000)];

    // Line operations on the bytes as UTF-8 text (binary seeds come out damaged: also a case worth running).
    private static byte[] Lines(byte[] bytes, Action<List<string>> change)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        change(lines);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
