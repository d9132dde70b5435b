using WitSharp.Tooling.Diff;

namespace WitSharp.Tooling.Tests.Diff
{
    /// <summary>
    /// A world may import or export two versions of one interface side by side (the component corpus's <c>versions</c>
    /// exports <c>api@1.0.0</c> and <c>api@2.0.0</c>). Diff matches world items by interface name without version, so a
    /// version bump is seen as one; with two versions present, each must be compared with its own version, or an
    /// unchanged world reports a changed interface version.
    /// </summary>
    public sealed class SideBySideVersionsDiffTests
    {
        private const string Dependencies = """
            package t:dep@1.0.0 {
              interface api { f: func() -> u32; }
            }
            package t:dep@2.0.0 {
              interface api { f: func() -> string; }
            }
            """;

        private static string World(string version, string exports) =>
            $"package t:p@{version};\n\n{Dependencies}\n\nworld w {{\n{exports}\n}}\n";

        [Fact]
        public void AnUnchangedWorldWithTwoVersionsOfAnInterfaceReportsNoChange()
        {
            string exports = "  export t:dep/api@1.0.0;\n  export t:dep/api@2.0.0;";
            DiffReport report = DiffHarness.Texts(World("1.0.0", exports), World("1.0.0", exports));
            Assert.Empty(report.Changes);
        }

        [Fact]
        public void DroppingOneOfTheVersionsIsStillReported()
        {
            DiffReport report = DiffHarness.Texts(
                World("1.0.0", "  export t:dep/api@1.0.0;\n  export t:dep/api@2.0.0;"),
                World("1.0.1", "  export t:dep/api@2.0.0;"));
            Assert.NotEmpty(report.Changes);
        }
    }
}
