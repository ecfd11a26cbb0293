using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using ReportRules.Benchmarks.Corpus;
using ReportRules.Model;

namespace ReportRules.Benchmarks;

/// <summary>
/// <c>alloc-types [layout] [edition]</c>: which types the parse + check of one input allocates, sampled by the runtime's
/// AllocationTick event (one sample per ~100 KB allocated), to find what to cut.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private readonly ConcurrentDictionary<string, long> samples = new();

    public static int Run(string[] args)
    {
        var layout = args.Length > 0 ? Enum.Parse<BenchLayout>(args[0], ignoreCase: true) : BenchLayout.Text;
        var edition = args.Length > 1 ? Enum.Parse<ReportEdition>(args[1], ignoreCase: true) : ReportEdition.Gb2021;
        var path = Path.Combine(Path.GetTempPath(), $"alloc-types{BenchInputs.Extension(layout)}");
        File.WriteAllBytes(path, BenchInputs.Render(edition, layout));
        using var listener = new AllocationTypes();
        for (var i = 0; i < 3000; i++)
        {
            ReportChecker.Check(Pipeline.Parse(path));
        }

        var total = listener.samples.Values.Sum();
        foreach (var (type, bytes) in listener.samples.OrderByDescending(p => p.Value).Take(30))
        {
            Console.WriteLine(FormattableString.Invariant($"{100.0 * bytes / total,5:F1}%  {type}"));
        }

        return 0;
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && eventData.Payload is { } payload)
        {
            var name = eventData.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? payload[t]?.ToString() ?? "?" : "?";
            var amount = eventData.PayloadNames!.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
            samples.AddOrUpdate(name, amount, (_, v) => v + amount);
        }
    }
}
