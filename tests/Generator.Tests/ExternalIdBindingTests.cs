using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace WitSharp.Generator.Tests;

/// <summary>
/// <c>@external-id</c> in generated C#: each item's id in its doc comment, and the world's <c>ExternalIds</c> class
/// giving the id of each import and export by the name the component uses; a world using ids everywhere compiles
/// without a warning, whatever characters the ids hold.
/// </summary>
public sealed class ExternalIdBindingTests
{
    private const string Wit = """
        package demo:ids@1.0.0;

        interface store {
          /// Reads a key.
          @external-id("DB.get")
          get: func(key: string) -> option<string>;
          @external-id("DB.Bucket")
          resource bucket {
            @external-id("DB.Bucket.new")
            constructor(name: string);
            @external-id("DB.Bucket.size")
            size: func() -> u32;
            @external-id("DB.Bucket.open")
            open: static func(name: string) -> bucket;
          }
          @external-id("DB.Entry")
          record entry { key: string, value: string }
          @external-id("line\nbreak \u{2028} \"quoted\" <xml> & \u{202e}")
          odd: func();
        }

        interface handler {
          handle: func(e: string) -> u32;
        }

        world app {
          @external-id("https://esm.unpkg.com/slugify@1.6.6")
          import slugify: func(text: string) -> string;
          @external-id("user-db-prod:region-a")
          import users: store;
          @external-id("//Handler")
          export handler;
          @external-id("Main.run")
          export run: func() -> u32;
          @external-id("world-type")
          record code { x: u8 }
          import plain: func(c: code);
        }
        """;

    private const string User = """
        internal static class Probe
        {
            public static global::System.Collections.Generic.IReadOnlyDictionary<string, string> Imports() => global::Demo.Ids.V1_0_0.AppWorld.ExternalIds.Imports;
            public static global::System.Collections.Generic.IReadOnlyDictionary<string, string> Exports() => global::Demo.Ids.V1_0_0.AppWorld.ExternalIds.Exports;
        }
        """;

    [Fact]
    public void A_world_using_ids_everywhere_compiles_without_warnings()
    {
        Generate.FromText(Wit).AssertCompiles(User);
    }

    [Fact]
    public void Each_item_s_doc_comment_names_its_id()
    {
        string text = Generate.FromText(Wit).AllText();
        foreach (var id in new[]
        {
            "DB.get", "DB.Bucket", "DB.Bucket.new", "DB.Bucket.size", "DB.Bucket.open", "DB.Entry",
            "https://esm.unpkg.com/slugify@1.6.6", "user-db-prod:region-a", "//Handler", "Main.run", "world-type",
        })
        {
            Assert.Contains("/// <remarks>The outside world binds this item by <c>@external-id(\"" + id + "\")</c>.</remarks>", text);
        }
        // Line breaks, quotes and bidi overrides are escaped as WIT writes them, and XML is escaped: one line.
        Assert.Contains("/// <remarks>The outside world binds this item by <c>@external-id(\"line\\nbreak \\u{2028} \\\"quoted\\\" &lt;xml&gt; &amp; \\u{202e}\")</c>.</remarks>", text);
        // Ordinal: a culture-aware search ignores U+202E and would find it everywhere.
        Assert.Equal(-1, text.IndexOf('\u2028'));
        Assert.Equal(-1, text.IndexOf('\u202e'));
    }

    [Fact]
    public void The_world_s_ExternalIds_give_each_id_by_the_name_the_component_uses()
    {
        Assembly assembly = BindingsCompiler.Load(Generate.FromText(Wit).Sources, User);
        Type probe = assembly.GetType("Probe")!;
        var imports = (IReadOnlyDictionary<string, string>)probe.GetMethod("Imports")!.Invoke(null, null)!;
        var exports = (IReadOnlyDictionary<string, string>)probe.GetMethod("Exports")!.Invoke(null, null)!;
        Assert.Equal(new Dictionary<string, string>
        {
            ["users"] = "user-db-prod:region-a",
            ["code"] = "world-type",
            ["slugify"] = "https://esm.unpkg.com/slugify@1.6.6",
        }, imports.ToDictionary(p => p.Key, p => p.Value));
        Assert.Equal(new Dictionary<string, string>
        {
            ["demo:ids/handler@1.0.0"] = "//Handler",
            ["run"] = "Main.run",
        }, exports.ToDictionary(p => p.Key, p => p.Value));
    }

    [Fact]
    public void Wit_docs_with_characters_that_end_a_csharp_line_stay_inside_the_comment()
    {
        // C# ends a line at CR, U+2028 and U+2029 (WIT refuses U+0085); a doc line holding one would turn its rest into code.
        Generate.FromText("package a:b;\nworld w {\n  /// one\u2028two\u2029three\rfour\n  import f: func();\n}\n").AssertCompiles();
    }

    [Fact]
    public void A_world_without_ids_has_no_ExternalIds_class_and_the_name_stays_free()
    {
        string text = Generate.FromText("package a:b;\nworld w {\n  record external-ids { x: u8 }\n  import f: func(r: external-ids);\n}\n").AllText();
        Assert.Contains("public sealed record ExternalIds(", text);
        Assert.DoesNotContain("class ExternalIds", text);
    }

    [Fact]
    public void A_world_type_named_external_ids_keeps_its_name_and_the_class_steps_aside()
    {
        var output = Generate.FromText("package a:b;\nworld w {\n  record external-ids { x: u8 }\n  @external-id(\"F\")\n  import f: func(r: external-ids);\n}\n");
        string text = output.AllText();
        Assert.Contains("public sealed record ExternalIds(", text);
        Assert.Matches(@"public static class ExternalIds\w+\n", text);
        output.AssertCompiles();
    }
}
