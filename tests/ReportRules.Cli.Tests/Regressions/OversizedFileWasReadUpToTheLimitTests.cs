using ReportRules.Cli.Tests.TestSupport;
using ReportRules.Documents;
using ReportRules.Findings;
using ReportRules.Parsing;
using ReportRules.Rules;

namespace ReportRules.Cli.Tests.Regressions;

/// <summary>
/// A file over the 64 MiB input limit used to be read up to the limit (64 MiB into a growing buffer, about 128 MiB
/// allocated) before it was refused. A file's length is known before reading, so it is now refused at once.
/// </summary>
public sealed class OversizedFileWasReadUpToTheLimitTests : IDisposable
{
    // Refusing may allocate messages and a finding; reading would allocate at least the 64 MiB limit.
    private const long AllocationBudget = 4L * 1024 * 1024;

    private readonly TempDir temp = new();
    private readonly string huge;

    public OversizedFileWasReadUpToTheLimitTests()
    {
        huge = Path.Combine(temp.Path, "huge.txt");
        using var file = new FileStream(huge, FileMode.Create);
        file.SetLength(200L * 1024 * 1024); // sparse: costs no disk and no time
    }

    [Fact]
    public void DocumentParserParseFile_200MbFile_IsParse8WithoutReadingIt()
    {
        var (result, allocated) = Measure(() => DocumentParser.ParseFile(huge));

        AssertRefused(result);
        Assert.True(allocated < AllocationBudget, $"allocated {allocated} bytes");
    }

    [Fact]
    public void ReportParserParseFile_200MbFile_IsParse8WithoutReadingIt()
    {
        var (result, allocated) = Measure(() => ReportParser.ParseFile(huge));

        AssertRefused(result);
        Assert.True(allocated < AllocationBudget, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Parse_SeekableStreamOverTheLimit_IsParse8WithoutReadingIt()
    {
        using var stream = File.OpenRead(huge);
        var (result, allocated) = Measure(() => DocumentParser.Parse(stream, huge));

        AssertRefused(result);
        Assert.Equal(0, stream.Position);
        Assert.True(allocated < AllocationBudget, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Parse_StreamWithinTheLimit_StillReadsToTheEnd()
    {
        // The length check must not cut a stream whose reported length is smaller than its content (pipes, devices).
        var sample = File.ReadAllBytes(Repo.Sample("001"));
        using var stream = new LyingLengthStream(sample);

        var result = DocumentParser.Parse(stream, "lying");

        Assert.True(result.Success, result.Error);
    }

    [Fact]
    public void Check_200MbFileInABatch_IsUnreadableParse8AndTheBatchStillRuns()
    {
        var ok = temp.Write("ok.txt", File.ReadAllText(Repo.Sample("001")));
        var (run, allocated) = Measure(() => CliRunner.Run("check", huge, ok, "--format", "jsonl", "--jobs", "1", "--fail-on", "never"));

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"status\":\"unreadable\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("larger than the limit", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"status\":\"checked\"", lines[1], StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Unreadable, run.ExitCode);
        Assert.True(allocated < 64L * 1024 * 1024, $"allocated {allocated} bytes");
    }

    public void Dispose() => temp.Dispose();

    private void AssertRefused(ParseResult result)
    {
        Assert.False(result.Success);
        Assert.Equal(RuleIds.Parse8, Assert.Single(result.Diagnostics).RuleId);
        Assert.Contains(huge, result.Error, StringComparison.Ordinal);
        Assert.Contains("larger than the limit", result.Error, StringComparison.Ordinal);
    }

    private static (T Result, long Allocated) Measure<T>(Func<T> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = action();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>A seekable stream that reports a length of 0, as /dev/zero and some virtual files do.</summary>
    private sealed class LyingLengthStream(byte[] content) : MemoryStream(content, writable: false)
    {
        public override long Length => 0;
    }
}
