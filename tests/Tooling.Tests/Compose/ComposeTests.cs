using System.Linq;
using WitSharp.Tooling.Compose;
using WitSharp.Tooling.Tests.Diff;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Tests.Compose
{
    /// <summary>Plugging components' exports into a socket's imports, and the reasons it fails.</summary>
    public sealed class ComposeTests
    {
        private const string Store = @"
  interface store {
    variant error { missing, denied(string) }
    record entry { key: string, value: list<u8> }
    get: func(key: string) -> result<entry, error>;
    put: func(e: entry);
  }";

        private static string Api(string store = Store, string version = "1.0.0") => $"package t:api@{version} {{{store}\n}}\n";

        private const string LogApi = "package t:log@1.0.0 {\n  interface logger { log: func(msg: string); }\n}\n";

        private static ComponentWorld Socket(string store = Store) => Component("socket.wit",
            "package t:app;\n" + Api(store) + "world app {\n  import t:api/store@1.0.0;\n  import clock: func() -> u64;\n  export run: func();\n}\n", "t:app/app");

        private static ComponentWorld Plug(string store = Store, string version = "1.0.0") => Component("plug.wit",
            "package t:impl;\n" + Api(store, version) + LogApi + $"world kv {{\n  import t:log/logger@1.0.0;\n  export t:api/store@{version};\n}}\n", "t:impl/kv");

        private static ComponentWorld Component(string path, string text, string world)
        {
            var side = DiffHarness.Text(path, text);
            Assert.True(WorldSelection.TrySelect(side.Resolve, side.RootPackages, world, out int id, out string? error), error);
            return new ComponentWorld(side, id, path);
        }

        [Fact]
        public void Plugging_satisfies_the_import_and_keeps_the_rest()
        {
            var result = WorldComposer.Compose(Socket(), new[] { Plug() });
            Assert.True(result.Success, string.Join("\n", result.Issues.Select(i => i.Message)));
            Assert.Equal(("t:api/store", "plug.wit"), Assert.Single(result.Plugged));
            var imports = result.World.Imports.Select(i => i.Name).ToList();
            Assert.Equal(new[] { "clock", "t:log/logger" }, imports);
            Assert.Equal("run", Assert.Single(result.World.Exports).Name);
            string wit = result.World.ToWit();
            Assert.Contains("world app {", wit);
            Assert.Contains("  import clock: func() -> u64;", wit);
            Assert.Contains("  import t:log/logger@1.0.0;", wit);
            Assert.Contains("  export run: func();", wit);
            Assert.DoesNotContain("store", wit);
        }

        [Fact]
        public void A_plug_may_export_more_than_the_socket_needs()
        {
            var result = WorldComposer.Compose(Socket(), new[] { Plug(Store.Replace("put: func(e: entry);", "put: func(e: entry);\n    delete: func(key: string);")) });
            Assert.True(result.Success, string.Join("\n", result.Issues.Select(i => i.Message)));
        }

        [Fact]
        public void A_newer_minor_version_of_the_interface_plugs_in()
        {
            var result = WorldComposer.Compose(Socket(), new[] { Plug(version: "1.3.0") });
            Assert.True(result.Success, string.Join("\n", result.Issues.Select(i => i.Message)));
            Assert.Single(result.Plugged);
        }

        [Theory]
        [InlineData("put: func(e: entry);", "", "compose/missing-function", "plug `plug.wit` is missing function `t:api/store.put`|socket.wit:")]
        [InlineData("get: func(key: string)", "get: func(key: u32)", "compose/wrong-parameter", "`t:api/store.get(key)` has the wrong parameter|the socket imports `string`|exports `u32`")]
        [InlineData("-> result<entry, error>", "-> option<entry>", "compose/wrong-result", "`t:api/store.get` has the wrong result|`result<entry, error>`|`option<entry>`")]
        [InlineData("variant error { missing, denied(string) }", "variant error { denied(string) }", "compose/missing-case", "is missing case `t:api/store.error.missing`")]
        [InlineData("variant error { missing, denied(string) }", "variant error { missing, denied(string), full }", "compose/extra-case", "has case `t:api/store.error.full`|must match exactly")]
        [InlineData("record entry { key: string, value: list<u8> }", "record entry { key: string }", "compose/missing-field", "`t:api/store.entry.value`")]
        [InlineData("get: func(key: string)", "get: func(name: string)", "compose/wrong-parameter-name", "from|`key`|`name`")]
        public void Incompatible_plug_is_rejected_naming_the_item_on_both_sides(string from, string to, string rule, string words)
        {
            var result = WorldComposer.Compose(Socket(), new[] { Plug(Store.Replace(from, to)) });
            Assert.False(result.Success);
            var issue = Assert.Single(result.Issues, i => i.RuleId == rule);
            Assert.True(issue.IsError);
            foreach (var word in words.Split('|').Where(w => w != "from")) Assert.Contains(word, issue.Message);
            Assert.NotNull(issue.SocketAt);
        }

        [Fact]
        public void A_plug_on_another_major_version_does_not_link()
        {
            var result = WorldComposer.Compose(Socket(), new[] { Plug(version: "2.0.0") });
            Assert.False(result.Success);
            Assert.Contains(result.Issues, i => i.RuleId == "compose/version-mismatch" && !i.IsError && i.Message.Contains("2.0.0"));
            Assert.Contains(result.Issues, i => i.RuleId == "compose/unused-plug" && i.IsError);
            Assert.Contains("t:api/store", result.World.Imports.Select(i => i.Name));
        }

        [Fact]
        public void Function_imports_are_plugged_by_name()
        {
            var clock = Component("clock.wit", "package t:clock;\nworld c { export clock: func() -> u64; }\n", "t:clock/c");
            var result = WorldComposer.Compose(Socket(), new[] { Plug(), clock });
            Assert.True(result.Success, string.Join("\n", result.Issues.Select(i => i.Message)));
            Assert.Equal(new[] { "t:log/logger" }, result.World.Imports.Select(i => i.Name));
            var wrong = Component("clock.wit", "package t:clock;\nworld c { export clock: func() -> u32; }\n", "t:clock/c");
            var failed = WorldComposer.Compose(Socket(), new[] { wrong });
            Assert.Contains(failed.Issues, i => i.RuleId == "compose/wrong-result" && i.Message.Contains("`u64`") && i.Message.Contains("`u32`"));
        }
    }
}
