using System;
using System.Collections.Generic;
using System.Linq;

namespace WitSharp.Generator.Roslyn
{
    /// <summary>
    /// Groups <c>.wit</c> files the way <c>WitLoader.LoadPath</c> lays out a directory: the files of a directory are
    /// its root package, and <c>dir/deps/name/*.wit</c> or <c>dir/deps/name.wit</c> are dependency packages of it.
    /// </summary>
    public static class WitProjectGrouping
    {
        /// <summary>The projects the files form, ordered by directory; files inside each are ordered by path.</summary>
        public static IEnumerable<WitProjectInput> Group(IEnumerable<WitFileInput> files)
        {
            var projects = new SortedDictionary<string, (List<WitFileInput> Roots, SortedDictionary<string, List<WitFileInput>> Deps)>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var (directory, dependency) = Classify(file.Path);
                if (!projects.TryGetValue(directory, out var project))
                {
                    project = (new List<WitFileInput>(), new SortedDictionary<string, List<WitFileInput>>(StringComparer.Ordinal));
                    projects.Add(directory, project);
                }
                if (dependency is null)
                {
                    project.Roots.Add(file);
                    continue;
                }
                if (!project.Deps.TryGetValue(dependency, out var dep)) project.Deps.Add(dependency, dep = new List<WitFileInput>());
                dep.Add(file);
            }

            foreach (var entry in projects)
            {
                var roots = entry.Value.Roots.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
                var deps = entry.Value.Deps.Select(d => new WitPackageInput(d.Key, Sorted(d.Value)));
                // The first root file that names a world (or namespace) decides for the whole project.
                string? world = roots.Select(f => f.World).FirstOrDefault(w => !string.IsNullOrWhiteSpace(w));
                string? ns = roots.Select(f => f.Namespace).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
                yield return new WitProjectInput(entry.Key, new EquatableArray<WitFileInput>(roots), new EquatableArray<WitPackageInput>(deps), world?.Trim(), ns?.Trim());
            }
        }

        /// <summary>
        /// The project directory a file belongs to and, for a file under <c>deps/</c>, the key of its dependency
        /// package (the <c>deps/name</c> prefix); null for a root file.
        /// </summary>
        public static (string Directory, string? Dependency) Classify(string path)
        {
            var separators = new List<int>();
            for (int i = 0; i < path.Length; i++)
            {
                if (path[i] == '/' || path[i] == '\\') separators.Add(i);
            }
            // Segment k (0-based) of the directory part lies between separators k-1 and k.
            for (int k = 1; k < separators.Count; k++)
            {
                int start = separators[k - 1] + 1;
                if (separators[k] - start != 4 || string.Compare(path, start, "deps", 0, 4, StringComparison.Ordinal) != 0) continue;
                string directory = path.Substring(0, separators[k - 1]);
                int end = k + 1 < separators.Count ? separators[k + 1] : path.Length;
                return (directory, path.Substring(0, end));
            }
            return (separators.Count == 0 ? "" : path.Substring(0, separators[separators.Count - 1]), null);
        }

        private static EquatableArray<WitFileInput> Sorted(IEnumerable<WitFileInput> files) =>
            new EquatableArray<WitFileInput>(files.OrderBy(f => f.Path, StringComparer.Ordinal));
    }
}
