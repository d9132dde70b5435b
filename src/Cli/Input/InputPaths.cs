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
    /// <c>deps/</c>), sorted so output is stable. Paths that do not exist are returned in <c>Missing</c>.
    /// </summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) ExpandWitFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path))) files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*.wit", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal);
                foreach (string f in found)
                {
                    if (seen.Add(Path.GetFullPath(f))) files.Add(f);
                }
            }
            else
            {
                missing.Add(path);
            }
        }
        return (files, missing);
    }

    /// <summary>
    /// The packages named by one <c>check</c> input: a file is itself; a directory with <c>*.wit</c> files is one
    /// package (its <c>deps/</c> belong to it); a directory without any is a folder of packages, searched below
    /// (skipping <c>deps/</c>) in name order. Empty when no package is found.
    /// </summary>
    public static IReadOnlyList<string> ExpandPackages(string path)
    {
        var packages = new List<string>();
        CollectPackages(path, packages, depth: 0);
        return packages;
    }

    // Deep enough for any real layout, and a guard against symlink loops.
    private const int MaxFolderDepth = 16;

    private static void CollectPackages(string path, List<string> packages, int depth)
    {
        if (File.Exists(path) || Directory.EnumerateFiles(path, "*.wit").Any())
        {
            packages.Add(path);
            return;
        }
        if (depth >= MaxFolderDepth) return;
        foreach (string sub in Directory.EnumerateDirectories(path).OrderBy(d => d, StringComparer.Ordinal))
        {
            if (Path.GetFileName(sub) != "deps") CollectPackages(sub, packages, depth + 1);
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
                ? $"witsharp: unknown option: {m}"
                : $"witsharp: no such file or directory: '{m}'");
        }
        if (missing.Count > 0) stderr.WriteLine("Run 'witsharp --help' for usage.");
        return missing.Count > 0;
    }

    /// <summary>The paths among <paramref name="paths"/> that are neither a file nor a directory.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> paths) =>
        paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
}
