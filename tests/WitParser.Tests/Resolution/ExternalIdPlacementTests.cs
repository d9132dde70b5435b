using System.Linq;
using System.Text.Json.Nodes;
using WitSharp.WitParser.Json;

namespace WitSharp.WitParser.Tests.Resolution;

/// <summary>
/// Every place WIT.md's grammar (and wit-parser 0.257.1, which accepts a little more) lets <c>@external-id("…")</c>
/// stand, each read back from the resolved model's JSON where the reference's <c>lib.rs</c> serializes it.
/// </summary>
public sealed class ExternalIdPlacementTests
{
    private static JsonNode Json(string text)
    {
        var result = WitLoader.LoadText("t.wit", text);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == WitSharp.WitParser.Diagnostics.DiagnosticCodes.IgnoredExternalId);
        return JsonNode.Parse(WitJsonWriter.Write(result.Resolve!))!;
    }

    private static JsonNode Interface(JsonNode json, string name) =>
        json["interfaces"]!.AsArray().Single(i => (string?)i!["name"] == name)!;

    private static JsonNode Type(JsonNode json, string name) =>
        json["types"]!.AsArray().Single(t => (string?)t!["name"] == name)!;

    private static JsonNode World(JsonNode json) => json["worlds"]![0]!;

    [Fact]
    public void A_world_function_import_and_export_carry_their_ids()
    {
        var json = Json("""
            package a:b;
            world w {
              @external-id("https://esm.unpkg.com/slugify@1.6.6")
              import slugify: func(text: string) -> string;
              @external-id("Main.Run")
              export run: func();
            }
            """);
        Assert.Equal("https://esm.unpkg.com/slugify@1.6.6", (string?)World(json)["imports"]!["slugify"]!["function"]!["external_id"]);
        Assert.Equal("Main.Run", (string?)World(json)["exports"]!["run"]!["function"]!["external_id"]);
    }

    [Fact]
    public void Interface_imports_and_exports_carry_their_ids_by_path_by_plain_name_and_inline()
    {
        var json = Json("""
            package a:b;
            interface store { get: func() -> u8; }
            interface handler { handle: func(); }
            world w {
              @external-id("user-db-prod:region-a")
              import users: store;
              @external-id("catalog-db-prod:region-a")
              import catalog: store;
              @external-id("by-path")
              import handler;
              @external-id("exported")
              export out: interface { f: func(); }
              @external-id("export-by-path")
              export store;
            }
            """);
        var world = World(json);
        int store = json["interfaces"]!.AsArray().IndexOf(Interface(json, "store"));
        int handler = json["interfaces"]!.AsArray().IndexOf(Interface(json, "handler"));
        Assert.Equal("user-db-prod:region-a", (string?)world["imports"]!["users"]!["interface"]!["external_id"]);
        Assert.Equal("catalog-db-prod:region-a", (string?)world["imports"]!["catalog"]!["interface"]!["external_id"]);
        Assert.Equal(store, (int)world["imports"]!["catalog"]!["interface"]!["id"]!);
        Assert.Equal(store, (int)world["imports"]!["users"]!["interface"]!["id"]!);
        Assert.Equal("by-path", (string?)world["imports"]!["interface-" + handler]!["interface"]!["external_id"]);
        Assert.Equal("exported", (string?)world["exports"]!["out"]!["interface"]!["external_id"]);
        Assert.Equal("export-by-path", (string?)world["exports"]!["interface-" + store]!["interface"]!["external_id"]);
    }

    [Fact]
    public void Interface_functions_resources_and_every_resource_function_carry_their_ids()
    {
        // WIT.md's own example, with a constructor and a static function added.
        var json = Json("""
            package a:b;
            interface my-interface {
              @external-id("foo/0")
              foo: func() -> string;
              @external-id("DB.Bar")
              resource bar {
                @external-id("new")
                constructor();
                @external-id("baz/1")
                baz: func(s: string) -> string;
                @external-id("Bar.open")
                open: static func() -> bar;
                plain: func();
              }
            }
            """);
        var functions = Interface(json, "my-interface")["functions"]!;
        Assert.Equal("foo/0", (string?)functions["foo"]!["external_id"]);
        Assert.Equal("new", (string?)functions["[constructor]bar"]!["external_id"]);
        Assert.Equal("baz/1", (string?)functions["[method]bar.baz"]!["external_id"]);
        Assert.Equal("Bar.open", (string?)functions["[static]bar.open"]!["external_id"]);
        Assert.Null(functions["[method]bar.plain"]!["external_id"]);
        Assert.Equal("DB.Bar", (string?)Type(json, "bar")["external_id"]);
    }

    [Theory]
    [InlineData("type t = u8;")]
    [InlineData("record t { a: u8 }")]
    [InlineData("variant t { a, b(u8) }")]
    [InlineData("enum t { a, b }")]
    [InlineData("flags t { a, b }")]
    [InlineData("resource t;")]
    public void Every_kind_of_type_definition_carries_its_id_in_an_interface_and_in_a_world(string definition)
    {
        var inInterface = Json("package a:b;\ninterface i {\n  @external-id(\"T\")\n  " + definition + "\n}\n");
        Assert.Equal("T", (string?)Type(inInterface, "t")["external_id"]);
        // WIT.md's world-definition has no external-id before a typedef-item; the reference keeps one there.
        var inWorld = Json("package a:b;\nworld w {\n  @external-id(\"T\")\n  " + definition + "\n}\n");
        Assert.Equal("T", (string?)Type(inWorld, "t")["external_id"]);
    }

    [Fact]
    public void A_use_gives_each_name_it_brings_in_the_id_in_an_interface_and_in_a_world()
    {
        // ast/resolve.rs resolve_use: one external id for the statement, cloned onto every alias it makes.
        var json = Json("""
            package a:b;
            interface j { type x = u8; type y = u16; }
            interface i {
              @external-id("used")
              use j.{x, y as z};
            }
            world w {
              @external-id("world-used")
              use j.{y};
            }
            """);
        int i = json["interfaces"]!.AsArray().IndexOf(Interface(json, "i"));
        var aliases = json["types"]!.AsArray().Where(t => (int?)t!["owner"]?["interface"] == i).ToList();
        Assert.Equal(new[] { "x", "z" }, aliases.Select(t => (string?)t!["name"]));
        Assert.All(aliases, t => Assert.Equal("used", (string?)t!["external_id"]));
        var worldAlias = json["types"]!.AsArray().Single(t => t!["owner"]?["world"] is not null)!;
        Assert.Equal("world-used", (string?)worldAlias["external_id"]);
    }

    [Fact]
    public void Ids_are_any_unicode_string_even_empty_and_beside_gates_and_docs()
    {
        var json = Json("""
            package a:b@1.0.0;
            interface i {
              /// Docs stay the docs.
              @since(version = 1.0.0)
              @external-id("")
              @deprecated(version = 1.0.0)
              f: func();
              @external-id("名前 \"quoted\" \\ \u{1F600}")
              g: func();
            }
            """);
        var functions = Interface(json, "i")["functions"]!;
        Assert.Equal("", (string?)functions["f"]!["external_id"]);
        Assert.Equal("Docs stay the docs.", (string?)functions["f"]!["docs"]!["contents"]);
        Assert.Equal("1.0.0", (string?)functions["f"]!["stability"]!["stable"]!["since"]);
        Assert.Equal("名前 \"quoted\" \\ \U0001F600", (string?)functions["g"]!["external_id"]);
    }

    [Fact]
    public void Includes_carry_the_included_world_s_ids_into_the_including_world()
    {
        var json = Json("""
            package a:b;
            interface j { f: func(); }
            world base {
              @external-id("base-j")
              import j;
              @external-id("base-f")
              import f: func();
            }
            world w { include base; }
            """);
        var w = json["worlds"]!.AsArray().Single(x => (string?)x!["name"] == "w")!;
        int j = json["interfaces"]!.AsArray().IndexOf(Interface(json, "j"));
        Assert.Equal("base-j", (string?)w["imports"]!["interface-" + j]!["interface"]!["external_id"]);
        Assert.Equal("base-f", (string?)w["imports"]!["f"]!["function"]!["external_id"]);
    }
}
