using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace ReportRules.PackageTests;

/// <summary>
/// Every ```csharp block of the READMEs and docs compiles against the packed packages and runs. A snippet is written
/// as a console program: `using` lines first, then statements, then any types (the order C# top-level programs need).
/// It runs in a folder holding report.txt, report.html, report.pdf and reports/ with all three.
/// </summary>
public sealed partial class SnippetTests(ITestOutputHelper output)
{
    private static readonly string DocsRoot = Path.Combine(AppContext.BaseDirectory, "docs");

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.GetFiles(DocsRoot, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var count = Extract(File.ReadAllText(file)).Count;
            for (var i = 0; i < count; i++)
            {
                data.Add(Path.GetRelativePath(DocsRoot, file).Replace('\\', '/'), i);
            }
        }

        return data;
    }

    [Fact]
    public void TheDocsHaveSnippets() => Assert.True(Snippets().Count >= 5, $"only {Snippets().Count} C# snippets found under {DocsRoot}");

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task Snippet_CompilesAndRuns(string file, int index)
    {
        var code = Extract(File.ReadAllText(Path.Combine(DocsRoot, file)))[index];
        var assembly = Compile(Wrap(code, index), $"Snippet_{index}");

        var folder = Directory.CreateTempSubdirectory("reportrules-snippet-");
        var reports = Directory.CreateDirectory(Path.Combine(folder.FullName, "reports"));
        foreach (var name in new[] { "report.txt", "report.html", "report.pdf" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "reports", name), Path.Combine(folder.FullName, name));
            File.Copy(Path.Combine(AppContext.BaseDirectory, "reports", name), Path.Combine(reports.FullName, name));
        }

        var console = new StringWriter();
        var (previousOut, previousDir) = (Console.Out, Environment.CurrentDirectory);
        try
        {
            Console.SetOut(console);
            Environment.CurrentDirectory = folder.FullName;
            var run = assembly.GetType($"Snippets.S{index}.SnippetMain")!.GetMethod("RunAsync")!;
            await (Task)run.Invoke(null, null)!;
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.CurrentDirectory = previousDir;
            folder.Delete(recursive: true);
        }

        output.WriteLine($"--- {file} #{index}");
        output.WriteLine(console.ToString());
    }

    internal static List<string> Extract(string markdown)
    {
        var snippets = new List<string>();
        StringBuilder? current = null;
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var trimmed = line.Trim();
            if (current is null && trimmed is "```csharp" or "```cs" or "```c#")
            {
                current = new StringBuilder();
            }
            else if (current is not null && trimmed == "```")
            {
                snippets.Add(current.ToString());
                current = null;
            }
            else
            {
                current?.Append(line).Append('\n');
            }
        }

        return snippets;
    }

    private static string Wrap(string code, int index)
    {
        var lines = code.Split('\n');
        var usings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) && !l.StartsWith("using var", StringComparison.Ordinal) && !l.StartsWith("using (", StringComparison.Ordinal) || l.Length == 0).ToList();
        var rest = lines.Skip(usings.Count).ToList();
        var typesAt = rest.FindIndex(l => TypeDeclaration().IsMatch(l));
        var body = typesAt < 0 ? rest : rest.Take(typesAt).ToList();
        var types = typesAt < 0 ? [] : rest.Skip(typesAt).ToList();
        var text = new StringBuilder();
        text.AppendLine(string.Join('\n', usings));
        text.AppendLine($"namespace Snippets.S{index}");
        text.AppendLine("{");
        text.AppendLine("public static class SnippetMain { public static async System.Threading.Tasks.Task RunAsync() {");
        text.AppendLine("#line 1");
        text.AppendLine(string.Join('\n', body));
        text.AppendLine("await System.Threading.Tasks.Task.CompletedTask; } }");
        text.AppendLine(string.Join('\n', types));
        text.AppendLine("}");
        return text.ToString();
    }

    private static Assembly Compile(string source, string name)
    {
        const string globalUsings = "global using System; global using System.IO; global using System.Linq; global using System.Collections.Generic; global using System.Threading; global using System.Threading.Tasks;";
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => MetadataReference.CreateFromFile(g.First()));
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(globalUsings, options), CSharpSyntaxTree.ParseText(source, options)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(emitted.Success, "The snippet does not compile:\n" + string.Join('\n', errors) + "\n\n" + source);
        return Assembly.Load(image.ToArray());
    }

    [GeneratedRegex(@"^(public |internal )?(sealed |static |abstract |partial )*(class|record|interface|struct|enum) ")]
    private static partial Regex TypeDeclaration();
}
