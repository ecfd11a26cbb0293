using System.Globalization;
using ReportRules.Fuzz;
using SharpFuzz;

// ReportRules.Fuzz <target> <mode> [options] [folders…]   (docs/fuzzing.md)
//   target: text | html | docx | pdf | all
//   --strict (any mode): an exception of the library that a reader's catch-all turned into a result is a crash too
//   mode:   libfuzzer                 SharpFuzz's libFuzzer runner, under libfuzzer-dotnet only (a crash file: use replay)
//           afl [--out-of-process]    SharpFuzz's AFL fork server (under afl-fuzz; otherwise runs stdin once)
//           seeds OUT_FOLDER FOLDER…  copies the files this target reads (the seeds for afl/libfuzzer)
//           replay [--mutations=N] [--seed=S] [--case=I] [--crash-dir=DIR] FOLDER…   deterministic in-process run, exit 1 on a crash
//                                     (--case: only mutation I of each file; --crash-dir also keeps the bytes of slow cases)
//   libfuzzer-dotnet passes the child one argument (the dll), so the arguments may come from REPORTRULES_FUZZ_ARGS instead.
const int Usage = 64;
if (args.Length == 0 && Environment.GetEnvironmentVariable("REPORTRULES_FUZZ_ARGS") is { Length: > 0 } fromEnvironment)
{
    args = fromEnvironment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

if (args.Length < 2 || !FuzzTarget.TryParse(args[0], out var kind))
{
    Console.Error.WriteLine("usage: ReportRules.Fuzz <text|html|docx|pdf|all> <libfuzzer|afl|replay|seeds> [--strict] [options] [folders...]");
    return Usage;
}

var rest = args[2..];
var strict = rest.Contains("--strict");
var target = new FuzzTarget(kind, strict);
switch (args[1])
{
    case "libfuzzer":
        Fuzzer.LibFuzzer.Run(span => target.Run(span));
        return 0;
    case "afl" when rest.Contains("--out-of-process"):
        Fuzzer.OutOfProcess.Run(stream => target.Run(ReadAll(stream)));
        return 0;
    case "afl":
        Fuzzer.Run(stream => target.Run(ReadAll(stream)));
        return 0;
    case "seeds" when rest.Length >= 2:
        // The files of the folders that this target reads, copied to the first folder: AFL refuses to start when a seed
        // never reaches instrumented code (a text file given to the pdf target returns before the library).
        Directory.CreateDirectory(rest[0]);
        foreach (var file in rest[1..].SelectMany(f => File.Exists(f) ? [f] : Directory.EnumerateFiles(f)).Order(StringComparer.Ordinal))
        {
            if (target.Accepts(File.ReadAllBytes(file)))
            {
                File.Copy(file, Path.Combine(rest[0], Path.GetFileName(file)), overwrite: true);
            }
        }

        return 0;
    case "replay":
        var mutations = 20;
        var seed = 1;
        string? crashes = null;
        int? onlyCase = null;
        var folders = new List<string>();
        foreach (var arg in rest)
        {
            if (arg.StartsWith("--mutations=", StringComparison.Ordinal) && int.TryParse(arg["--mutations=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var m))
            {
                mutations = m;
            }
            else if (arg.StartsWith("--seed=", StringComparison.Ordinal) && int.TryParse(arg["--seed=".Length..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s))
            {
                seed = s;
            }
            else if (arg.StartsWith("--case=", StringComparison.Ordinal) && int.TryParse(arg["--case=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var c))
            {
                onlyCase = c;
            }
            else if (arg == "--strict")
            {
            }
            else if (arg.StartsWith("--crash-dir=", StringComparison.Ordinal))
            {
                crashes = arg["--crash-dir=".Length..];
            }
            else if (!arg.StartsWith("--", StringComparison.Ordinal) && (Directory.Exists(arg) || File.Exists(arg)))
            {
                folders.Add(arg);
            }
            else
            {
                Console.Error.WriteLine($"replay: not an option, folder or file: {arg}");
                return Usage;
            }
        }

        if (folders.Count == 0)
        {
            Console.Error.WriteLine("replay: give at least one folder or file of seeds");
            return Usage;
        }

        var report = Replay.Run(new ReplayOptions(kind, folders, mutations, seed) { CrashDirectory = crashes, Strict = strict, Only = onlyCase }, Console.Error);
        Console.WriteLine(report.Summary);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"elapsed={report.Elapsed.TotalSeconds:F1}s slowest={report.Slowest.TotalMilliseconds:F0}ms ({report.SlowestCase}) slow-cases={report.SlowCases.Count}"));
        foreach (var slow in report.SlowCases)
        {
            Console.WriteLine("  slow: " + slow);
        }

        return report.Summary.Crashes == 0 ? 0 : 1;
    default:
        Console.Error.WriteLine($"unknown mode '{args[1]}': libfuzzer, afl, replay, or seeds OUT FOLDER...");
        return Usage;
}

static byte[] ReadAll(Stream stream)
{
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    return copy.ToArray();
}
