using System.Diagnostics;
using System.Globalization;
using ReportRules.Benchmarks.Corpus;
using ReportRules.Model;
using ReportRules.Parsing;
using ReportRules.Parsing.Document;
using ReportRules.Parsing.Editions;

namespace ReportRules.Benchmarks;

/// <summary>
/// <c>measure</c>: the issue-12 targets with their figures, quickly (a BenchmarkDotNet run of the same steps takes
/// many minutes). Per input: median time per operation over rounds, and bytes allocated per operation on the
/// measuring thread (<see cref="GC.GetAllocatedBytesForCurrentThread"/>, exact and repeatable, unlike time on a shared
/// machine). Ratios are against the baseline read + decode of the same file.
/// </summary>
internal static class MeasureCommand
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        var root = ParseBenchmarks.RepoRoot();
        var directory = Path.Combine(Path.GetTempPath(), "reportrules-measure");
        Directory.CreateDirectory(directory);
        var inputs = new List<(string Name, string Path)>();
        foreach (var edition in new[] { ReportEdition.Gb2019, ReportEdition.Gb2021 })
        {
            foreach (var layout in Enum.GetValues<BenchLayout>())
            {
                var path = Path.Combine(directory, $"{edition.ToString().ToLowerInvariant()}-{layout.ToString().ToLowerInvariant()}{BenchInputs.Extension(layout)}");
                File.WriteAllBytes(path, BenchInputs.Render(edition, layout));
                inputs.Add(($"{edition.ToString().ToLowerInvariant()} {layout.ToString().ToLowerInvariant()}", path));
            }
        }

        foreach (var sample in Directory.GetFiles(Path.Combine(root, "samples"), "*.txt").Order(StringComparer.Ordinal))
        {
            inputs.Add(("sample " + Path.GetFileName(sample)[..3], sample));
        }

        Console.WriteLine(FormattableString.Invariant($"rounds {rounds}; {Environment.ProcessorCount} cores; {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}; times in µs (median), allocation in bytes per operation"));
        Console.WriteLine("input              bytes   read µs  parse µs  check µs   p+c µs  ×read(≤10)  alloc p+c  ×bytes(≤10)  findings");
        var worstTime = 0.0;
        var worstAlloc = 0.0;
        foreach (var (name, path) in inputs)
        {
            var bytes = new FileInfo(path).Length;
            var parsed = Pipeline.Parse(path);
            var read = Measure(() => Pipeline.ReadDecode(path), rounds);
            var parse = Measure(() => Pipeline.Parse(path).Diagnostics.Count, rounds);
            var check = Measure(() => ReportChecker.Check(parsed).Findings.Count, rounds);
            var both = Measure(() => ReportChecker.Check(Pipeline.Parse(path)).Findings.Count, rounds);
            var findings = ReportChecker.Check(Pipeline.Parse(path)).Findings.Count;
            var timeRatio = both.Micros / read.Micros;
            var allocRatio = (double)both.Bytes / bytes;
            worstTime = Math.Max(worstTime, timeRatio);
            worstAlloc = Math.Max(worstAlloc, allocRatio);
            Console.WriteLine(FormattableString.Invariant(
                $"{name,-16} {bytes,7} {read.Micros,9:F1} {parse.Micros,9:F1} {check.Micros,9:F1} {both.Micros,8:F1} {timeRatio,11:F1} {both.Bytes,10} {allocRatio,12:F1} {findings,9}"));
        }

        Console.WriteLine();
        Console.WriteLine("allocation by stage (bytes per operation), text layouts");
        Console.WriteLine("input              lines   edition  metadata  national     prose     check");
        foreach (var (name, path) in inputs.Where(i => !i.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            Stages(name, path);
        }

        Console.WriteLine(FormattableString.Invariant($"target parse+check ≤ 10× read+decode: worst {worstTime:F1}×  {(worstTime <= 10 ? "met" : "NOT met")}"));
        Console.WriteLine(FormattableString.Invariant($"target allocation ≤ 10× input bytes:  worst {worstAlloc:F1}×  {(worstAlloc <= 10 ? "met" : "NOT met")}"));
        return 0;
    }

    private static void Stages(string name, string path)
    {
        InputDecoder.TryDecode(File.ReadAllBytes(path), out var text, out _, out _);
        var lines = text.Split('\n').Select((l, i) => new DocLine(l.TrimEnd('\r'), new SourceLocation(i + 1, 1))).ToList();
        var edition = EditionDetector.Detect(lines);
        var metadata = MetadataReader.Read(lines, edition, name);
        var parsed = ReportParser.ParseText(text, name);
        var lineBytes = Allocated(() => text.Split('\n').Length);
        var editionBytes = Allocated(() => (int)EditionDetector.Detect(lines));
        var metadataBytes = Allocated(() => MetadataReader.Read(lines, edition, name).Year ?? 0);
        var nationalBytes = edition.IsNational()
            ? Allocated(() =>
            {
                var builder = new AnnualReportBuilder(edition);
                NationalReader.Read(lines, builder, [], name);
                return 0;
            })
            : 0;
        var proseBytes = Allocated(() =>
        {
            var builder = new AnnualReportBuilder(edition == ReportEdition.Unknown ? ReportEdition.Gb2021 : edition);
            ProseCollector.Collect(lines, _ => false, builder);
            return 0;
        });
        var checkBytes = Allocated(() => ReportChecker.Check(parsed).Findings.Count);
        Console.WriteLine(FormattableString.Invariant($"{name,-16} {lineBytes,7} {editionBytes,9} {metadataBytes,9} {nationalBytes,9} {proseBytes,9} {checkBytes,9}"));
    }

    private static long Allocated(Func<int> action)
    {
        for (var i = 0; i < 50; i++)
        {
            action();
        }

        var best = long.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            action();
            best = Math.Min(best, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return best;
    }

    private static (double Micros, long Bytes) Measure(Func<int> action, int rounds)
    {
        // Warm up past tiered compilation (30 calls to tier up, then the background recompile).
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 300)
        {
            action();
        }

        // Size a round to about 20 ms.
        var probe = Stopwatch.StartNew();
        var perRound = 0;
        while (probe.ElapsedMilliseconds < 20)
        {
            action();
            perRound++;
        }

        var times = new double[rounds];
        var allocated = long.MaxValue;
        for (var r = 0; r < rounds; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < perRound; i++)
            {
                action();
            }

            watch.Stop();
            allocated = Math.Min(allocated, (GC.GetAllocatedBytesForCurrentThread() - before) / perRound);
            times[r] = watch.Elapsed.TotalMicroseconds / perRound;
        }

        Array.Sort(times);
        return (times[rounds / 2], allocated);
    }
}
