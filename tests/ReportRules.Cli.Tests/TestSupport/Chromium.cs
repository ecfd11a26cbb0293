using System.Diagnostics;

namespace ReportRules.Cli.Tests.TestSupport;

/// <summary>
/// Runs the real headless Chromium on a page. Chromium is a requirement of the test suite, not an option: when it is
/// missing the tests that need it fail with a message saying how to install it (.ci/run installs it), they never skip.
/// CHROMIUM may name the executable; otherwise chromium, chromium-browser or google-chrome on PATH.
/// </summary>
internal static class Chromium
{
    private static readonly Lazy<string?> Executable = new(Find);

    public static string Path => Executable.Value ?? throw new InvalidOperationException(
        "Headless Chromium is needed by the HTML report tests and was not found (looked for $CHROMIUM, then chromium, chromium-browser, google-chrome on PATH). " +
        "Install it: apt-get install -y chromium (the CI entry .ci/run does this when it runs as root), or set CHROMIUM=/path/to/chrome.");

    /// <summary>Loads a file with the network cut off, lets its scripts run, and returns the DOM as serialized after them.</summary>
    public static string DumpDom(string file, string fragment = "") => Run(file, fragment, "--dump-dom");

    /// <summary>Loads a file and writes a PNG screenshot of the first <paramref name="height"/> pixels.</summary>
    public static void Screenshot(string file, string png, int width, int height) =>
        Run(file, string.Empty, $"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars");

    private static string Run(string file, string fragment, params string[] extra)
    {
        var profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rr-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
            // Offline: every host name fails to resolve and no proxy is used, so the page can only use what it carries.
            "--host-resolver-rules=MAP * ~NOTFOUND", "--no-proxy-server", "--virtual-time-budget=3000",
        }.Concat(extra))
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(new Uri(System.IO.Path.GetFullPath(file)).AbsoluteUri + fragment);
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start: " + Path);
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish within 120 s on " + file);
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {error.Result}");
            }

            return output.Result;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A profile left behind in the temp folder is harmless.
            }
        }
    }

    private static string? Find()
    {
        var named = Environment.GetEnvironmentVariable("CHROMIUM");
        if (!string.IsNullOrEmpty(named))
        {
            return File.Exists(named) ? named : null;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
            {
                var candidate = System.IO.Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
