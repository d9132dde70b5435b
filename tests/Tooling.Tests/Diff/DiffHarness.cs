using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WitSharp.Tooling.Diff;
using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Tests.Diff
{
    /// <summary>Loads WIT for diff tests (every @unstable feature on, as the diff command does) and runs the diff.</summary>
    internal static class DiffHarness
    {
        private static readonly WitLoadOptions AllFeatures = new WitLoadOptions { AllFeatures = true };

        public static WitSide Text(string path, string text)
        {
            var load = WitLoader.LoadText(path, text, AllFeatures);
            Assert.True(load.Success, string.Join("\n", load.Diagnostics.Select(d => d.Message)));
            return WitSide.FromLoad(load)!;
        }

        public static WitSide FromPath(string path)
        {
            var load = WitLoader.LoadPath(path, AllFeatures);
            Assert.True(load.Success, path + ": " + string.Join("\n", load.Diagnostics.Select(d => d.Message)));
            return WitSide.FromLoad(load)!;
        }

        /// <summary>Loads the package in <paramref name="directory"/> with every other package under <paramref name="depsDirectory"/> as a dependency.</summary>
        public static WitSide WithDependencies(string directory, string depsDirectory)
        {
            var root = Sources(directory);
            var deps = Directory.GetDirectories(depsDirectory).OrderBy(d => d, StringComparer.Ordinal)
                .Where(d => !IsSamePackage(d, root))
                .Select(d => (IReadOnlyList<SourceText>)Sources(d)).ToList();
            return FromSources(root, deps);
        }

        /// <summary>Loads <paramref name="root"/> with <paramref name="dependencies"/> (one list of files per package).</summary>
        public static WitSide FromSources(IReadOnlyList<SourceText> root, IReadOnlyList<IReadOnlyList<SourceText>> dependencies)
        {
            var load = WitLoader.LoadSources(root, dependencies, AllFeatures);
            Assert.True(load.Success, string.Join("\n", root.Select(r => r.Text)) + "\n" + string.Join("\n", load.Diagnostics.Select(d => d.Location + ": " + d.Message)));
            return WitSide.FromLoad(load)!;
        }

        /// <summary>The packages under a directory's <c>deps/</c>, one list of files each, in name order.</summary>
        public static List<IReadOnlyList<SourceText>> DependenciesOf(string directory) =>
            Directory.GetDirectories(Path.Combine(directory, "deps")).OrderBy(d => d, StringComparer.Ordinal).Select(d => (IReadOnlyList<SourceText>)Sources(d)).ToList();

        /// <summary>The <c>.wit</c> files of a directory, in name order.</summary>
        public static List<SourceText> Sources(string directory) =>
            Directory.GetFiles(directory, "*.wit").OrderBy(f => f, StringComparer.Ordinal).Select(f => new SourceText(f, File.ReadAllText(f))).ToList();

        // The root package must not also come in as a dependency: compare the package declarations.
        private static bool IsSamePackage(string dependencyDirectory, List<SourceText> root)
        {
            string Declaration(IEnumerable<SourceText> files) =>
                files.Select(f => f.Text.Split('\n').FirstOrDefault(l => l.StartsWith("package "))).FirstOrDefault(l => l is not null) ?? "";
            return Declaration(Sources(dependencyDirectory)) == Declaration(root);
        }

        public static DiffReport Texts(string oldText, string newText) =>
            WitDiff.Compare(Text("old.wit", oldText), Text("new.wit", newText));
    }
}
