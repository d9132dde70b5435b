using System;
using System.Collections.Generic;
using System.IO;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// Reads WIT sources from disk in the reference layout: a file, or a directory whose <c>*.wit</c> files are
    /// the root package and whose <c>deps/</c> entries (directories or single <c>.wit</c> files) are dependencies.
    /// Failures become diagnostics.
    /// </summary>
    internal static class PackageSourceReader
    {
        /// <summary>Reads one file; null (with a diagnostic) when it cannot be read or decoded.</summary>
        public static SourceText? ReadFile(string path, DiagnosticBag diagnostics)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileNotFound, $"failed to read file {path}: {e.Message}"));
                return null;
            }
            return Decode(path, bytes, diagnostics);
        }

        /// <summary>Strict UTF-8 decoding through <see cref="SourceDecoder"/>.</summary>
        public static SourceText? Decode(string path, byte[] bytes, DiagnosticBag diagnostics)
        {
            if (SourceDecoder.TryDecode(path, bytes, out var source, out var diagnostic)) return source;
            diagnostics.Add(diagnostic!);
            return null;
        }

        /// <summary>The <c>*.wit</c> files directly inside <paramref name="directory"/>, sorted by name.</summary>
        public static List<SourceText> ReadPackageDirectory(string directory, DiagnosticBag diagnostics)
        {
            var result = new List<SourceText>();
            foreach (var file in SortedEntries(directory, files: true, diagnostics))
            {
                if (!file.EndsWith(".wit", StringComparison.Ordinal)) continue;
                if (ReadFile(file, diagnostics) is { } source) result.Add(source);
            }
            return result;
        }

        /// <summary>
        /// The dependency packages under <c>directory/deps</c>, each as its list of files, in name order.
        /// Binary or text-format wasm packages need a component decoder and are reported as unsupported.
        /// </summary>
        public static List<IReadOnlyList<SourceText>> ReadDependencies(string directory, DiagnosticBag diagnostics)
        {
            var deps = new List<IReadOnlyList<SourceText>>();
            string depsDir = Path.Combine(directory, "deps");
            if (!Directory.Exists(depsDir)) return deps;
            var entries = new List<string>(SortedEntries(depsDir, files: true, diagnostics));
            entries.AddRange(SortedEntries(depsDir, files: false, diagnostics));
            entries.Sort(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                if (Directory.Exists(entry))
                {
                    deps.Add(ReadPackageDirectory(entry, diagnostics));
                }
                else if (entry.EndsWith(".wit", StringComparison.Ordinal))
                {
                    if (ReadFile(entry, diagnostics) is { } source) deps.Add(new[] { source });
                }
                else if (entry.EndsWith(".wasm", StringComparison.Ordinal) || entry.EndsWith(".wat", StringComparison.Ordinal))
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnsupportedBinaryPackage,
                        $"dependency {entry} is a wasm-encoded package, which needs a component decoder that is not available"));
                }
            }
            return deps;
        }

        private static IEnumerable<string> SortedEntries(string directory, bool files, DiagnosticBag diagnostics)
        {
            string[] entries;
            try
            {
                entries = files ? Directory.GetFiles(directory) : Directory.GetDirectories(directory);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileNotFound, $"failed to read directory {directory}: {e.Message}"));
                return Array.Empty<string>();
            }
            Array.Sort(entries, StringComparer.Ordinal);
            return entries;
        }
    }
}
