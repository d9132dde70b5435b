using System;
using System.Collections.Generic;
using System.IO;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser
{
    /// <summary>
    /// The front door of the WIT front end: reads, parses and resolves WIT into a <see cref="WitResolve"/>.
    /// Nothing here throws on bad input; every problem is a <see cref="Diagnostic"/> in the result.
    /// </summary>
    public static class WitLoader
    {
        /// <summary>
        /// Loads a <c>.wit</c> file (one package, possibly with nested <c>package … { }</c> blocks) or a directory
        /// (its <c>*.wit</c> files form the root package; <c>deps/</c> holds dependency packages, each a directory
        /// or a single <c>.wit</c> file).
        /// </summary>
        public static WitLoadResult LoadPath(string path, WitLoadOptions? options = null)
        {
            var diagnostics = new DiagnosticBag();
            if (Directory.Exists(path))
            {
                var root = PackageSourceReader.ReadPackageDirectory(path, diagnostics);
                var deps = PackageSourceReader.ReadDependencies(path, diagnostics);
                return Load(root, deps, options, diagnostics);
            }
            if (File.Exists(path) && (path.EndsWith(".wasm", StringComparison.Ordinal) || path.EndsWith(".wat", StringComparison.Ordinal)))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnsupportedBinaryPackage,
                    $"{path} is a wasm-encoded package, which needs a component decoder that is not available"));
                return new WitLoadResult(null, diagnostics.ToArray(), Array.Empty<int>(), Array.Empty<SourceText>());
            }
            if (File.Exists(path))
            {
                var file = PackageSourceReader.ReadFile(path, diagnostics);
                return Load(file is null ? Array.Empty<SourceText>() : new[] { file }, Array.Empty<IReadOnlyList<SourceText>>(), options, diagnostics);
            }
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileNotFound, $"path {path} does not exist"));
            return new WitLoadResult(null, diagnostics.ToArray(), Array.Empty<int>(), Array.Empty<SourceText>());
        }

        /// <summary>Loads one in-memory WIT file; <paramref name="path"/> is only used in diagnostics.</summary>
        public static WitLoadResult LoadText(string path, string text, WitLoadOptions? options = null) =>
            LoadSources(new[] { new SourceText(path, text) }, Array.Empty<IReadOnlyList<SourceText>>(), options);

        /// <summary>
        /// Loads sources the caller has read: <paramref name="rootFiles"/> form the root package, each entry of
        /// <paramref name="dependencyPackages"/> one dependency package.
        /// </summary>
        public static WitLoadResult LoadSources(IReadOnlyList<SourceText> rootFiles, IReadOnlyList<IReadOnlyList<SourceText>> dependencyPackages, WitLoadOptions? options = null) =>
            Load(rootFiles, dependencyPackages, options, new DiagnosticBag());

        private static WitLoadResult Load(IReadOnlyList<SourceText> rootFiles, IReadOnlyList<IReadOnlyList<SourceText>> dependencyPackages, WitLoadOptions? options, DiagnosticBag diagnostics)
        {
            var sources = new List<SourceText>(rootFiles);
            foreach (var dep in dependencyPackages) sources.AddRange(dep);
            if (diagnostics.HasErrors) return new WitLoadResult(null, diagnostics.ToArray(), Array.Empty<int>(), sources);

            options ??= new WitLoadOptions();
            var gate = new FeatureGate(options.Features, options.AllFeatures);
            (WitResolve, List<int>)? built;
            try
            {
                long size = 0;
                foreach (var source in sources) size += source.Text.Length;
                // A run that starts over on a big stack must not leave the first run's diagnostics behind.
                DiagnosticBag? found = null;
                built = LargeStack.Run((int)Math.Min(size, int.MaxValue), () =>
                {
                    found = new DiagnosticBag();
                    return ResolveBuilder.Build(rootFiles, dependencyPackages, gate, found);
                });
                diagnostics.AddRange(found!);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A defect in the front end must not take the caller down: report it like any other failure.
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InternalError, $"internal error while resolving WIT: {e.GetType().Name}: {e.Message}"));
                built = null;
            }
            if (built is not { } b) return new WitLoadResult(null, diagnostics.ToArray(), Array.Empty<int>(), sources);
            return new WitLoadResult(b.Item1, diagnostics.ToArray(), b.Item2, sources);
        }
    }
}
