using System.Linq;
using System.Text.Json.Nodes;
using WitSharp.WitParser.Json;

namespace WitSharp.WitParser.Tests.Conformance;

/// <summary>
/// Cases the reference corpus does not hold, written from wit-parser's source at the pinned version (0.257.1,
/// wasm-tools a7ef4778): JSON names from the serde attributes in <c>lib.rs</c>, messages from the
/// <c>ParseError::new_syntax</c> calls in <c>ast.rs</c> and <c>ast/resolve.rs</c>.
/// </summary>
public sealed class ReferenceSourceAuditTests
{
    private static JsonNode Json(string text)
    {
        var result = WitLoader.LoadText("t.wit", text);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return JsonNode.Parse(WitJsonWriter.Write(result.Resolve!))!;
    }

    /// <summary>The first error's message and 1-based line:column, as the reference renders <c>--> file:line:col</c>.</summary>
    private static (string Message, string Place) FirstError(string text)
    {
        var result = WitLoader.LoadText("t.wit", text);
        Assert.False(result.Success);
        var first = result.Diagnostics.First(d => d.IsError);
        var start = first.Location!.Value.Start;
        return (first.Message, start.ToString());
    }

    [Fact]
    public void A_list_with_a_length_is_the_kind_fixed_length_list()
    {
        // lib.rs: TypeDefKind::FixedLengthList(Type, u32) under rename_all = "kebab-case".
        var json = Json("package a:b;\ninterface i {\n  type t = list<u32, 4>;\n}\n");
        var kind = json["types"]![0]!["kind"]!.AsObject();
        Assert.Equal("fixed-length-list", Assert.Single(kind).Key);
        Assert.Equal("u32", (string?)kind["fixed-length-list"]![0]);
        Assert.Equal(4, (int)kind["fixed-length-list"]![1]!);
    }

    [Theory]
    // ast/resolve.rs `stability`: a gate given twice is reported at the second one's name...
    [InlineData("@since(version = 1.0.0)\n@since(version = 1.0.0)\ninterface i {}", "cannot specify @since twice", "4:2")]
    [InlineData("@since(version = 1.0.0)\n@deprecated(version = 1.0.0)\n@deprecated(version = 1.0.0)\ninterface i {}", "cannot specify @deprecated twice", "5:2")]
    [InlineData("@unstable(feature = x)\n@unstable(feature = y)\ninterface i {}", "cannot specify @unstable twice", "4:2")]
    // ...@since with @unstable at the @since...
    [InlineData("@unstable(feature = x)\n@since(version = 1.0.0)\ninterface i {}", "cannot specify both @since and @unstable", "4:2")]
    // ...and @deprecated alone in the reference's own words.
    [InlineData("@deprecated(version = 1.0.0)\ninterface i {}", "cannot specify both @deprecated without @since or @unstable", "3:2")]
    public void Gate_errors_read_as_the_reference_writes_them(string items, string message, string place)
    {
        var error = FirstError("package a:b@1.0.0;\n\n" + items + "\n");
        Assert.Equal((message, place), error);
    }

    [Fact]
    public void Types_nested_too_deep_read_as_the_reference_writes_them()
    {
        // ast.rs parse_at_depth: MAX_TYPE_DEPTH = 100, "type nesting too deep" at the token that goes too deep.
        string type = string.Concat(Enumerable.Repeat("list<", 101)) + "u8" + new string('>', 101);
        var error = FirstError("package a:b;\ninterface i {\n  type t = " + type + ";\n}\n");
        Assert.Equal(("type nesting too deep", "3:" + (12 + 100 * 5)), error);
    }

    [Fact]
    public void A_list_length_beyond_u32_reads_as_the_reference_writes_it()
    {
        // ast.rs: format!("invalid list size: {e}") with e a u32 ParseIntError.
        var error = FirstError("package a:b;\ninterface i {\n  type t = list<u8, 4294967296>;\n}\n");
        Assert.Equal(("invalid list size: number too large to fit in target type", "3:21"), error);
    }

    [Fact]
    public void External_ids_are_accepted_and_written_where_the_reference_writes_them()
    {
        // ast.rs parses @external-id("…"); lib.rs serializes TypeDef, Function and WorldItem::Interface's
        // `external_id` under that snake_case name, only when set.
        var json = Json("""
            package a:b;
            interface i {
              @external-id("type-\u{e9}")
              type t = u8;
              @external-id("use-id")
              use j.{u};
              @external-id("func-id")
              f: func();
              resource r {
                @external-id("method-id")
                m: func();
              }
            }
            interface j { type u = u8; }
            world w {
              @external-id("import-id")
              import i;
              @external-id("inline-id")
              import x: interface {}
              import j;
            }
            """);
        var types = json["types"]!.AsArray();
        int iId = Interface(json, "i"), jId = Interface(json, "j");
        Assert.Equal("type-\u00e9", (string?)types.Single(t => (string?)t!["name"] == "t")!["external_id"]);
        var used = types.Single(t => (string?)t!["name"] == "u" && (int?)t!["owner"]!["interface"] == iId)!;
        Assert.Equal("use-id", (string?)used["external_id"]);
        var i = json["interfaces"]![iId]!;
        Assert.Equal("func-id", (string?)i["functions"]!["f"]!["external_id"]);
        Assert.Equal("method-id", (string?)i["functions"]!["[method]r.m"]!["external_id"]);
        var imports = json["worlds"]![0]!["imports"]!;
        Assert.Equal("import-id", (string?)imports["interface-" + iId]!["interface"]!["external_id"]);
        Assert.Equal("inline-id", (string?)imports["x"]!["interface"]!["external_id"]);
        Assert.Null(imports["interface-" + jId]!["interface"]!["external_id"]);
    }

    private static int Interface(JsonNode json, string name) =>
        json["interfaces"]!.AsArray().Select((x, index) => (x, index)).Single(p => (string?)p.x!["name"] == name).index;

    [Fact]
    public void An_external_id_given_twice_reads_as_the_reference_writes_it()
    {
        var error = FirstError("package a:b;\ninterface i {\n  @external-id(\"x\")\n  @external-id(\"y\")\n  f: func();\n}\n");
        Assert.Equal(("cannot specify @external-id twice", "4:4"), error);
    }

    [Fact]
    public void Docs_on_an_interface_import_by_path_are_the_world_item_s()
    {
        // ast/resolve.rs resolve_world_item: Path and NamedPath items take the statement's docs; an inline interface
        // keeps them on the interface and its world item has none.
        var json = Json("package a:b;\ninterface i {}\nworld w {\n  /// by path\n  import i;\n  /// named\n  export n: i;\n  /// inline\n  import x: interface {}\n}\n");
        var world = json["worlds"]![0]!;
        Assert.Equal("by path", (string?)world["imports"]!["interface-" + Interface(json, "i")]!["interface"]!["docs"]!["contents"]);
        Assert.Equal("named", (string?)world["exports"]!["n"]!["interface"]!["docs"]!["contents"]);
        Assert.Null(world["imports"]!["x"]!["interface"]!["docs"]);
        Assert.Equal("inline", (string?)json["interfaces"]![(int)world["imports"]!["x"]!["interface"]!["id"]!]!["docs"]!["contents"]);
    }

    [Theory]
    // ast/lex.rs expect_string_literal and eat_hexnum: a \u{…} escape starts with a hex digit and does not end in '_';
    // \XX bytes must spell UTF-8 (Rust's Utf8Error, reported at the opening quote).
    [InlineData("\\u{1_}", "trailing underscore in number", "2:32")]
    [InlineData("\\u{_1}", "invalid hex digit '_'", "2:32")]
    [InlineData("\\ff", "invalid UTF-8: invalid utf-8 sequence of 1 bytes from index 0", "2:28")]
    [InlineData("a\\e0\\80", "invalid UTF-8: invalid utf-8 sequence of 1 bytes from index 1", "2:28")]
    [InlineData("\\e2\\82", "invalid UTF-8: incomplete utf-8 byte sequence from index 0", "2:28")]
    public void String_literal_errors_read_as_the_reference_writes_them(string contents, string message, string place)
    {
        var error = FirstError("package a:b;\ninterface i { @external-id(\"" + contents + "\") type t = u8; }\n");
        Assert.Equal((message, place), error);
    }

    [Fact]
    public void Byte_escapes_that_spell_utf8_are_the_external_id()
    {
        var json = Json("package a:b;\ninterface i { @external-id(\"\\c3\\a9\\u{1_F600}\") type t = u8; }\n");
        Assert.Equal("\u00e9\U0001F600", (string?)json["types"]![0]!["external_id"]);
    }
}
