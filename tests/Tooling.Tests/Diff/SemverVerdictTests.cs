using WitSharp.Tooling.Diff;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Tests.Diff
{
    /// <summary>Whether the version bump between two packages covers what changed.</summary>
    public sealed class SemverVerdictTests
    {
        private const string Base = "interface i {\n  f: func(a: u32);\n}\n";
        private const string Breaking = "interface i {\n  f: func(a: u64);\n}\n";
        private const string Addition = "interface i {\n  f: func(a: u32);\n  g: func();\n}\n";

        [Theory]
        [InlineData("1.0.0", "2.0.0", Breaking, false, VersionBump.Major)]
        [InlineData("1.0.0", "1.1.0", Breaking, true, VersionBump.Minor)]
        [InlineData("1.2.3", "1.2.4", Breaking, true, VersionBump.Patch)]
        [InlineData("0.2.0", "0.3.0", Breaking, false, VersionBump.Major)]
        [InlineData("0.2.0", "0.2.1", Breaking, true, VersionBump.Minor)]
        [InlineData("0.0.1", "0.0.2", Breaking, false, VersionBump.Major)]
        [InlineData("1.0.0", "1.0.1", Addition, false, VersionBump.Patch)]
        [InlineData("1.0.0", "1.0.0", Base, false, VersionBump.None)]
        public void Bump_is_judged_against_the_changes(string oldVersion, string newVersion, string newBody, bool fails, VersionBump actual)
        {
            var report = DiffHarness.Texts($"package t:p@{oldVersion};\n{Base}", $"package t:p@{newVersion};\n{newBody}");
            Assert.Equal(fails, report.Fails);
            var verdict = Assert.Single(report.Verdicts);
            Assert.Equal(actual, verdict.Actual);
            if (fails) Assert.Contains("breaking changes need a", verdict.Message);
        }

        [Fact]
        public void Additions_without_a_minor_bump_warn_but_do_not_fail()
        {
            var report = DiffHarness.Texts("package t:p@1.0.0;\n" + Base, "package t:p@1.0.1;\n" + Addition);
            var verdict = Assert.Single(report.Verdicts);
            Assert.True(verdict.AdditionsWithoutMinor);
            Assert.False(report.Fails);
            Assert.Contains("additions need a minor version bump, but this is only a patch bump", verdict.Message);
        }

        [Fact]
        public void Zero_major_versions_need_a_minor_bump_for_breaking_changes()
        {
            var report = DiffHarness.Texts("package t:p@0.2.0;\n" + Base, "package t:p@0.2.5;\n" + Breaking);
            Assert.Contains("need a minor version bump (below 1.0.0", Assert.Single(report.Verdicts).Message);
        }

        [Fact]
        public void A_removed_package_fails_whatever_the_versions()
        {
            var report = DiffHarness.Texts("package t:p@1.0.0;\n" + Base, "package t:q@2.0.0;\n" + Base);
            Assert.True(report.Fails);
            var removed = Assert.Single(report.Breaking);
            Assert.Equal("removed-package", removed.RuleId);
            Assert.Equal(1, removed.OldLocation!.Value.Start.Line);
            Assert.Contains(report.Changes, c => c.RuleId == "added-package" && c.Class == ChangeClass.Compatible);
        }

        [Fact]
        public void The_verdict_points_at_the_new_package_declaration()
        {
            var report = DiffHarness.Texts("package t:p@1.0.0;\n" + Base, "package t:p@1.1.0;\n" + Breaking);
            var at = Assert.Single(report.Verdicts).NewLocation!.Value;
            Assert.Equal("new.wit", at.Source.Path);
            Assert.Equal(1, at.Start.Line);
        }

        [Fact]
        public void Breaking_changes_in_a_package_without_version_fail()
        {
            var report = DiffHarness.Texts("package t:p;\n" + Base, "package t:p;\n" + Breaking);
            Assert.True(report.Fails);
            Assert.Contains("without a version", Assert.Single(report.Verdicts).Message);
        }

        [Fact]
        public void Addition_claiming_an_earlier_since_is_noted()
        {
            var report = DiffHarness.Texts(
                "package t:p@1.0.0;\n@since(version = 1.0.0)\ninterface i {\n  @since(version = 1.0.0)\n  f: func();\n}\n",
                "package t:p@1.1.0;\n@since(version = 1.0.0)\ninterface i {\n  @since(version = 1.0.0)\n  f: func();\n  @since(version = 1.1.0)\n  g: func();\n  @since(version = 1.0.0)\n  h: func();\n}\n");
            Assert.Contains(report.Changes, c => c.RuleId == "since-before-addition" && c.Subject == "t:p/i.h");
            Assert.DoesNotContain(report.Changes, c => c.RuleId.StartsWith("since-") && c.Subject == "t:p/i.g");
        }

        [Theory]
        [InlineData("1.2.3", "2.0.0", VersionBump.Major)]
        [InlineData("1.2.3", "1.3.0", VersionBump.Minor)]
        [InlineData("1.2.3", "1.2.4", VersionBump.Patch)]
        [InlineData("1.2.3", "1.2.3", VersionBump.None)]
        [InlineData("1.2.3", "1.0.0", VersionBump.None)]
        [InlineData("0.2.0", "0.3.0", VersionBump.Major)]
        [InlineData("0.2.0", "0.2.9", VersionBump.Minor)]
        [InlineData("1.0.0-rc.1", "1.0.0", VersionBump.Patch)]
        public void Bump_between_versions(string from, string to, VersionBump expected)
        {
            Assert.True(SemanticVersion.TryParse(from, out var a));
            Assert.True(SemanticVersion.TryParse(to, out var b));
            Assert.Equal(expected, SemverPolicy.Between(a!, b!));
        }
    }
}
