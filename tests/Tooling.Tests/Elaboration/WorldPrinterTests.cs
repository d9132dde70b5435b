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
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Tests.Elaboration
{
    /// <summary>Elaborated worlds: includes expanded, implicit imports written out, and the printed WIT means the same world.</summary>
    public sealed class WorldPrinterTests
    {
        private const string Package = @"package t:p@1.0.0;

interface types {
  record point { x: u32, y: u32 }
  resource canvas {
    constructor(width: u32);
    draw: func(at: point);
    open: static func() -> canvas;
  }
}

interface api {
  use types.{point, canvas};
  variant shape { dot(point), none }
  render: func(on: borrow<canvas>, s: shape) -> list<u8>;
}

world base {
  import log: func(msg: string);
  export %type: interface {
    enum kind { a, b }
    get: func() -> kind;
  }
}

world app {
  include base;
  export api;
}
";

        [Fact]
        public void Includes_are_expanded_and_implicit_imports_written_out()
        {
            var side = DiffHarness.Text("app.wit", Package);
            string text = WorldPrinter.Print(side.Resolve, World(side, "app"));
            Assert.StartsWith("package t:p@1.0.0;", text);
            Assert.Contains("world app {", text);
            Assert.DoesNotContain("include", text);
            Assert.Contains("  import log: func(msg: string);", text);     // from the include
            Assert.Contains("  import t:p/types@1.0.0;", text);            // implicit: api uses types
            Assert.Contains("  export %type: interface {", text);          // from the include, keyword escaped
            Assert.Contains("  export t:p/api@1.0.0;", text);
            Assert.True(text.IndexOf("import t:p/types", StringComparison.Ordinal) < text.IndexOf("export t:p/api", StringComparison.Ordinal));
        }

        [Fact]
        public void Printed_world_resolves_to_the_same_world()
        {
            var side = DiffHarness.Text("app.wit", Package);
            int app = World(side, "app");
            string printed = WorldPrinter.Print(side.Resolve, app).Replace("package t:p@1.0.0;", "package elaborated:copy;");
            var reloaded = Reload(printed, new[] { new SourceText("app.wit", Package) });
            AssertSameWorld(side, app, reloaded, World(reloaded, "app"));
        }

        [SkippableFact]
        public void Wasi_http_proxy_round_trips()
        {
            string bundle = RepositoryPaths.RequireShared("conformance", "wasi-bundles", "0.2.12", "http");
            var side = DiffHarness.FromPath(bundle);
            int proxy = World(side, "proxy");
            string printed = WorldPrinter.Print(side.Resolve, proxy);
            Assert.Contains("import wasi:io/streams@0.2.12;", printed);
            Assert.Contains("export wasi:http/incoming-handler@0.2.12;", printed);
            var packages = DiffHarness.DependenciesOf(bundle);
            packages.Add(DiffHarness.Sources(bundle));
            var reloaded = ReloadWithPackages(printed.Replace("package wasi:http@0.2.12;", "package elaborated:copy@0.2.12;"), packages);
            AssertSameWorld(side, proxy, reloaded, World(reloaded, "proxy"));
        }

        internal static int World(WitSide side, string name) =>
            Assert.Single(side.Resolve.Worlds.Select((w, i) => (w, i)), p => p.w.Name == name && p.w.Package == side.RootPackages.Last()).i;

        private static void AssertSameWorld(WitSide a, int worldA, WitSide b, int worldB)
        {
            var scope = new ComparisonScope(a, b);
            new WorldDiff(scope).Compare("world", worldA, worldB);
            Assert.Empty(scope.Mismatches.Select(m => m.RuleId + " " + m.Subject));
            Assert.Equal(a.Resolve.Worlds[worldA].Imports.Count, b.Resolve.Worlds[worldB].Imports.Count);
            Assert.Equal(a.Resolve.Worlds[worldA].Exports.Count, b.Resolve.Worlds[worldB].Exports.Count);
        }

        private static WitSide Reload(string printed, IReadOnlyList<SourceText> dependency) =>
            ReloadWithPackages(printed, new List<IReadOnlyList<SourceText>> { dependency });

        private static WitSide ReloadWithPackages(string printed, List<IReadOnlyList<SourceText>> dependencies) =>
            DiffHarness.FromSources(new[] { new SourceText("printed.wit", printed) }, dependencies);
    }
}
