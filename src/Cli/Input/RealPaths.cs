using System;
using System.Collections.Generic;
using System.IO;

namespace WitSharp.Cli.Input;

/// <summary>
/// The real path of a file or directory: absolute, with every symbolic link along it resolved, so that two names of
/// one folder compare equal. Directory walks key their visited set on it, which is what makes them finite when
/// links lead back up the tree.
/// </summary>
public static class RealPaths
{
    // Linux's own limit on links followed while resolving one path (ELOOP past it); a cycle of links stops here.
    private const int MaxLinkHops = 40;

    /// <summary>How real paths compare on this system: ordinal on Linux, ignoring case where file systems usually do.</summary>
    public static StringComparer Comparer { get; } = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary>
    /// <paramref name="path"/> made absolute with every link in it resolved. Components that do not exist are kept as
    /// written; a cycle of links leaves the path as it stands when the hop limit is reached.
    /// </summary>
    public static string Resolve(string path)
    {
        string full = Path.GetFullPath(path);
        string current = Path.GetPathRoot(full) ?? "";
        var pending = new Stack<string>();
        PushComponents(full.Substring(current.Length), pending);
        int hops = 0;
        while (pending.Count > 0)
        {
            string part = pending.Pop();
            if (part == ".") continue;
            if (part == "..")
            {
                // current is already real here, so its parent is the real parent.
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            string next = Path.Combine(current, part);
            string? target = LinkTarget(next);
            if (target is null || ++hops > MaxLinkHops)
            {
                current = next;
                continue;
            }
            // A link's target is relative to the folder holding the link, or absolute; resolve it in place.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? current;
                target = target.Substring(current.Length);
            }
            PushComponents(target, pending);
        }
        return current;
    }

    private static void PushComponents(string relative, Stack<string> pending)
    {
        string[] parts = relative.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        for (int i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            // FileInfo reads the link itself (lstat), whether it points to a file or a directory.
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return null;
        }
    }
}
