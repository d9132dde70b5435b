using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WitSharp.Testing;
using WitSharp.Tooling.Tests.Diff;
using WitSharp.Tooling.Compose;
using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Tests.Compose
{
    /// <summary>Composition against the real WASI HTTP packages, across the 0.2.0 and 0.2.12 releases.</summary>
    public sealed class WasiComposeTests
    {
        [SkippableFact]
        public void An_outgoing_handler_built_on_0_2_0_plugs_into_the_0_2_12_proxy()
        {
            var socket = Proxy("0.2.12");
            var plug = Component("0.2.0", "world plug {\n  export wasi:http/outgoing-handler@0.2.0;\n}\n");
            var result = WorldComposer.Compose(socket, new[] { plug });
            Assert.True(result.Success, string.Join("\n", result.Issues.Select(i => i.Message)));
            Assert.Equal("wasi:http/outgoing-handler", Assert.Single(result.Plugged).Import);
            var imports = result.World.Imports.Select(i => i.Name).ToList();
            Assert.DoesNotContain("wasi:http/outgoing-handler", imports);
            // The plug imports wasi:http/types@0.2.0 too; within the 0.2 track the newest version serves both.
            var types = Assert.Single(result.World.Imports, i => i.Name == "wasi:http/types");
            Assert.Equal("0.2.12", WorldItemNames.VersionOf(types.Side.Resolve, types.Key)!.ToString());
            string wit = result.World.ToWit();
            Assert.Contains("export wasi:http/incoming-handler@0.2.12;", wit);
            // The composed world resolves against the 0.2.12 packages.
            var composed = Load(Bundle("0.2.12"), new[] { new SourceText("composed.wit", wit) });
            Assert.True(composed.MainPackage.Worlds.TryGetValue("proxy", out int world));
            Assert.Equal(result.World.Imports.Count, composed.Resolve.Worlds[world].Imports.Count);
        }

        [SkippableFact]
        public void Types_from_0_2_0_cannot_satisfy_an_import_of_the_0_2_12_types()
        {
            var socket = Proxy("0.2.12");
            var plug = Component("0.2.0", "world plug {\n  export wasi:http/types@0.2.0;\n}\n");
            var result = WorldComposer.Compose(socket, new[] { plug });
            Assert.False(result.Success);
            var missing = Assert.Single(result.Issues, i => i.RuleId == "compose/missing-type");
            Assert.Contains("`wasi:http/types.field-name`", missing.Message);
            Assert.Contains("types.wit:", missing.Message);
        }

        private static ComponentWorld Proxy(string version)
        {
            var side = Load(Bundle(version), Array.Empty<SourceText>());
            Assert.True(WorldSelection.TrySelect(side.Resolve, side.RootPackages, "proxy", out int world, out string? error), error);
            return new ComponentWorld(side, world, "wasi:http/proxy@" + version);
        }

        private static ComponentWorld Component(string version, string world)
        {
            var root = new[] { new SourceText("plug.wit", "package t:plug;\n\n" + world) };
            var side = Load(Bundle(version), root);
            Assert.True(WorldSelection.TrySelect(side.Resolve, side.RootPackages, "plug", out int id, out string? error), error);
            return new ComponentWorld(side, id, "plug.wit");
        }

        private static string Bundle(string version) => RepositoryPaths.RequireShared("conformance", "wasi-bundles", version, "http");

        /// <summary>The bundle's http package (as the root, or as a dependency of <paramref name="root"/>) with all its siblings.</summary>
        private static WitSide Load(string bundle, IReadOnlyList<SourceText> root)
        {
            var packages = DiffHarness.DependenciesOf(bundle);
            if (root.Count == 0) return DiffHarness.FromSources(DiffHarness.Sources(bundle), packages);
            packages.Add(DiffHarness.Sources(bundle));
            return DiffHarness.FromSources(root, packages);
        }
    }
}
