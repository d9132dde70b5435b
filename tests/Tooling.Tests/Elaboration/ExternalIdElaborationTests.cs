using System.Linq;
using WitSharp.Tooling.Diff;
using WitSharp.Tooling.Elaboration;
using WitSharp.Tooling.Subtyping;
using WitSharp.Tooling.Tests.Diff;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Tests.Elaboration
{
    /// <summary><c>world --elaborate</c> keeps every <c>@external-id</c>, after the gates as wit-component prints them, and the printed world resolves to the same ids.</summary>
    public sealed class ExternalIdElaborationTests
    {
        private const string Package = """
            package t:p@1.0.0;

            interface store {
              get: func() -> u8;
            }

            interface deps {
              type t = u8;
            }

            interface uses {
              use deps.{t};
            }

            world base {
              @external-id("https://esm.unpkg.com/slugify@1.6.6")
              import slugify: func(text: string) -> string;
            }

            world app {
              include base;
              @external-id("user-db-prod:region-a")
              import users: store;
              @since(version = 1.0.0)
              @external-id("by-path")
              import store;
              @external-id("inline")
              export api: interface {
                @external-id("DB.Bar")
                resource bar {
                  @external-id("new")
                  constructor();
                  @external-id("baz/1")
                  baz: func(s: string) -> string;
                  @external-id("Bar.open")
                  open: static func() -> bar;
                }
                @external-id("foo/0")
                foo: func() -> string;
                @external-id("rec")
                record r { x: u8 }
              }
              @external-id("wt")
              type wt = u32;
              @external-id("needs \"escapes\"")
              export uses;
            }
            """;

        [Fact]
        public void Every_id_is_printed_after_its_gates()
        {
            var side = DiffHarness.Text("app.wit", Package);
            string text = WorldPrinter.Print(side.Resolve, WorldPrinterTests.World(side, "app"));
            foreach (var expected in new[]
            {
                "  @external-id(\"https://esm.unpkg.com/slugify@1.6.6\")\n  import slugify: func(text: string) -> string;",
                "  @external-id(\"user-db-prod:region-a\")\n  import users: ",
                "  @since(version = 1.0.0)\n  @external-id(\"by-path\")\n  import t:p/store@1.0.0;",
                "  @external-id(\"inline\")\n  export api: interface {",
                "    @external-id(\"DB.Bar\")\n    resource bar {",
                "      @external-id(\"new\")\n      constructor();",
                "      @external-id(\"baz/1\")\n      baz: func(s: string) -> string;",
                "      @external-id(\"Bar.open\")\n      open: static func() -> own<bar>;",
                "    @external-id(\"foo/0\")\n    foo: func() -> string;",
                "    @external-id(\"rec\")\n    record r {",
                "  @external-id(\"wt\")\n  type wt = u32;",
                "  @external-id(\"needs \\\"escapes\\\"\")\n  export t:p/uses@1.0.0;",
            })
            {
                Assert.Contains(expected, text);
            }
            // An export's id passes to the import it pulls in (the reference's add_world_export), and is printed there.
            Assert.Contains("  @external-id(\"needs \\\"escapes\\\"\")\n  import t:p/deps@1.0.0;", text);
        }

        [Fact]
        public void The_printed_world_resolves_to_the_same_ids()
        {
            var side = DiffHarness.Text("app.wit", Package);
            int app = WorldPrinterTests.World(side, "app");
            string printed = WorldPrinter.Print(side.Resolve, app).Replace("package t:p@1.0.0;", "package elaborated:copy@1.0.0;");
            var reloaded = DiffHarness.FromSources(new[] { new SourceText("printed.wit", printed) }, new[] { new[] { new SourceText("app.wit", Package) } });
            var scope = new ComparisonScope(side, reloaded) { CompareExternalIds = true };
            new WorldDiff(scope).Compare("world", app, WorldPrinterTests.World(reloaded, "app"));
            Assert.Empty(scope.Mismatches.Select(m => m.RuleId + " " + m.Subject + " " + m.Required + " -> " + m.Provided));
            var world = reloaded.Resolve.Worlds[WorldPrinterTests.World(reloaded, "app")];
            Assert.Equal(7, world.Imports.Concat(world.Exports).Count(e => e.Value.ExternalId is not null || e.Value.Function?.ExternalId is not null
                || (e.Value.Kind == WitSharp.WitParser.Resolution.WitWorldItemKind.Type && reloaded.Resolve.Types[e.Value.Id].ExternalId is not null)));
        }
    }
}
