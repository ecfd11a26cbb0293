using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.Json;
using ReportRules.Cli.Tests.TestSupport;

namespace ReportRules.Cli.Tests.Regressions;

/// <summary>
/// A subdirectory without read permission was skipped without a word (the search ignored inaccessible folders), so
/// the reports in it were silently never checked and the run still exited 0. It is now an unreadable input naming the
/// folder (exit code 2), and the rest of the batch still runs.
/// </summary>
public sealed class UnreadableSubdirectoryWasSkippedSilentlyTests
{
    [Fact]
    public void Check_FolderWithALockedSubfolder_ReportsTheSubfolderAsUnreadableAndChecksTheRest()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // chmod semantics are Unix-only
        }

        using var temp = new TempDir();
        var sample = File.ReadAllText(Repo.Sample("001"));
        temp.Write("a.txt", sample);
        temp.Write("locked/b.txt", sample);
        temp.Write("z/c.txt", sample);
        var locked = Path.Combine(temp.Path, "locked");
        OpenToEveryone(temp.Path);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var (exitCode, output) = RunAsUnprivilegedUser("check", temp.Path, "--format", "jsonl", "--fail-on", "never");

            var reports = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(
                ["a.txt", "locked", "z/c.txt"],
                reports.Select(r => Path.GetRelativePath(temp.Path, r.GetProperty("source").GetString()!).Replace('\\', '/')));
            Assert.Equal("unreadable", reports[1].GetProperty("status").GetString());
            Assert.StartsWith(locked + ": the directory could not be read", reports[1].GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Equal("checked", reports[2].GetProperty("status").GetString());
            Assert.Equal(ExitCodes.Unreadable, exitCode);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    // Permissions do not bind root: as root the tool runs as 'nobody' (setpriv), as anyone else in-process. 'nobody'
    // may not reach the checkout (a clone under a 0700 home, or in `mktemp -d`), so it runs a copy of the built tool
    // from a world-readable temporary folder, never the build output in place.
    [UnsupportedOSPlatform("windows")]
    private static (int ExitCode, string Output) RunAsUnprivilegedUser(params string[] args)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            var run = CliRunner.Run(args);
            return (run.ExitCode, run.Out);
        }

        using var toolCopy = new TempDir();
        CopyTree(AppContext.BaseDirectory, toolCopy.Path);
        OpenToEveryone(toolCopy.Path);

        var start = new ProcessStartInfo("setpriv") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", Environment.ProcessPath ?? "dotnet", Path.Combine(toolCopy.Path, "ReportRules.Cli.dll") }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        start.WorkingDirectory = toolCopy.Path;
        start.Environment["DOTNET_CLI_HOME"] = toolCopy.Path;
        start.Environment["HOME"] = toolCopy.Path;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode is ExitCodes.Success or ExitCodes.Findings or ExitCodes.Unreadable, $"exit {process.ExitCode}: {error}");
        return (process.ExitCode, output.Result);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    // Whatever the umask, the test folders must be readable by the unprivileged user (its temp root is /tmp-like:
    // everyone may pass through it).
    [UnsupportedOSPlatform("windows")]
    private static void OpenToEveryone(string root)
    {
        const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(root, Folder);
        foreach (var directory in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(directory, Folder);
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(file, FileMode);
        }
    }
}
