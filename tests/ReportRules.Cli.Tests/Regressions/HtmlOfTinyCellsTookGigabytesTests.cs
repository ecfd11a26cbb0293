using System.Text;
using ReportRules.Documents;
using ReportRules.Rules;

namespace ReportRules.Cli.Tests.Regressions;

/// <summary>
/// A 3.8 MB page of 200,000 one-cell rows took 700 MB of memory (the parsed tree costs about a kilobyte per element),
/// so a page within the 64 MiB input limit could take gigabytes, several at once under <c>--jobs</c>. Pages with more
/// elements than <see cref="DocumentParserOptions.MaxHtmlElements"/> are now refused before the tree is built.
/// </summary>
public sealed class HtmlOfTinyCellsTookGigabytesTests
{
    [Fact]
    public void Parse_PageWithMoreElementsThanTheLimit_IsParse8NamingTheCount()
    {
        var result = DocumentParser.Parse(new MemoryStream(Page(rows: 600)), "cells.html", new DocumentParserOptions { MaxHtmlElements = 1000 });

        Assert.False(result.Success);
        Assert.Equal(RuleIds.Parse8, Assert.Single(result.Diagnostics).RuleId);
        Assert.Contains("cells.html: the HTML page has 1206 elements, beyond the limit of 1000", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PageWithinTheLimit_IsRead()
    {
        var result = DocumentParser.Parse(new MemoryStream(Page(rows: 600)), "cells.html", new DocumentParserOptions { MaxHtmlElements = 1206 });

        Assert.True(result.Success, result.Error);
    }

    [Fact]
    public void Parse_PageOverTheLimit_IsRefusedBeforeTheTreeIsBuilt()
    {
        var page = Page(rows: 20_000);
        DocumentParser.Parse(new MemoryStream(Page(rows: 10)), "warm-up.html");

        var refused = Allocated(() => DocumentParser.Parse(new MemoryStream(page), "cells.html", new DocumentParserOptions { MaxHtmlElements = 1000 }));
        var read = Allocated(() => DocumentParser.Parse(new MemoryStream(page), "cells.html", new DocumentParserOptions { MaxHtmlElements = int.MaxValue }));

        Assert.True(refused * 4 < read, $"refused: {refused} bytes, read: {read} bytes");
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static byte[] Page(int rows)
    {
        var html = new StringBuilder("<html><body><table><tr><td>申请人情况</td><td>总计</td></tr>");
        for (var i = 0; i < rows; i++)
        {
            html.Append("<tr><td>").Append(i).Append("</td></tr>");
        }

        return Encoding.UTF8.GetBytes(html.Append("</table></body></html>").ToString());
    }
}
