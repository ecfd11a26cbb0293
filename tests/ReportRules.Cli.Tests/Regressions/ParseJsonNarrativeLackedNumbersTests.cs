using System.Text.Json;
using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Regressions;

/// <summary>
/// The contract (cli.md) gives every <c>parse --format json</c> narrative paragraph a <c>numbers</c> array; the output
/// had only <c>text</c> and <c>location</c>. Each paragraph now lists the numbers the narrative rules read from it.
/// </summary>
public sealed class ParseJsonNarrativeLackedNumbersTests
{
    [Fact]
    public void Parse_ProseOnlySample_EveryParagraphHasNumbersAndTheReceivedCountIsAmongThem()
    {
        // Sample 002 (荆门市 2018) states its counts only in prose: "共收到…166件，其中当面申请20件…".
        var run = CliRunner.Run("parse", Repo.Sample("002"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var paragraphs = json.RootElement.GetProperty("narrative").EnumerateArray().ToList();
        Assert.NotEmpty(paragraphs);
        Assert.All(paragraphs, p => Assert.Equal(JsonValueKind.Array, p.GetProperty("numbers").ValueKind));
        var numbers = paragraphs.SelectMany(p => p.GetProperty("numbers").EnumerateArray()).ToList();
        var received = Assert.Single(numbers, n => n.GetProperty("concept").GetString() == "Apply.Received");
        Assert.Equal("166件", received.GetProperty("raw").GetString());
        Assert.Equal(166m, received.GetProperty("value").GetDecimal());
        Assert.Equal("count", received.GetProperty("kind").GetString());
        Assert.Equal("件", received.GetProperty("unit").GetString());
        Assert.True(received.GetProperty("location").GetProperty("line").GetInt32() > 0);
        Assert.Contains(received.GetProperty("parts").EnumerateArray(), p => p.GetProperty("raw").GetString() == "20件");
    }
}
