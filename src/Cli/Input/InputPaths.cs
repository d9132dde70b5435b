using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace WitSharp.Cli.Input;

/// <summary>Turns the paths given on the command line into files, reporting the ones that do not exist.</summary>
public static class InputPaths
{
    /// <summary>
    /// Every <c>*.wit</c> file named by <paramref name="paths"/>: a file as is, a directory recursively (including
    /// <c>deps/</c>), sorted so output is stable. Each folder is entered once by its real path, so symbolic links
    /// that lead back up the tree (or to a folder already walked) are not followed again. A file reached by two
    /// names is listed once. Paths that do not exist are returned in <c>Missing</c>.
    /// </summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) ExpandWitFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(RealPaths.Comparer);
        var walked = new HashSet<string>(RealPaths.Comparer);
        var missing = new List<string>();
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(RealPaths.Resolve(path))) files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>();
                CollectWitFiles(path, walked, found);
                found.Sort(StringComparer.Ordinal);
                foreach (string f in found)
                {
                    if (seen.Add(RealPaths.Resolve(f))) files.Add(f);
                }
            }
            else
            {
                missing.Add(path);
            }
        }
        return (files, missing);
    }

    // An explicit stack, not recursion: a deep tree must not exhaust the thread's stack.
    private static void CollectWitFiles(string root, HashSet<string> walked, List<string> found)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string directory = pending.Pop();
            if (!walked.Add(RealPaths.Resolve(directory))) continue;
            found.AddRange(Directory.EnumerateFiles(directory, "*.wit"));
            foreach (string sub in Directory.EnumerateDirectories(directory)) pending.Push(sub);
        }
    }

    /// <summary>
    /// The packages named by one <c>check</c> input: a file is itself; a directory with <c>*.wit</c> files is one
    /// package (its <c>deps/</c> belong to it); a directory without any is a folder of packages, searched below
    /// (skipping <c>deps/</c>) in name order. Empty when no package is found.
    /// </summary>
    public static IReadOnlyList<string> ExpandPackages(string path)
    {
        var packages = new List<string>();
        CollectPackages(path, packages, new HashSet<string>(RealPaths.Comparer), depth: 0);
        return packages;
    }

    // Deep enough for any real layout; it bounds the recursion, while the visited set keeps links from looping.
    private const int MaxFolderDepth = 16;

    private static void CollectPackages(string path, List<string> packages, HashSet<string> walked, int depth)
    {
        if (File.Exists(path))
        {
            packages.Add(path);
            return;
        }
        // A folder reached again through a symbolic link is neither a second package nor walked twice.
        if (!walked.Add(RealPaths.Resolve(path))) return;
        if (Directory.EnumerateFiles(path, "*.wit").Any())
        {
            packages.Add(path);
            return;
        }
        if (depth >= MaxFolderDepth) return;
        foreach (string sub in Directory.EnumerateDirectories(path).OrderBy(d => d, StringComparer.Ordinal))
        {
            if (Path.GetFileName(sub) != "deps") CollectPackages(sub, packages, walked, depth + 1);
        }
    }

    /// <summary>
    /// Prints one line per missing path (an unknown option when it starts with <c>-</c>, since the parser hands
    /// unknown options to the path argument) and returns whether any was missing.
    /// </summary>
    public static bool ReportMissing(IReadOnlyList<string> missing, TextWriter stderr)
    {
        foreach (string m in missing)
        {
            stderr.WriteLine(m.StartsWith("-", StringComparison.Ordinal) && m.Length > 1
                ? $"witsharp: unknown option '{m.Split('=', ':')[0]}'"
                : $"witsharp: no such file or directory: '{m}'");
        }
        if (missing.Count > 0) stderr.WriteLine("Run 'witsharp --help' for usage.");
        return missing.Count > 0;
    }

    /// <summary>The paths among <paramref name="paths"/> that are neither a file nor a directory.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> paths) =>
        paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
}
