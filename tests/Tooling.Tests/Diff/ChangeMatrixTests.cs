using System.Linq;
using WitSharp.Tooling.Diff;

namespace WitSharp.Tooling.Tests.Diff
{
    /// <summary>One hand-made old/new pair per kind of change, each with its expected classification and message words.</summary>
    public sealed class ChangeMatrixTests
    {
        private static string I(string body) => "interface i {\n" + body + "\n}";

        private const string R = "resource r {\n  constructor(a: u32);\n  get: func() -> u32;\n  make: static func() -> r;\n}\n";

        public static TheoryData<string, string, string, ChangeClass, string, string> Cases => new TheoryData<string, string, string, ChangeClass, string, string>
        {
            // name, old, new, expected class, rule id, words the message must contain ('|' separated)
            { "add function", I("f: func();"), I("f: func();\ng: func();"), ChangeClass.Compatible, "added-function", "added function|`t:p/i.g`" },
            { "remove function", I("f: func();\ng: func();"), I("f: func();"), ChangeClass.Breaking, "removed-function", "removed function|`t:p/i.g`|old.wit:5:1" },
            { "parameter type", I("f: func(a: u32);"), I("f: func(a: u64);"), ChangeClass.Breaking, "changed-parameter", "`t:p/i.f(a)`|from `u32`|to `u64`" },
            { "parameter name", I("f: func(a: u32);"), I("f: func(b: u32);"), ChangeClass.Breaking, "changed-parameter-name", "from `a`|to `b`" },
            { "parameter added", I("f: func(a: u32);"), I("f: func(a: u32, b: u32);"), ChangeClass.Breaking, "changed-parameters", "func(a: u32, b: u32)" },
            { "result type", I("f: func() -> list<u8>;"), I("f: func() -> string;"), ChangeClass.Breaking, "changed-result", "`t:p/i.f` changed result from `list<u8>` (old.wit:4:1) to `string` (new.wit:4:1)" },
            { "result added", I("f: func();"), I("f: func() -> u32;"), ChangeClass.Breaking, "changed-result", "no result|`u32`" },
            { "sync to async", I("f: func();"), I("f: async func();"), ChangeClass.Breaking, "changed-function-kind", "from `function`|to `async function`" },
            { "record field added", I("record p { x: u32 }"), I("record p { x: u32, y: u32 }"), ChangeClass.Breaking, "added-field", "`t:p/i.p.y`|invariant" },
            { "record field removed", I("record p { x: u32, y: u32 }"), I("record p { x: u32 }"), ChangeClass.Breaking, "removed-field", "`t:p/i.p.y`" },
            { "record field type", I("record p { x: u32 }"), I("record p { x: s32 }"), ChangeClass.Breaking, "changed-field-type", "`t:p/i.p.x`|`u32`|`s32`" },
            { "record field order", I("record p { x: u32, y: u32 }"), I("record p { y: u32, x: u32 }"), ChangeClass.Breaking, "changed-order", "from `x, y`|to `y, x`" },
            { "variant case added", I("variant v { a, b(u32) }"), I("variant v { a, b(u32), c }"), ChangeClass.Breaking, "added-case", "`t:p/i.v.c`" },
            { "variant case removed", I("variant v { a, b(u32) }"), I("variant v { a }"), ChangeClass.Breaking, "removed-case", "`t:p/i.v.b`" },
            { "variant payload", I("variant v { a, b(u32) }"), I("variant v { a, b(string) }"), ChangeClass.Breaking, "changed-payload", "`t:p/i.v.b`|`u32`|`string`" },
            { "enum case added", I("enum e { a, b }"), I("enum e { a, b, c }"), ChangeClass.Breaking, "added-case", "`t:p/i.e.c`" },
            { "enum case removed", I("enum e { a, b }"), I("enum e { a }"), ChangeClass.Breaking, "removed-case", "`t:p/i.e.b`" },
            { "flag added", I("flags f { a }"), I("flags f { a, b }"), ChangeClass.Breaking, "added-flag", "`t:p/i.f.b`" },
            { "flag removed", I("flags f { a, b }"), I("flags f { a }"), ChangeClass.Breaking, "removed-flag", "`t:p/i.f.b`" },
            { "option payload", I("f: func(a: option<u32>);"), I("f: func(a: option<u64>);"), ChangeClass.Breaking, "changed-parameter", "`option<u32>`|`option<u64>`" },
            { "result error dropped", I("f: func() -> result<u32, string>;"), I("f: func() -> result<u32>;"), ChangeClass.Breaking, "changed-result", "`result<u32, string>`|`result<u32>`" },
            { "tuple arity", I("f: func() -> tuple<u32, u32>;"), I("f: func() -> tuple<u32, u32, u32>;"), ChangeClass.Breaking, "changed-result", "`tuple<u32, u32, u32>`" },
            { "own to borrow", I("resource r;\nf: func(a: own<r>);"), I("resource r;\nf: func(a: borrow<r>);"), ChangeClass.Breaking, "changed-parameter", "`own<r>`|`borrow<r>`" },
            { "alias retargeted", I("type size = u32;"), I("type size = u64;"), ChangeClass.Breaking, "changed-definition", "`t:p/i.size`|`u32`|`u64`" },
            { "type kind", I("record k { a: u32 }"), I("variant k { a(u32) }"), ChangeClass.Breaking, "changed-kind", "from `record`|to `variant`" },
            { "type added", I("f: func();"), I("f: func();\ntype t = u8;"), ChangeClass.Compatible, "added-type", "`t:p/i.t`" },
            { "type removed", I("f: func();\ntype t = u8;"), I("f: func();"), ChangeClass.Breaking, "removed-type", "`t:p/i.t`" },
            { "resource added", I("f: func();"), I("f: func();\n" + R), ChangeClass.Compatible, "added-resource", "`t:p/i.r`" },
            { "method added", I(R), I(R.Replace("get:", "put: func();\n  get:")), ChangeClass.Compatible, "added-method", "`t:p/i.r.put`" },
            { "method removed", I(R), I(R.Replace("  get: func() -> u32;\n", "")), ChangeClass.Breaking, "removed-method", "`t:p/i.r.get`" },
            { "method result", I(R), I(R.Replace("get: func() -> u32", "get: func() -> u64")), ChangeClass.Breaking, "changed-result", "`t:p/i.r.get`|`u32`|`u64`" },
            { "constructor params", I(R), I(R.Replace("constructor(a: u32)", "constructor(a: string)")), ChangeClass.Breaking, "changed-parameter", "`t:p/i.r.constructor(a)`" },
            { "constructor removed", I(R), I(R.Replace("  constructor(a: u32);\n", "")), ChangeClass.Breaking, "removed-constructor", "`t:p/i.r.constructor`" },
            { "resource removed", I("f: func();\n" + R), I("f: func();"), ChangeClass.Breaking, "removed-resource", "`t:p/i.r`" },
            { "static removed", I(R), I(R.Replace("  make: static func() -> r;\n", "")), ChangeClass.Breaking, "removed-static-function", "`t:p/i.r.make`" },
            { "method became static", I(R), I(R.Replace("get: func() -> u32", "get: static func() -> u32")), ChangeClass.Breaking, "removed-method", "`t:p/i.r.get`" },
            { "interface removed", I("f: func();") + "\ninterface j {}", I("f: func();"), ChangeClass.Breaking, "removed-interface", "`t:p/j`" },
            { "interface added", I("f: func();"), I("f: func();") + "\ninterface j {}", ChangeClass.Compatible, "added-interface", "`t:p/j`" },
            { "world import added", "interface a {}\ninterface b {}\nworld w { import a; }", "interface a {}\ninterface b {}\nworld w { import a; import b; }", ChangeClass.Breaking, "added-import", "`t:p/w import t:p/b`|hosts" },
            { "world import removed", "interface a {}\ninterface b {}\nworld w { import a; import b; }", "interface a {}\ninterface b {}\nworld w { import a; }", ChangeClass.Compatible, "removed-import", "`t:p/w import t:p/b`" },
            { "world export removed", "interface a {}\ninterface b {}\nworld w { export a; export b; }", "interface a {}\ninterface b {}\nworld w { export a; }", ChangeClass.Breaking, "removed-export", "`t:p/w export t:p/b`" },
            { "world export added", "interface a {}\ninterface b {}\nworld w { export a; }", "interface a {}\ninterface b {}\nworld w { export a; export b; }", ChangeClass.Compatible, "added-export", "`t:p/w export t:p/b`" },
            { "world function result", "world w { import f: func() -> u32; }", "world w { import f: func() -> s32; }", ChangeClass.Breaking, "changed-result", "`t:p/w.f`|`u32`|`s32`" },
            { "world removed", "world w {}\nworld v {}", "world w {}", ChangeClass.Breaking, "removed-world", "`t:p/v`" },
            { "unstable function removed", "@since(version = 1.0.0)\ninterface i {\n@unstable(feature = x)\ng: func();\n}", "@since(version = 1.0.0)\ninterface i {\n}", ChangeClass.Note, "removed-function", "@unstable" },
            { "stable made unstable", "interface i {\n@since(version = 1.0.0)\ng: func();\n}", "interface i {\n@unstable(feature = x)\ng: func();\n}", ChangeClass.Breaking, "changed-gate", "@since(version = 1.0.0)|@unstable(feature = x)" },
            { "unstable stabilised", "interface i {\n@unstable(feature = x)\ng: func();\n}", "interface i {\n@since(version = 1.0.0)\ng: func();\n}", ChangeClass.Compatible, "changed-gate", "@unstable(feature = x)|@since(version = 1.0.0)" },
            { "deprecated", "interface i {\n@since(version = 1.0.0)\ng: func();\n}", "interface i {\n@since(version = 1.0.0)\n@deprecated(version = 1.0.0)\ng: func();\n}", ChangeClass.Note, "changed-deprecation", "@deprecated(version = 1.0.0)" },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Change_is_classified(string name, string oldBody, string newBody, ChangeClass expected, string ruleId, string words)
        {
            var report = DiffHarness.Texts("package t:p@1.0.0;\n\n" + oldBody + "\n", "package t:p@2.0.0;\n\n" + newBody + "\n");
            var change = Assert.Single(report.Changes, c => c.RuleId == ruleId);
            Assert.True(expected == change.Class, $"{name}: expected {expected}, got {change.Class}: {change.Message}");
            foreach (var word in words.Split('|')) Assert.Contains(word, change.Message);
            // Nothing else may be reported as breaking when the case expects no break.
            if (expected != ChangeClass.Breaking) Assert.Empty(report.Breaking.Select(c => c.Message));
        }

        [Theory]
        [InlineData("1.0.0", "1.2.0", ChangeClass.Note)]
        [InlineData("1.0.0", "2.0.0", ChangeClass.Breaking)]
        [InlineData("0.2.0", "0.3.0", ChangeClass.Breaking)]
        public void A_dependency_imported_at_another_version_is_a_note_within_its_track(string from, string to, ChangeClass expected)
        {
            WitSharp.Tooling.Subtyping.WitSide At(string package, string dep) => DiffHarness.FromSources(
                new[] { new WitSharp.WitParser.Text.SourceText("app.wit", $"package t:app@{package};\nworld w {{ import t:dep/a@{dep}; }}\n") },
                new[] { new[] { new WitSharp.WitParser.Text.SourceText("dep.wit", $"package t:dep@{dep};\ninterface a {{ f: func(); }}\n") } });
            var report = WitDiff.Compare(At("1.0.0", from), At("1.0.1", to));
            var change = Assert.Single(report.Changes);
            Assert.Equal("changed-interface-version", change.RuleId);
            Assert.Equal(expected, change.Class);
            Assert.Contains($"from `{from}`", change.Message);
            Assert.Contains($"to `{to}`", change.Message);
        }

        [Fact]
        public void A_changed_record_is_reported_once_at_its_definition_not_at_each_use()
        {
            const string old = "package t:p@1.0.0;\ninterface a { record p { x: u32 } }\ninterface b { use a.{p}; f: func(v: p) -> p; }\n";
            var report = DiffHarness.Texts(old, old.Replace("x: u32", "x: u64").Replace("1.0.0", "2.0.0"));
            var change = Assert.Single(report.Changes);
            Assert.Equal("t:p/a.p.x", change.Subject);
        }

        [Fact]
        public void Identical_packages_have_no_changes()
        {
            const string text = "package t:p@1.0.0;\ninterface i { " + R + " record p { x: u32 } f: func(a: list<p>) -> result<own<r>, string>; }\nworld w { import i; export i; }\n";
            var report = DiffHarness.Texts(text, text);
            Assert.Empty(report.Changes);
            Assert.Equal(VersionBump.None, Assert.Single(report.Verdicts).Needed);
        }
    }
}
