using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Lint
{
    /// <summary>
    /// Reads packages for a load with extra dependency packages (<c>lint --deps</c>), the way the loader reads a
    /// path: a file is one package, a directory's <c>*.wit</c> files are one, and its <c>deps/</c> entries
    /// (directories or files) are its dependencies.
    /// </summary>
    public static class PackageFiles
    {
        /// <summary>The sources of the package at <paramref name="path"/>; files that are not UTF-8 are skipped.</summary>
        public static List<SourceText> Read(string path)
        {
            var files = File.Exists(path)
                ? new[] { path }
                : Directory.GetFiles(path, "*.wit").OrderBy(f => f, StringComparer.Ordinal).ToArray();
            var sources = new List<SourceText>();
            foreach (string file in files)
            {
                if (SourceDecoder.TryDecode(file, File.ReadAllBytes(file), out var source, out _) && source is not null) sources.Add(source);
            }
            return sources;
        }

        /// <summary>The packages in <paramref name="directory"/>/deps, each a directory or a <c>.wit</c> file, in name order.</summary>
        public static List<string> DependencyEntries(string directory)
        {
            string deps = Path.Combine(directory, "deps");
            if (!Directory.Exists(deps)) return new List<string>();
            return Directory.GetDirectories(deps)
                .Concat(Directory.GetFiles(deps, "*.wit"))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
        }
    }
}
