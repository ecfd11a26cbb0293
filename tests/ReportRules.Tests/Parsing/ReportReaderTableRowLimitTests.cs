using System.Globalization;
using System.Text;
using ReportRules.Parsing;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Parsing;

/// <summary>
/// Issue 13: a 1,000,000-row table had no limit of its own. <see cref="ReportParserOptions.MaxTableRows"/> stops
/// reading at the first row over it, with a <c>PARSE-8</c> finding naming the option; the report before it is still read.
/// </summary>
public sealed class ReportReaderTableRowLimitTests
{
    private static string Report => File.ReadAllText(SeedFixtures.CorpusPath("001_c9b27cee782bad7f"));

    [Fact]
    public void Parse_TableJustOverASmallLimit_IsParse8NamingTheLimit_AndTheReportIsStillRead()
    {
        var text = Report + "\n" + Table(51);

        var result = ReportParser.ParseText(text, "rows.md", ReportParserOptions.Default with { MaxTableRows = 50 });

        Assert.True(result.Success, result.Error);
        var limit = Assert.Single(result.Diagnostics, d => d.RuleId == RuleIds.Parse8);
        Assert.Contains("only the first 50 table rows were read", limit.GetMessage("en"), StringComparison.Ordinal);
        Assert.Contains("ReportParserOptions.MaxTableRows", limit.GetMessage("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TableAtTheLimit_HasNoLimitFinding()
    {
        var text = Report + "\n" + Table(50);

        var result = ReportParser.ParseText(text, "rows.md", ReportParserOptions.Default with { MaxTableRows = 50 });

        Assert.True(result.Success, result.Error);
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == RuleIds.Parse8);
    }

    [Fact]
    public void Parse_TabSeparatedRowsOverTheLimit_CountAsTableRows()
    {
        var rows = new StringBuilder();
        for (var i = 0; i < 11; i++)
        {
            rows.Append('行').Append(i.ToString(CultureInfo.InvariantCulture)).Append("\t1\t2\n");
        }

        var result = ReportParser.ParseText(Report + "\n" + rows, "rows.tsv", ReportParserOptions.Default with { MaxTableRows = 10 });

        Assert.Contains(result.Diagnostics, d => d.RuleId == RuleIds.Parse8 && d.GetMessage("en").Contains("MaxTableRows", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OnlyAMillionRowTable_IsUnreadableNamingTheRowLimit_WithBoundedMemory()
    {
        // The real size of the issue, under the default limit: the error names the row limit, not "no table headers",
        // and the parse allocates a bounded multiple of the input (the rows beyond the limit are never tokenised).
        var text = Table(1_000_000);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = ReportParser.ParseText(text, "million.md");

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.False(result.Success);
        Assert.Contains("ReportParserOptions.MaxTableRows", result.Error, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.RuleId == RuleIds.Parse8);
        Assert.True(allocated < 40L * text.Length * sizeof(char), $"{allocated} bytes allocated for {text.Length} characters");
    }

    private static string Table(int rows)
    {
        var table = new StringBuilder("| 项目 | 数量 | 备注 |\n|---|---|---|\n");
        for (var i = 0; i < rows - 2; i++)
        {
            table.Append("| 行").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append((i % 97).ToString(CultureInfo.InvariantCulture)).Append(" | x |\n");
        }

        return table.ToString();
    }
}
