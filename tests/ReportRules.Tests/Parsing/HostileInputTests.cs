using System.Text;
using ReportRules.Findings;
using ReportRules.Parsing;
using ReportRules.Rules;
using ReportRules.Tests.TestSupport;

namespace ReportRules.Tests.Parsing;

/// <summary>Bad input ends as findings, never as exceptions. (Linear time is measured in benchmarks/ParseBenchmarks.)</summary>
public class HostileInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t ")]
    public void ParseText_Empty_IsUnreadableWithParse1(string text)
    {
        var result = ReportParser.ParseText(text);
        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.RuleId == RuleIds.Parse1);
    }

    [Fact]
    public void Parse_BinaryJunk_IsUnreadable()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var result = ReportParser.Parse(new MemoryStream(bytes), "junk.bin");
        Assert.False(result.Success);
        Assert.NotEmpty(result.Diagnostics);
    }

    [Fact]
    public void ParseText_LabelsWithoutNumbers_GivesBlankFreeReportNoException()
    {
        var text = "某县2020年政府信息公开工作年度报告\n本年新制作数量\n三、收到和处理政府信息公开申请情况\n申请人情况\n一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\n";
        var result = ReportParser.ParseText(text);
        Assert.True(result.Success);
        Assert.Empty(result.Report!.Cells);
    }

    [Fact]
    public void ParseText_TruncatedReport_ReadsWhatIsThereAndReportsMissingTable()
    {
        var text = File.ReadAllText(Fixtures.Corpus("001_c9b27cee782bad7f.txt"));
        var cut = text[..text.IndexOf("四、政府信息公开行政复议", StringComparison.Ordinal)];
        var result = ReportParser.ParseText(cut);
        Assert.Equal(195m, result.Report!.GetCell("Active.A20_5.Licensing.PrevItems")!.Value);
        Assert.Contains(result.Diagnostics, d => d.RuleId == RuleIds.Parse7);
    }

    [Fact]
    public void ParseText_TableWithThousandRows_FinishesWithDuplicateFindings()
    {
        var builder = new StringBuilder("本年制发件数\n三、收到和处理政府信息公开申请情况\n申请人情况\n");
        for (var i = 0; i < 1000; i++)
        {
            builder.Append("一、本年新收政府信息公开申请数量 | ").Append(i).Append(" | 0 | 0 | 0 | 0 | 0 | ").Append(i).Append(" |\n");
        }

        var result = ReportParser.ParseText(builder.ToString());
        Assert.Equal(0m, result.Report!.GetCell("Requests.NewReceived.TOT")!.Value);
        Assert.Contains(result.Diagnostics, d => d.RuleId == RuleIds.Parse13);
    }

    [Fact]
    public void ParseFile_FiftyMegabyteReport_EndsAsFindingsNotAnException()
    {
        // Issue 3's hostile list: a 50 MB file (under the 64 MiB default limit) is read, not refused, and ends as a
        // report plus findings. How long it takes is measured in benchmarks/ParseBenchmarks, not here.
        var seed = File.ReadAllText(Fixtures.Corpus("001_c9b27cee782bad7f.txt"));
        var path = Path.Combine(Path.GetTempPath(), $"rr-50mb-{Guid.NewGuid():N}.txt");
        try
        {
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                long written = 0;
                while (written < 50L * 1024 * 1024)
                {
                    writer.Write(seed);
                    writer.Write('\n');
                    written += Encoding.UTF8.GetByteCount(seed) + 1;
                }
            }

            var result = ReportChecker.CheckFile(path);

            Assert.Equal(CheckStatus.Checked, result.Status);
            Assert.Equal(ReportRules.Model.ReportEdition.Gb2019, result.Report!.Edition);
            Assert.Equal(11m, result.Report.GetCell("Requests.NewReceived.TOT")!.Value); // the first copy's tables are read
            Assert.DoesNotContain(result.Findings, f => f.Severity == FindingSeverity.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CheckText_BinaryLikeText_NeverThrows()
    {
        var junk = new string(Enumerable.Range(0, 20_000).Select(i => (char)((i * 7919) % 0xD000)).ToArray());
        var result = ReportChecker.CheckText(junk, "junk");
        Assert.Equal(CheckStatus.Unreadable, result.Status);
    }
}
