using Microsoft.Extensions.FileSystemGlobbing;

namespace ReportRules.Cli.Inputs;

/// <summary>
/// Turns the <c>&lt;input&gt;</c> arguments into files, in argument order: a file as given, a directory searched
/// recursively for the known extensions, README.* skipped (sorted by ordinal path), a glob with <c>*</c> / <c>**</c> (sorted likewise), or <c>-</c>.
/// An argument that yields nothing becomes an unusable item that the output reports as unreadable.
/// </summary>
internal static class InputExpander
{
    /// <summary>Gets the extensions searched for in directories.</summary>
    public static IReadOnlyList<string> KnownExtensions { get; } = [".txt", ".md", ".html", ".htm", ".docx", ".pdf"];

    // Microsoft.Extensions.FileSystemGlobbing understands '*' and '**' (no '?' or '[…]'), so only '*' makes a glob.
    private static readonly char[] GlobCharacters = ['*'];

    public static List<InputItem> Expand(IEnumerable<string> arguments)
    {
        var items = new List<InputItem>();
        foreach (var argument in arguments)
        {
            if (argument == InputItem.StandardInputName)
            {
                items.Add(InputItem.StandardInput());
            }
            else if (Directory.Exists(argument))
            {
                var found = FromDirectory(argument);
                items.AddRange(found.Count > 0
                    ? found
                    : [InputItem.Unusable(argument, $"{argument}: the directory holds no {string.Join(" ", KnownExtensions)} file")]);
            }
            else if (File.Exists(argument) || argument.IndexOfAny(GlobCharacters) < 0)
            {
                // A missing plain path is still an item: reading it reports "could not be opened" with the name.
                items.Add(InputItem.File(argument));
            }
            else
            {
                var found = FromGlob(argument);
                items.AddRange(found.Count > 0
                    ? found.Select(Found)
                    : [InputItem.Unusable(argument, $"{argument}: no file matches this pattern")]);
            }
        }

        return items;
    }

    /// <summary>
    /// A file found by searching. One that reports 0 bytes is never opened: besides an empty file it may be a named
    /// pipe (opening one blocks until something writes to it, which would hang the whole batch) or a device, and
    /// .NET cannot tell these apart without opening. A file named explicitly is opened as asked (<c>check &lt;(cmd)</c>).
    /// </summary>
    private static InputItem Found(string path)
    {
        try
        {
            if (new FileInfo(path).Length == 0)
            {
                return InputItem.Unusable(path, $"{path}: the file is empty (0 bytes; a named pipe or device also shows 0 bytes and is not opened when found by a search)");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A dangling or looping link: opening it reports the reason with the name.
        }

        return InputItem.File(path);
    }

    /// <summary>
    /// The report files under a directory, and one unusable item for each directory that could not be listed
    /// (permissions): a report in it would otherwise be skipped without a word. Sorted by ordinal path; hidden
    /// entries skipped. Links to directories are followed once: a folder already visited (by its resolved path) is
    /// not entered again, so a link back up ends instead of checking the same reports at every level of the loop.
    /// </summary>
    private static List<InputItem> FromDirectory(string directory)
    {
        // Hidden files (".report.txt") are inputs like any other: skipping them lost reports without an entry.
        // Hidden folders (.git, .cache) are still not entered.
        var options = new EnumerationOptions { AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = false };
        var fileOptions = new EnumerationOptions { AttributesToSkip = FileAttributes.System, IgnoreInaccessible = false };
        var found = new List<InputItem>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, string Resolved)>();
        var root = DirectoryLinks.Resolve(directory, Path.GetFullPath(directory));
        visited.Add(root);
        pending.Push((directory, root));
        while (pending.Count > 0)
        {
            var (current, resolved) = pending.Pop();
            try
            {
                var files = Directory.EnumerateFiles(current, "*", fileOptions)
                    .Where(path => KnownExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
                    .Where(path => !IsReadme(path))
                    .ToList();
                var subdirectories = Directory.EnumerateDirectories(current, "*", options).Order(StringComparer.Ordinal).ToList();
                found.AddRange(files.Select(Found));
                foreach (var subdirectory in subdirectories)
                {
                    var target = DirectoryLinks.Resolve(subdirectory, Path.Join(resolved, Path.GetFileName(subdirectory)));
                    if (visited.Add(target))
                    {
                        pending.Push((subdirectory, target));
                    }
                }
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                found.Add(InputItem.Unusable(current, $"{current}: the directory could not be read, so the reports in it were not checked ({ex.Message})"));
            }
        }

        found.Sort((x, y) => string.CompareOrdinal(x.Display, y.Display));
        return found;
    }

    // A folder of reports often carries a README.md describing them (samples/ does); it is never a report.
    private static bool IsReadme(string path) =>
        Path.GetFileNameWithoutExtension(path).Equals("README", StringComparison.OrdinalIgnoreCase);

    private static List<string> FromGlob(string pattern)
    {
        // Split "a/b/**/*.txt" into the literal base "a/b" and the pattern "**/*.txt".
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var literal = 0;
        while (literal < segments.Length - 1 && segments[literal].IndexOfAny(GlobCharacters) < 0)
        {
            literal++;
        }

        var baseDirectory = literal == 0
            ? (normalized.StartsWith('/') ? "/" : ".")
            : string.Join('/', segments[..literal]);
        if (baseDirectory.Length == 0)
        {
            baseDirectory = "/";
        }

        var relativePattern = string.Join('/', segments[literal..]);
        if (!Directory.Exists(baseDirectory))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relativePattern);
        var prefix = literal == 0 && !normalized.StartsWith('/') ? string.Empty : baseDirectory.TrimEnd('/') + "/";
        return matcher.Execute(LoopSafeDirectory.Root(baseDirectory)).Files
            .Select(match => prefix + match.Path.Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
