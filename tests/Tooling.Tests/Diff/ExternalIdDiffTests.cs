using System.Linq;
using WitSharp.Tooling.Compose;
using WitSharp.Tooling.Diff;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Tests.Diff
{
    /// <summary>
    /// An <c>@external-id</c> added, removed or changed is reported and breaks (the outside world binds the item by
    /// it), on every kind of item that carries one; an <c>@unstable</c> item's is a note; compose, a type check,
    /// ignores ids as the Component Model does.
    /// </summary>
    public sealed class ExternalIdDiffTests
    {
        private static DiffReport Diff(string oldBody, string newBody) =>
            DiffHarness.Texts("package t:p@1.0.0;\n\n" + oldBody + "\n", "package t:p@1.0.1;\n\n" + newBody + "\n");

        public static TheoryData<string, string, string, string> Cases => new TheoryData<string, string, string, string>
        {
            // old, new, rule id, words the message must contain ('|' separated)
            {
                "interface i {\n@external-id(\"foo/0\")\nf: func();\n}", "interface i {\n@external-id(\"foo/1\")\nf: func();\n}",
                "changed-external-id", "`t:p/i.f` changed external id from `@external-id(\"foo/0\")` (old.wit:5:1) to `@external-id(\"foo/1\")` (new.wit:5:1)|old external id"
            },
            {
                "interface i {\nf: func();\n}", "interface i {\n@external-id(\"foo/0\")\nf: func();\n}",
                "added-external-id", "added external id `t:p/i.f` (`@external-id(\"foo/0\")`) at new.wit:5:1|instead of its name"
            },
            {
                "interface i {\n@external-id(\"foo/0\")\nf: func();\n}", "interface i {\nf: func();\n}",
                "removed-external-id", "removed external id `t:p/i.f` (`@external-id(\"foo/0\")`)|old external id"
            },
            {
                "interface i {\n@external-id(\"DB.Bar\")\nresource bar;\n}", "interface i {\n@external-id(\"DB.Baz\")\nresource bar;\n}",
                "changed-external-id", "`t:p/i.bar`|DB.Bar|DB.Baz"
            },
            {
                "interface i {\nresource bar {\n@external-id(\"baz/1\")\nbaz: func();\n}\n}", "interface i {\nresource bar {\n@external-id(\"baz/2\")\nbaz: func();\n}\n}",
                "changed-external-id", "`t:p/i.bar.baz`|baz/1|baz/2"
            },
            {
                "interface i {\nresource bar {\n@external-id(\"new\")\nconstructor();\n}\n}", "interface i {\nresource bar {\nconstructor();\n}\n}",
                "removed-external-id", "`t:p/i.bar.constructor`"
            },
            {
                "interface i {\nresource bar {\nmake: static func() -> bar;\n}\n}", "interface i {\nresource bar {\n@external-id(\"Bar.make\")\nmake: static func() -> bar;\n}\n}",
                "added-external-id", "`t:p/i.bar.make`"
            },
            {
                "interface i {\n@external-id(\"a\")\nrecord r { x: u8 }\n}", "interface i {\n@external-id(\"b\")\nrecord r { x: u8 }\n}",
                "changed-external-id", "`t:p/i.r`"
            },
            {
                "world w {\n@external-id(\"https://esm.unpkg.com/slugify@1.6.6\")\nimport slugify: func(text: string) -> string;\n}",
                "world w {\n@external-id(\"https://esm.unpkg.com/slugify@1.7.0\")\nimport slugify: func(text: string) -> string;\n}",
                "changed-external-id", "`t:p/w.slugify`|slugify@1.6.6|slugify@1.7.0"
            },
            {
                "interface store {}\nworld w {\n@external-id(\"user-db-prod:region-a\")\nimport users: store;\n}",
                "interface store {}\nworld w {\n@external-id(\"user-db-prod:region-b\")\nimport users: store;\n}",
                "changed-external-id", "`t:p/w.users`|region-a|region-b"
            },
            {
                "interface store {}\nworld w {\nexport store;\n}", "interface store {}\nworld w {\n@external-id(\"//Store\")\nexport store;\n}",
                "added-external-id", "`t:p/w.t:p/store`"
            },
            {
                "world w {\n@external-id(\"T\")\ntype t = u8;\n}", "world w {\ntype t = u8;\n}",
                "removed-external-id", "`t:p/w.t`"
            },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void A_changed_id_is_reported_and_breaks(string oldBody, string newBody, string ruleId, string words)
        {
            var report = Diff(oldBody, newBody);
            var change = Assert.Single(report.Changes);
            Assert.Equal(ruleId, change.RuleId);
            Assert.Equal(ChangeClass.Breaking, change.Class);
            foreach (var word in words.Split('|')) Assert.Contains(word, change.Message);
            // Breaking, so 1.0.0 -> 1.0.1 is not enough.
            Assert.Equal(VersionBump.Major, Assert.Single(report.Verdicts).Needed);
        }

        [Fact]
        public void Equal_ids_are_no_change()
        {
            const string body = "interface i {\n@external-id(\"a\")\nf: func();\n}\nworld w {\n@external-id(\"b\")\nimport i;\n}";
            Assert.Empty(Diff(body, body).Changes);
        }

        [Fact]
        public void An_unstable_item_s_id_is_a_note()
        {
            var report = Diff("interface i {\n@unstable(feature = x)\n@external-id(\"a\")\nf: func();\n}",
                "interface i {\n@unstable(feature = x)\n@external-id(\"b\")\nf: func();\n}");
            var change = Assert.Single(report.Changes);
            Assert.Equal(("changed-external-id", ChangeClass.Note), (change.RuleId, change.Class));
        }

        [Fact]
        public void An_id_that_needs_escapes_is_quoted_as_wit_writes_it()
        {
            var report = Diff("interface i {\n@external-id(\"a\\\"b\")\nf: func();\n}", "interface i {\n@external-id(\"a\\u{202e}b\")\nf: func();\n}");
            var change = Assert.Single(report.Changes);
            Assert.Contains("`@external-id(\"a\\\"b\")`", change.Message);
            Assert.Contains("`@external-id(\"a\\u{202e}b\")`", change.Message);
        }

        [Fact]
        public void Compose_ignores_ids_as_type_checking_does()
        {
            static ComponentWorld Component(string path, string text, string world)
            {
                var side = DiffHarness.Text(path, text);
                Assert.True(WorldSelection.TrySelect(side.Resolve, side.RootPackages, world, out int id, out string? error), error);
                return new ComponentWorld(side, id, path);
            }
            const string api = "package t:api@1.0.0 {\n  interface store {\n    @external-id(\"get/1\")\n    get: func() -> u8;\n  }\n}\n";
            var socket = Component("socket.wit", "package t:app;\n" + api + "world app {\n  @external-id(\"//Store\")\n  import t:api/store@1.0.0;\n}\n", "t:app/app");
            var plug = Component("plug.wit", "package t:impl;\n" + api.Replace("get/1", "get/2") + "world kv {\n  export t:api/store@1.0.0;\n}\n", "t:impl/kv");
            var result = WorldComposer.Compose(socket, new[] { plug });
            Assert.True(result.Success, string.Join("\n", result.Issues.Select(i => i.Message)));
        }
    }
}
