using System.Text.Json;
using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Commands;

/// <summary><c>compare</c> and <c>check --cross</c> on the real 洪泽区 2023/2024 pair (names printed with and without 淮安市).</summary>
public sealed class CompareAndCrossCommandTests
{
    private static readonly string Hongze2023 = Repo.Corpus("peer_hongze_district_2023.pdf");
    private static readonly string Hongze2024 = Repo.Corpus("peer_hongze_district_2024.pdf");
    private static readonly string Huaian2024 = Repo.Corpus("peer_huaian_city_2024.pdf");

    [Fact]
    public void Compare_HongzePair_PrintsOneSeriesWithTheChange()
    {
        var run = CliRunner.Run("compare", Hongze2023, Hongze2024, "--lang", "en");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("2 reports paired into 1 series (1 consecutive pairs compared)", run.Out, StringComparison.Ordinal);
        // 表三 本年新收 总计: 21 in 2023 (page 3), 95 in 2024.
        Assert.Contains("New applications", run.Out, StringComparison.Ordinal);
        Assert.Contains("95 (+74)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Json_CarriesValuesChangesAndPairing()
    {
        var run = CliRunner.Run("compare", Hongze2024, Hongze2023, "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        var years = Assert.Single(json.RootElement.GetProperty("series").EnumerateArray()).GetProperty("years");
        Assert.Equal([2023, 2024], years.EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal(21m, years[0].GetProperty("values").GetProperty("newReceived").GetDecimal());
        Assert.Equal(JsonValueKind.Null, years[0].GetProperty("changes").GetProperty("newReceived").ValueKind);
        Assert.Equal(74m, years[1].GetProperty("changes").GetProperty("newReceived").GetDecimal());
        Assert.Equal(2, json.RootElement.GetProperty("pairing").GetProperty("reportsPaired").GetInt32());
    }

    [Fact]
    public void Compare_CsvAndHtml_HaveARowPerFigureAndAChartPerSeries()
    {
        var csv = CliRunner.Run("compare", Hongze2023, Hongze2024, "--format", "csv").Out;
        Assert.StartsWith("\uFEFFagency,year,source,figure,title,value,change\r\n", csv, StringComparison.Ordinal);
        Assert.Contains(",newReceived,本年新收申请,95,74\r\n", csv, StringComparison.Ordinal);

        var html = CliRunner.Run("compare", Hongze2023, Hongze2024, "--format", "html").Out;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<svg ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)));
        Assert.Contains("<polyline", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCross_HongzePair_ComparesThePairAndFindsNothing()
    {
        var run = CliRunner.Run("check", Hongze2023, Hongze2024, Huaian2024, "--cross", "--lang", "en", "--fail-on", "never");

        Assert.Contains("2 reports paired into 1 series (1 consecutive pairs compared); 1 reports unpaired", run.Out, StringComparison.Ordinal);
        Assert.Contains("unpaired: " + Huaian2024, run.Out, StringComparison.Ordinal);
        Assert.Contains("no finding", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCross_Manifest_ComparesTheCityWithItsListedPart()
    {
        // A manifest that (wrongly) says 淮安市 2024 is made of 洪泽区 alone: P-AGG-1 compares them and finds the city far larger.
        using var temp = new TempDir();
        var manifest = temp.Write("aggregates.csv", "parent,child,year\n淮安市人民政府,淮安市洪泽区人民政府,2024\n");
        var run = CliRunner.Run("check", Hongze2024, Huaian2024, "--aggregate-manifest", manifest, "--format", "json", "--fail-on", "never");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(1, json.RootElement.GetProperty("crossSummary").GetProperty("aggregatesCompared").GetInt32());
        var findings = json.RootElement.GetProperty("cross").EnumerateArray().SelectMany(g => g.GetProperty("findings").EnumerateArray()).ToList();
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "P-AGG-1");
    }

    [Fact]
    public void CheckCross_BadAgencyMap_IsAUsageErrorNamingTheFile()
    {
        using var temp = new TempDir();
        var map = temp.Write("map.csv", "only-one-name\n");
        var run = CliRunner.Run("check", Hongze2023, "--agency-map", map);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(map, run.Error, StringComparison.Ordinal);
        Assert.Contains("line 1", run.Error, StringComparison.Ordinal);
    }
}
