using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReportRules.Fuzz;

/// <summary>What a replay runs: every file under the folders, then <paramref name="Mutations"/> seeded mutations of each.</summary>
internal sealed record ReplayOptions(FuzzTargetKind Target, IReadOnlyList<string> Folders, int Mutations, int Seed)
{
    /// <summary>Count an exception of the library that a reader's catch-all turned into a result as a crash (<see cref="MaskedBugs"/>).</summary>
    public bool Strict { get; init; }

    /// <summary>Where the bytes of each crashing case are written (<see langword="null"/>: not written).</summary>
    public string? CrashDirectory { get; init; }

    /// <summary>Run only this mutation index of each file (0: the file itself), to reproduce one case of a summary.</summary>
    public int? Only { get; init; }

    /// <summary>A case slower than this is listed as slow (a hang candidate for the AFL/libFuzzer timeouts).</summary>
    public TimeSpan SlowCase { get; init; } = TimeSpan.FromSeconds(10);
}

/// <summary>The deterministic part of a replay: the same options give the same summary on every run.</summary>
internal sealed record ReplaySummary(
    string Target,
    bool Strict,
    int Seed,
    int Files,
    int Cases,
    int Checked,
    int Unreadable,
    int Skipped,
    int Crashes,
    string CaughtByReaders,
    string Crashing,
    string Digest)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"target={Target}{(Strict ? " strict" : string.Empty)} seed={Seed} files={Files} cases={Cases} checked={Checked} unreadable={Unreadable} skipped={Skipped} crashes={Crashes} caught-by-readers=[{CaughtByReaders}] digest={Digest}{(Crashing.Length == 0 ? string.Empty : "\ncrashing cases:\n" + Crashing)}");
}

/// <summary>A replay's summary and its timings (which differ between runs).</summary>
internal sealed record ReplayReport(ReplaySummary Summary, TimeSpan Elapsed, TimeSpan Slowest, string SlowestCase, IReadOnlyList<string> SlowCases);

/// <summary>
/// The replay mode: a deterministic in-process fuzz run without an instrumenting engine, for CI and for reproducing a
/// crash. Cases are every file of the folders (ordinal path order) and, for each, <see cref="ReplayOptions.Mutations"/>
/// mutations from <see cref="Mutator"/>. An exception escaping the target is a crash: counted, named, and (with a
/// crash directory) saved so that <c>replay</c> of that folder reproduces it.
/// </summary>
internal static class Replay
{
    public static ReplayReport Run(ReplayOptions options, TextWriter? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var target = new FuzzTarget(options.Target, options.Strict);
        return Run(options, bytes => target.Run(bytes), progress);
    }

    /// <summary>A replay through any target function (the tests give one that throws, to see a crash counted).</summary>
    internal static ReplayReport Run(ReplayOptions options, Func<byte[], FuzzOutcome> target, TextWriter? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(target);
        var files = options.Folders
            .SelectMany(folder => File.Exists(folder) ? [folder] : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        int cases = 0, isChecked = 0, unreadable = 0, skipped = 0, crashes = 0;
        var caught = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var crashing = new List<string>();
        var slow = new List<string>();
        var digest = new StringBuilder();
        var slowest = TimeSpan.Zero;
        var slowestCase = string.Empty;
        var total = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var original = File.ReadAllBytes(file);
            var key = Path.GetFileName(file);
            for (var index = 0; index <= options.Mutations; index++)
            {
                if (options.Only is { } only && index != only)
                {
                    continue;
                }

                var (bytes, operations) = index == 0 ? (original, "original") : Mutator.Mutate(original, options.Seed, key, index);
                var name = $"{key}#{index} {operations}";
                cases++;
                var watch = Stopwatch.StartNew();
                FuzzOutcome outcome;
                try
                {
                    outcome = target(bytes);
                }
#pragma warning disable CA1031 // The point of the harness: any exception escaping the library is counted as a crash.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    crashes++;
                    var first = ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim();
                    crashing.Add($"  {name}: {ex.GetType().Name}: {ex.Message} {first}");
                    digest.Append(name).Append(" crash ").Append(ex.GetType().Name).Append('\n');
                    Save(options.CrashDirectory, "crash-" + key, index, options.Seed, bytes);
                    progress?.WriteLine($"CRASH {name}: {ex}");
                    continue;
                }
                finally
                {
                    watch.Stop();
                    if (watch.Elapsed > slowest)
                    {
                        (slowest, slowestCase) = (watch.Elapsed, name);
                    }

                    if (watch.Elapsed > options.SlowCase)
                    {
                        slow.Add(string.Create(CultureInfo.InvariantCulture, $"{name} ({watch.Elapsed.TotalSeconds:F1} s)"));
                        Save(options.CrashDirectory, "slow-" + key, index, options.Seed, bytes);
                    }
                }

                switch (outcome.Status)
                {
                    case "checked": isChecked++; break;
                    case "unreadable": unreadable++; break;
                    default: skipped++; break;
                }

                if (outcome.CaughtException is { } type)
                {
                    caught[type] = caught.GetValueOrDefault(type) + 1;
                    progress?.WriteLine($"caught by a reader: {name}: {outcome.Error}");
                }

                digest.Append(outcome.Status).Append(' ').Append(outcome.Digest).Append('\n');
            }
        }

        var summary = new ReplaySummary(
            options.Target.ToString().ToLowerInvariant(),
            options.Strict,
            options.Seed,
            files.Count,
            cases,
            isChecked,
            unreadable,
            skipped,
            crashes,
            string.Join(", ", caught.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value}"))),
            string.Join('\n', crashing),
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(digest.ToString())))[..16]);
        return new ReplayReport(summary, total.Elapsed, slowest, slowestCase, slow);
    }

    private static void Save(string? directory, string key, int index, int seed, byte[] bytes)
    {
        if (directory is null)
        {
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{key}-s{seed}-m{index}")), bytes);
    }
}
