using ReportRules.Cli.Inputs;
using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Inputs;

public sealed class InputTests
{
    [Fact]
    public void Expand_Directory_IsRecursiveKnownExtensionsOnlySortedOrdinally()
    {
        using var temp = new TempDir();
        temp.Write("b.txt", "x");
        temp.Write("A.md", "x");
        temp.Write("sub/c.html", "x");
        temp.Write("sub/d.pdf", "x");
        temp.Write("notes.csv", "x");
        temp.Write("e.DOCX", "x");
        temp.Write("README.md", "# about these reports");

        var items = InputExpander.Expand([temp.Path]);

        var names = items.Select(i => Path.GetRelativePath(temp.Path, i.Path!).Replace('\\', '/')).ToList();
        Assert.Equal(["A.md", "b.txt", "e.DOCX", "sub/c.html", "sub/d.pdf"], names);
    }

    [Fact]
    public void Expand_KeepsArgumentOrderAndExpandsGlobs()
    {
        using var temp = new TempDir();
        temp.Write("2020.txt", "x");
        temp.Write("2019.txt", "x");
        temp.Write("other.md", "x");

        var items = InputExpander.Expand([Path.Combine(temp.Path, "other.md"), Path.Combine(temp.Path, "20*.txt"), "-"]);

        Assert.Equal(["other.md", "2019.txt", "2020.txt", "-"], items.Select(i => Path.GetFileName(i.Display)));
        Assert.True(items[3].IsStandardInput);
    }

    [Fact]
    public void Expand_EmptyDirectoryAndUnmatchedGlob_BecomeUnusableItems()
    {
        using var temp = new TempDir();
        var items = InputExpander.Expand([temp.Path, Path.Combine(temp.Path, "*.pdf")]);
        Assert.All(items, i => Assert.NotNull(i.Problem));
        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void OrderedPipeline_DeliversInInputOrderWithBoundedWindow()
    {
        var items = Enumerable.Range(0, 200).ToList();
        var delivered = new List<int>();
        var started = 0;
        var maxAhead = 0;
        OrderedPipeline.Run(
            items,
            4,
            i =>
            {
                var now = Interlocked.Increment(ref started);
                lock (delivered)
                {
                    maxAhead = Math.Max(maxAhead, now - delivered.Count);
                }

                Thread.Sleep((i * 7) % 5);
                return i;
            },
            i =>
            {
                lock (delivered)
                {
                    delivered.Add(i);
                }
            });

        Assert.Equal(items, delivered);
        Assert.InRange(maxAhead, 1, 8 + 1);
    }
}
