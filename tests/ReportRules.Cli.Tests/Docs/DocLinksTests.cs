using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Docs;

/// <summary>Every document the docs and the code cite is in the repository: relative links resolve, and the specs are in docs/spec.</summary>
public sealed class DocLinksTests
{
    public static TheoryData<string> MarkdownFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repo.Root, "README.md", SearchOption.TopDirectoryOnly))
            .Concat(Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "README.md", SearchOption.AllDirectories))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repo.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void RelativeLinks_PointAtFilesInTheRepository(string file)
    {
        var path = Path.Combine(Repo.Root, file);
        var missing = Links(File.ReadAllText(path))
            .Where(l => !l.Contains("://", StringComparison.Ordinal) && !l.StartsWith('#') && !l.StartsWith("mailto:", StringComparison.Ordinal))
            .Select(l => l.Split('#')[0])
            .Where(l => l.Length > 0 && (l.Contains('.', StringComparison.Ordinal) || l.Contains('/', StringComparison.Ordinal)))
            .Where(l => !File.Exists(Path.Combine(Path.GetDirectoryName(path)!, l)) && !Directory.Exists(Path.Combine(Path.GetDirectoryName(path)!, l)))
            .ToList();
        Assert.True(missing.Count == 0, $"{file} links to files that are not in the repository: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Docs_CiteNoPathOutsideTheRepository(string file)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, file));
        Assert.DoesNotContain("/work/", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("format-spec", "format-spec.md")]
    [InlineData("findings.md", "findings.md")]
    [InlineData("spec README", "README.md")]
    public void SpecsCitedByTheCodeAndDocs_AreInDocsSpec(string citation, string specFile)
    {
        var citing = Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Repo.Root, "docs"), "*.md", SearchOption.AllDirectories))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Any(f => File.ReadAllText(f).Contains(citation, StringComparison.Ordinal));
        Assert.True(citing, $"nothing cites {citation} any more: drop this case");
        var spec = Path.Combine(Repo.Root, "docs", "spec", specFile);
        Assert.True(File.Exists(spec), $"{citation} is cited but docs/spec/{specFile} is missing");
        Assert.True(new FileInfo(spec).Length > 1000, $"docs/spec/{specFile} is nearly empty");
    }

    // Markdown inline links: the target between "](" and the next ")"; only targets that look like paths (a dot or a
    // slash) count, since formulas such as 结转下年度[c](Y−1) read alike. A hand-written scan, linear in the text.
    private static IEnumerable<string> Links(string text)
    {
        var at = 0;
        while ((at = text.IndexOf("](", at, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf(')', at + 2);
            if (end < 0)
            {
                yield break;
            }

            var target = text[(at + 2)..end].Trim();
            var space = target.IndexOf(' ', StringComparison.Ordinal);
            yield return space < 0 ? target : target[..space];
            at = end + 1;
        }
    }
}
