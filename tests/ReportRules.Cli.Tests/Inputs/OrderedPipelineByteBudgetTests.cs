using System.Text.Json;
using ReportRules.Cli.Inputs;
using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Inputs;

/// <summary>
/// Issue 13: memory grew with jobs × input size with no overall byte budget. <c>--max-bytes-in-flight</c> bounds the
/// input bytes worked on at once; a large input waits for the others, and every input is still checked, in order.
/// </summary>
public sealed class OrderedPipelineByteBudgetTests
{
    [Fact]
    public void Run_WithAByteBudget_NeverHoldsMoreThanIt_AndDeliversAllInOrder()
    {
        // Sizes 10 and 30 under a budget of 35: at most three tens, or one thirty, at once.
        var items = Enumerable.Range(0, 60).ToList();
        long held = 0;
        long maxHeld = 0;
        var delivered = new List<int>();

        OrderedPipeline.Run(
            items,
            8,
            i =>
            {
                var now = Interlocked.Add(ref held, Size(i));
                InterlockedMax(ref maxHeld, now);
                Thread.Sleep(2);
                Interlocked.Add(ref held, -Size(i));
                return i;
            },
            delivered.Add,
            Size,
            35);

        Assert.Equal(items, delivered);
        Assert.InRange(maxHeld, 10, 35);
    }

    [Fact]
    public void Run_InputLargerThanTheWholeBudget_RunsAlone()
    {
        var items = new[] { 1L, 1, 100, 1, 1 };
        long held = 0;
        long maxHeld = 0;
        var delivered = new List<long>();

        OrderedPipeline.Run(
            items,
            4,
            size =>
            {
                var now = Interlocked.Add(ref held, size);
                InterlockedMax(ref maxHeld, now);
                Thread.Sleep(5);
                Interlocked.Add(ref held, -size);
                return size;
            },
            delivered.Add,
            size => size,
            10);

        Assert.Equal(items, delivered);
        Assert.Equal(100, maxHeld);
    }

    [Fact]
    public void Check_BatchWithATinyByteBudget_ChecksEveryInputInOrder()
    {
        using var temp = new TempDir();
        var sample = File.ReadAllText(Repo.Sample("001"));
        for (var i = 0; i < 12; i++)
        {
            temp.Write($"r{i:D2}.txt", i % 3 == 0 ? sample + new string('\n', i * 1000) : sample);
        }

        var budgeted = CliRunner.Run("check", temp.Path, "--format", "jsonl", "--fail-on", "never", "--jobs", "4", "--max-bytes-in-flight", "1");
        var plain = CliRunner.Run("check", temp.Path, "--format", "jsonl", "--fail-on", "never", "--jobs", "1");

        Assert.Equal(ExitCodes.Success, budgeted.ExitCode);
        var sources = budgeted.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => Path.GetFileName(JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!)).ToList();
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"r{i:D2}.txt"), sources);
        Assert.Equal(plain.Out, budgeted.Out);
    }

    [Fact]
    public void Check_ByteBudgetBelowOne_IsAUsageError()
    {
        var run = CliRunner.Run("check", Repo.Sample("001"), "--max-bytes-in-flight", "0");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--max-bytes-in-flight", run.Error, StringComparison.Ordinal);
    }

    private static long Size(int i) => i % 5 == 0 ? 30 : 10;

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while ((seen = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
