using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WitSharp.Testing;
using WitSharp.Tooling.Diff;
using WitSharp.Tooling.Elaboration;
using WitSharp.Tooling.Subtyping;
using WitSharp.Tooling.Tests.Diff;
using WitSharp.WitParser;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Tests.Elaboration
{
    /// <summary>
    /// Every passing case of the reference parser's corpus: a package diffs clean against itself, and each of its
    /// worlds printed elaborated resolves again (with the original as a dependency) to the same world.
    /// </summary>
    public sealed class CorpusRoundTripTests
    {
        // kinds-of-deps needs a binary component decoder; foreign-world-dep-gated only resolves with exactly one feature
        // on, while these tests turn every feature on (as diff and compose do).
        private static readonly HashSet<string> NotLoadable = new HashSet<string> { "kinds-of-deps", "foreign-world-dep-gated" };

        public static IEnumerable<object[]> Cases()
        {
            string? shared = RepositoryPaths.Shared;
            if (shared is null)
            {
                // A theory without rows fails; this one row is skipped by RequireShared with the reason.
                yield return new object[] { "(../shared missing)", "(missing)" };
                yield break;
            }
            foreach (string line in File.ReadLines(Path.Combine(shared, "conformance", "wit-parser", "MANIFEST.tsv")).Skip(1))
            {
                var parts = line.Split('\t');
                if (parts[0] is not ("pass-file" or "pass-dir") || NotLoadable.Contains(parts[1])) continue;
                yield return new object[] { parts[1], parts[2] };
            }
        }

        [SkippableTheory]
        [MemberData(nameof(Cases))]
        public void Self_diff_is_clean_and_elaborated_worlds_round_trip(string name, string input)
        {
            string path = RepositoryPaths.RequireShared("conformance", "wit-parser", input);
            var load = WitLoader.LoadPath(path, new WitLoadOptions { AllFeatures = true });
            Assert.True(load.Success, name + ": " + string.Join("\n", load.Diagnostics.Select(d => d.Message)));
            var side = WitSide.FromLoad(load)!;
            var self = WitDiff.Compare(side, side);
            Assert.Empty(self.Changes.Select(c => c.Message));
            foreach (int root in side.RootPackages)
            {
                foreach (var world in side.Resolve.Packages[root].Worlds)
                {
                    string printed = WorldPrinter.Print(side.Resolve, world.Value);
                    var reloaded = Reload(printed, side.Resolve.Packages[root].Name.Version?.ToString(), load.Sources, name + "/" + world.Key);
                    Assert.True(reloaded.MainPackage.Worlds.TryGetValue(world.Key, out int copy), world.Key);
                    var scope = new ComparisonScope(side, reloaded);
                    new WorldDiff(scope).Compare(world.Key, world.Value, copy);
                    Assert.True(scope.Mismatches.Count == 0, name + "/" + world.Key + ":\n" + printed + "\n" + string.Join("\n", scope.Mismatches.Select(m => m.RuleId + " " + m.Subject)));
                }
            }
        }

        private static WitSide Reload(string printed, string? version, IReadOnlyList<SourceText> original, string what)
        {
            // The copy lives in its own package; the original files come in as dependencies, one group per directory.
            int end = printed.IndexOf(';');
            string renamed = "package elaborated:copy" + (version is null ? "" : "@" + version) + printed.Substring(end);
            var deps = original.GroupBy(s => Path.GetDirectoryName(s.Path)).Select(g => (IReadOnlyList<SourceText>)g.ToList()).ToList();
            return DiffHarness.FromSources(new[] { new SourceText(what + ".wit", renamed) }, deps);
        }
    }
}
