using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ReportRules.Cli.Inputs;

/// <summary>
/// A folder for the glob matcher that enters every folder at most once, by resolved path: the default wrapper follows
/// a link back up (top/loop → top) at every level until the system refuses the path, and two such links make the walk
/// exponential. Entries are listed in ordinal name order, so which of two paths to one folder is kept is stable.
/// A folder that cannot be listed yields nothing here (the directory search reports it; a glob only matches).
/// </summary>
internal sealed class LoopSafeDirectory : DirectoryInfoBase
{
    private static readonly EnumerationOptions Options = new() { AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = false };

    private readonly DirectoryInfo directory;
    private readonly string resolved;
    private readonly HashSet<string> visited;
    private readonly DirectoryInfoBase? parent;

    private LoopSafeDirectory(DirectoryInfo directory, string resolved, HashSet<string> visited, DirectoryInfoBase? parent)
    {
        this.directory = directory;
        this.resolved = resolved;
        this.visited = visited;
        this.parent = parent;
    }

    public override string Name => directory.Name;

    public override string FullName => directory.FullName;

    public override DirectoryInfoBase? ParentDirectory => parent ?? (directory.Parent is { } up ? new DirectoryInfoWrapper(up) : null);

    public static LoopSafeDirectory Root(string path)
    {
        var info = new DirectoryInfo(path);
        var resolved = DirectoryLinks.Resolve(info.FullName, info.FullName);
        return new LoopSafeDirectory(info, resolved, new HashSet<string>(StringComparer.Ordinal) { resolved }, null);
    }

    public override IEnumerable<FileSystemInfoBase> EnumerateFileSystemInfos()
    {
        FileSystemInfo[] entries;
        try
        {
            entries = directory.GetFileSystemInfos("*", Options);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            yield break;
        }

        Array.Sort(entries, (x, y) => string.CompareOrdinal(x.Name, y.Name));
        foreach (var entry in entries)
        {
            if (entry is DirectoryInfo subdirectory)
            {
                var target = DirectoryLinks.Resolve(subdirectory.FullName, Path.Join(resolved, subdirectory.Name));
                if (visited.Add(target))
                {
                    yield return new LoopSafeDirectory(subdirectory, target, visited, this);
                }
            }
            else if (entry is FileInfo file)
            {
                yield return new FileInfoWrapper(file);
            }
        }
    }

    public override DirectoryInfoBase? GetDirectory(string path)
    {
        if (path == "..")
        {
            return ParentDirectory;
        }

        var candidate = new DirectoryInfo(Path.Combine(directory.FullName, path));
        if (!candidate.Exists)
        {
            return null;
        }

        var target = DirectoryLinks.Resolve(candidate.FullName, Path.Join(resolved, candidate.Name));
        return visited.Add(target) ? new LoopSafeDirectory(candidate, target, visited, this) : null;
    }

    public override FileInfoBase? GetFile(string path) => new FileInfoWrapper(new FileInfo(Path.Combine(directory.FullName, path)));
}

/// <summary>Where a folder path really leads.</summary>
internal static class DirectoryLinks
{
    /// <summary>A link's final target; else <paramref name="fallback"/> (the path under its parent's resolved folder).</summary>
    public static string Resolve(string path, string fallback)
    {
        try
        {
            return new DirectoryInfo(path).LinkTarget is null
                ? fallback
                : Directory.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? fallback;
        }
        catch (IOException)
        {
            return fallback; // a loop among links themselves: listing the path fails next and says so
        }
    }
}
