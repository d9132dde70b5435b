using System;
using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// Builds a <see cref="WitResolve"/> from source groups: parses every file, forms the packages, orders them
    /// so each comes after its dependencies (rejecting duplicates and cycles), then resolves each in that order,
    /// merging it into the result as it goes.
    /// </summary>
    internal static class ResolveBuilder
    {
        /// <summary>The resolve and the indices of the root group's packages, or null after reporting errors.</summary>
        public static (WitResolve, List<int>)? Build(IReadOnlyList<SourceText> rootFiles, IReadOnlyList<IReadOnlyList<SourceText>> dependencies,
            FeatureGate gate, DiagnosticBag diagnostics)
        {
            var groups = new List<IReadOnlyList<SourceText>> { rootFiles };
            groups.AddRange(dependencies);
            var parsed = new List<List<WitFileSyntax>>();
            bool failed = false;
            foreach (var group in groups)
            {
                var files = new List<WitFileSyntax>();
                foreach (var source in group)
                {
                    var tree = WitSyntaxTree.Parse(source);
                    diagnostics.AddRange(tree.Diagnostics);
                    failed |= tree.HasErrors;
                    files.Add(tree.Root);
                }
                parsed.Add(files);
            }
            if (failed) return null;

            try
            {
                var rootNames = new List<string>();
                var all = new List<PackageResolver>();
                for (int g = 0; g < groups.Count; g++)
                {
                    var packages = PackageGroupBuilder.Build(parsed[g], groups[g]);
                    if (g == 0) foreach (var p in packages) rootNames.Add(p.Package.Name.ToString());
                    all.AddRange(packages);
                }
                // The resolvers hold what they still need of the trees and let each item go once it is resolved.
                parsed.Clear();
                // Each package is resolved once its dependencies are in the resolve, and merged into it as it goes.
                // After a merge error the remaining packages are still resolved: like the reference, report an
                // error in resolving any package before one in merging.
                var resolve = new WitResolve();
                ResolutionException? mergeFailure = null;
                foreach (var resolver in SortPackages(all))
                {
                    var merger = mergeFailure is null ? PackageMerger.Begin(resolve, resolver.Package, gate) : PackageMerger.Skipping(resolver.Package);
                    resolver.Resolve(merger);
                    try
                    {
                        merger.Finish();
                    }
                    catch (ResolutionException e)
                    {
                        mergeFailure = e;
                    }
                }
                if (mergeFailure is not null) throw mergeFailure;
                // Nested packages first, the main package last, as the group declared them.
                var roots = new List<int>();
                foreach (var name in rootNames) roots.Add(resolve.PackageNames.GetValue(name));
                return (resolve, roots);
            }
            catch (ResolutionException e)
            {
                diagnostics.Add((FirstErrorInReferenceOrder(groups) ?? e).Diagnostic);
                return null;
            }
        }

        /// <summary>
        /// The first error as the reference meets it, or null when that is a merge error. The run above meets
        /// errors in another order (each package is prepared first, then resolved in dependency order), so when it
        /// fails, the files are parsed again and each group's packages prepared and resolved on their own, in
        /// group order, then ordered: the first error of that walk is the one to report. Only failing inputs pay.
        /// </summary>
        private static ResolutionException? FirstErrorInReferenceOrder(List<IReadOnlyList<SourceText>> groups)
        {
            try
            {
                var all = new List<PackageResolver>();
                foreach (var group in groups)
                {
                    var files = new List<WitFileSyntax>();
                    foreach (var source in group) files.Add(WitSyntaxTree.Parse(source).Root);
                    all.AddRange(PackageGroupBuilder.Build(files, group, resolveEach: true));
                }
                SortPackages(all);
                return null;
            }
            catch (ResolutionException e)
            {
                return e;
            }
        }

        /// <summary>Packages by name, then depth-first so dependencies come first.</summary>
        private static List<PackageResolver> SortPackages(List<PackageResolver> packages)
        {
            var byName = new SortedDictionary<PackageName, PackageResolver>(PackageNameComparer.Instance);
            foreach (var resolver in packages)
            {
                var p = resolver.Package;
                if (byName.TryGetValue(p.Name, out var previous))
                {
                    throw ResolutionException.At(DiagnosticCodes.DuplicatePackage,
                        $"package `{p.Name}` is defined in two different locations:\n  * {Render(p.NameLocation)}\n  * {Render(previous.Package.NameLocation)}", null);
                }
                byName[p.Name] = resolver;
            }
            var byKey = new Dictionary<string, PackageResolver>();
            foreach (var p in byName.Values) byKey[p.Package.Name.ToString()] = p;

            var order = new List<PackageResolver>();
            var done = new HashSet<string>();
            var visiting = new HashSet<string>();
            foreach (var p in byName.Values) Visit(p, byKey, order, done, visiting);
            return order;
        }

        private static void Visit(PackageResolver resolver, Dictionary<string, PackageResolver> byKey, List<PackageResolver> order,
            HashSet<string> done, HashSet<string> visiting)
        {
            var package = resolver.Package;
            if (done.Contains(package.Name.ToString())) return;
            LargeStack.Guard();
            foreach (var dep in package.ForeignDeps.Values)
            {
                string key = dep.Name.ToString();
                if (!visiting.Add(key))
                {
                    throw ResolutionException.At(DiagnosticCodes.PackageCycle, $"package `{key}` creates a dependency cycle", dep.Location);
                }
                if (byKey.TryGetValue(key, out var next)) Visit(next, byKey, order, done, visiting);
                visiting.Remove(key);
            }
            done.Add(package.Name.ToString());
            order.Add(resolver);
        }

        private static string Render(SourceLocation location) => $"{location.Source.Path}:{location.Start.Line}:{location.Start.Column}";

        /// <summary>Orders package names by namespace, name, then version (unversioned first).</summary>
        private sealed class PackageNameComparer : IComparer<PackageName>
        {
            public static readonly PackageNameComparer Instance = new PackageNameComparer();

            public int Compare(PackageName? x, PackageName? y)
            {
                int c = string.CompareOrdinal(x!.Namespace, y!.Namespace);
                if (c != 0) return c;
                c = string.CompareOrdinal(x.Name, y.Name);
                if (c != 0) return c;
                if (x.Version is null) return y.Version is null ? 0 : -1;
                if (y.Version is null) return 1;
                c = x.Version.CompareTo(y.Version);
                return c != 0 ? c : string.CompareOrdinal(x.Version.Build, y.Version.Build);
            }
        }
    }
}
