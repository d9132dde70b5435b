using System.Linq;
using WitSharp.Testing;
using WitSharp.Tooling.Diff;
using WitSharp.Tooling.Subtyping;

namespace WitSharp.Tooling.Tests.Diff
{
    /// <summary>The real WASI 0.2.0 → 0.2.12 history: only compatible additions forward, the same items as breaking removals backward.</summary>
    public sealed class WasiHistoryTests
    {
        public static TheoryData<string> Packages => new TheoryData<string> { "io", "clocks", "random", "filesystem", "sockets", "cli", "http" };

        [SkippableTheory]
        [MemberData(nameof(Packages))]
        public void Forward_has_no_breaking_change_and_the_version_bump_suffices(string package)
        {
            var (old, @new) = Load(package);
            var report = WitDiff.Compare(old, @new);
            Assert.Empty(report.Breaking.Select(c => c.Message));
            Assert.False(report.Fails);
            var verdict = Assert.Single(report.Verdicts);
            Assert.Equal(VersionBump.Minor, verdict.Actual); // 0.2.0 -> 0.2.12 is the 0.x "minor" (patch) bump
            Assert.False(verdict.AdditionsWithoutMinor);
        }

        [SkippableTheory]
        [MemberData(nameof(Packages))]
        public void Backward_turns_every_addition_into_a_breaking_removal(string package)
        {
            var (old, @new) = Load(package);
            var added = WitDiff.Compare(old, @new).Changes.Where(c => c.Class == ChangeClass.Compatible).ToList();
            var backward = WitDiff.Compare(@new, old);
            var removed = backward.Breaking.ToList();
            Assert.Equal(added.Select(c => c.Subject).OrderBy(s => s), removed.Select(c => c.Subject).OrderBy(s => s));
            Assert.All(removed, c => Assert.StartsWith("removed-", c.RuleId));
            Assert.All(removed, c => Assert.NotNull(c.OldLocation));
            Assert.Equal(removed.Count > 0, backward.Fails);
        }

        [SkippableFact]
        public void Http_and_cli_additions_are_named_with_locations()
        {
            var (old, @new) = Load("http");
            var http = WitDiff.Compare(old, @new).Changes.Where(c => c.Class == ChangeClass.Compatible).ToList();
            Assert.Contains(http, c => c.RuleId == "added-type" && c.Subject == "wasi:http/types.field-name" && c.NewLocation!.Value.Start.Line > 0);
            Assert.Contains(http, c => c.RuleId == "added-world" && c.Subject == "wasi:http/imports");
            var (oldCli, newCli) = Load("cli");
            var cli = WitDiff.Compare(newCli, oldCli);
            var exit = Assert.Single(cli.Breaking);
            Assert.Equal("wasi:cli/exit.exit-with-code", exit.Subject);
            Assert.Contains("removed function", exit.Message);
            Assert.Contains("exit.wit:", exit.Message);
        }

        [SkippableFact]
        public void Unstable_additions_are_notes_not_compatibility_claims()
        {
            var (old, @new) = Load("clocks");
            var changes = WitDiff.Compare(old, @new).Changes;
            var timezone = Assert.Single(changes, c => c.RuleId == "added-interface");
            Assert.Equal(ChangeClass.Note, timezone.Class);
            Assert.Contains("@unstable", timezone.Message);
        }

        private static (WitSide Old, WitSide New) Load(string package)
        {
            // Packages resolve only with their siblings: the http bundle of each version carries them all under deps/.
            WitSide At(string version) => DiffHarness.WithDependencies(
                RepositoryPaths.RequireShared("conformance", "wasi", package, version),
                RepositoryPaths.RequireShared("conformance", "wasi-bundles", version, "http", "deps"));
            return (At("0.2.0"), At("0.2.12"));
        }
    }
}
