using ReportRules.Cli.Commands;
using ReportRules.Findings;
using ReportRules.Model;
using ReportRules.Rules;

namespace ReportRules.Cli.Tests.Commands;

/// <summary>An app's own rule is listed by the rules command exactly like a built-in one, in every format.</summary>
public sealed class CustomRulesListingTests
{
    [Theory]
    [InlineData("text", "JS-T3-1    error    gb2019,gb2021")]
    [InlineData("md", "| `JS-T3-1` | error | gb2019, gb2021 | 办理结果总计不超过新收与结转之和 |")]
    [InlineData("json", "\"id\": \"JS-T3-1\"")]
    public void Rules_OfACheckerWithACustomRule_ListIt(string format, string expected)
    {
        var rule = new RuleDescriptor(
            "JS-T3-1", RuleFamily.Table3, FindingSeverity.Error, RuleKind.AtMost,
            "办理结果总计不超过新收与结转之和", "Results total at most new plus carried over",
            "省级口径。", "Provincial variant.", "某省填报说明", [ReportEdition.Gb2019, ReportEdition.Gb2021],
            "Requests.Results.Total.TOT ≤ Requests.NewReceived.TOT + Requests.CarriedOver.TOT",
            _ => [new RuleInstance("JS-T3-1", "TOT", ["Requests.Results.Total.TOT"], ["Requests.NewReceived.TOT", "Requests.CarriedOver.TOT"])]);
        var checker = new ReportRulesChecker(ReportCheckerOptions.Default with { CustomRules = [rule] });
        var output = new StringWriter();
        var host = new CliHost { Out = output, Error = new StringWriter() };

        Assert.Equal(ExitCodes.Success, RulesCommand.Run(host, format, "zh", checker.Rules));

        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
        if (format == "md")
        {
            Assert.Equal(checker.RenderRulesMarkdown(), output.ToString());
        }
    }
}
