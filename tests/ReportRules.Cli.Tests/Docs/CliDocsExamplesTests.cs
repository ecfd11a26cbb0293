using System.Diagnostics;
using System.Text;
using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Docs;

/// <summary>
/// The examples of docs/cli.md are real runs: every fenced block whose lines start with <c>$ reportrules …</c> is run
/// again (the built tool, in a fresh folder holding the demo/ inputs the page describes) and must print what the page
/// shows. When the output changes on purpose, regenerate the page: <c>REPORTRULES_REGENERATE_DOCS=1 dotnet test
/// tests/ReportRules.Cli.Tests --filter CliDocsExamplesTests</c>, and review the diff.
/// </summary>
public sealed class CliDocsExamplesTests
{
    private const string Prompt = "$ reportrules ";

    [Fact]
    public void CliMd_ExamplesAreWhatTheToolPrints()
    {
        var path = Path.Combine(Repo.Root, "docs", "cli.md");
        var current = File.ReadAllText(path).ReplaceLineEndings("\n");
        using var temp = new TempDir();
        WriteDemo(temp.Path);
        CopyFixtures(current, temp.Path);
        var regenerated = Regenerate(current, temp.Path);
        if (Environment.GetEnvironmentVariable("REPORTRULES_REGENERATE_DOCS") == "1")
        {
            File.WriteAllText(path, regenerated, new UTF8Encoding(false));
            return;
        }

        Assert.True(CountExamples(current) >= 8, "docs/cli.md lost its examples");
        if (regenerated != current)
        {
            var (expected, actual) = FirstDifference(current, regenerated);
            Assert.Fail($"docs/cli.md examples drifted from the tool's output. First difference:\n  page: {expected}\n  tool: {actual}\n" +
                "Regenerate with REPORTRULES_REGENERATE_DOCS=1 dotnet test tests/ReportRules.Cli.Tests --filter CliDocsExamplesTests, and review the diff.");
        }
    }

    /// <summary>demo/relabelled.txt: sample 001 with every 2019 made 2023 (P-ED-1); demo/empty.txt: empty; demo/blank.txt: sample 003, all cells blank.</summary>
    private static void WriteDemo(string root)
    {
        var demo = Path.Combine(root, "demo");
        Directory.CreateDirectory(demo);
        File.WriteAllText(Path.Combine(demo, "relabelled.txt"), File.ReadAllText(Repo.Sample("001")).Replace("2019", "2023", StringComparison.Ordinal), new UTF8Encoding(false));
        File.WriteAllBytes(Path.Combine(demo, "empty.txt"), []);
        File.Copy(Repo.Sample("003"), Path.Combine(demo, "blank.txt"));
    }

    /// <summary>Copies the repository files an example names (<c>tests/fixtures/…</c>) to the same relative place.</summary>
    private static void CopyFixtures(string page, string root)
    {
        var named = page.Split('\n')
            .Where(l => l.StartsWith(Prompt, StringComparison.Ordinal))
            .SelectMany(Words)
            .Where(w => w.StartsWith("tests/fixtures/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);
        foreach (var relative in named)
        {
            var target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(Repo.Root, relative), target, overwrite: true);
        }
    }

    private static int CountExamples(string text) => text.Split('\n').Count(l => l.StartsWith(Prompt, StringComparison.Ordinal));

    /// <summary>Rewrites the output under every prompt line of every fenced block, leaving all else as it is.</summary>
    private static string Regenerate(string text, string workingDirectory)
    {
        var lines = text.Split('\n');
        var output = new StringBuilder();
        var inFence = false;
        var skipping = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                skipping = false;
                output.Append(line).Append('\n');
                continue;
            }

            if (inFence && line.StartsWith(Prompt, StringComparison.Ordinal))
            {
                skipping = true;
                output.Append(line).Append('\n');
                output.Append(Execute(line[2..], workingDirectory));
                continue;
            }

            if (!skipping)
            {
                output.Append(line).Append('\n');
            }
        }

        return output.ToString(0, output.Length - 1);
    }

    /// <summary>
    /// Runs one documented command line: <c>reportrules ARGS [| head -N | cut -cA-B] [; echo "exit=$?"]</c>; the tool
    /// runs as its own process, its standard output then standard error shown as a terminal would.
    /// </summary>
    private static string Execute(string commandLine, string workingDirectory)
    {
        var echoExit = commandLine.EndsWith("; echo \"exit=$?\"", StringComparison.Ordinal);
        if (echoExit)
        {
            commandLine = commandLine[..commandLine.LastIndexOf(';')];
        }

        var stages = commandLine.Split(" | ");
        var args = Words(stages[0]).Skip(1).ToList();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ReportRules.Cli.dll"));
        args.ForEach(start.ArgumentList.Add);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var text = (stdout + error.Result).ReplaceLineEndings("\n");
        foreach (var stage in stages.Skip(1))
        {
            var words = Words(stage).ToList();
            text = words switch
            {
                ["head", var n] when n.StartsWith('-') => string.Concat(text.Split('\n').Take(int.Parse(n[1..], System.Globalization.CultureInfo.InvariantCulture)).Select(l => l + "\n")),
                ["cut", var c] when c.StartsWith("-c1-", StringComparison.Ordinal) => Cut(text, int.Parse(c[4..], System.Globalization.CultureInfo.InvariantCulture)),
                _ => throw new InvalidOperationException("docs/cli.md uses a pipe stage the test does not know: " + stage),
            };
        }

        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            text += "\n";
        }

        return echoExit ? text + $"exit={process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n" : text;
    }

    // cut -c1-N on UTF-8 text counts bytes; a character cut in the middle is dropped rather than left broken.
    private static string Cut(string text, int bytes) => string.Concat(text.Split('\n').SkipLast(1).Select(line =>
    {
        var kept = new StringBuilder();
        var used = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            used += rune.Utf8SequenceLength;
            if (used > bytes)
            {
                break;
            }

            kept.Append(rune.ToString());
        }

        return kept + "\n";
    }));

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        char? quote = null;
        foreach (var c in text.Trim())
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == ' ')
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
            }
            else
            {
                word.Append(c);
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static (string Page, string Tool) FirstDifference(string page, string tool)
    {
        var a = page.Split('\n');
        var b = tool.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return ($"line {i + 1}: {left}", right);
            }
        }

        return ("(same)", "(same)");
    }
}
