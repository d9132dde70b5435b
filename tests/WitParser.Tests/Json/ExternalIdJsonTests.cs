using System.Text.Json.Nodes;
using WitSharp.WitParser.Json;

namespace WitSharp.WitParser.Tests.Json;

/// <summary>
/// Whole documents as wit-parser 0.257.1 serializes them, written by hand from its source: <c>external_id</c> is a
/// field of <c>TypeDef</c> and <c>Function</c> after <c>docs</c> and <c>stability</c>, and of
/// <c>WorldItem::Interface</c> after <c>stability</c> and before <c>docs</c> (serde writes struct fields in
/// declaration order and skips <c>None</c>); elaboration orders world imports interfaces, types, functions; a handle
/// takes its resource's stability (<c>find_stability</c>) but never its external id.
/// Compared as text after a parse, so the field order counts.
/// </summary>
public sealed class ExternalIdJsonTests
{
    private static void AssertJson(string wit, string expected)
    {
        var result = WitLoader.LoadText("t.wit", wit);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(JsonNode.Parse(expected)!.ToJsonString(), JsonNode.Parse(WitJsonWriter.Write(result.Resolve!))!.ToJsonString());
    }

    [Fact]
    public void Ids_sit_after_docs_and_stability_on_types_and_functions_and_before_docs_on_interface_items()
    {
        AssertJson("""
            package a:b@1.0.0;

            interface i {
              /// A bar.
              @since(version = 1.0.0)
              @external-id("DB.Bar")
              resource bar {
                @external-id("baz/1")
                baz: func(s: string) -> string;
              }
              /// Foo.
              @since(version = 1.0.0)
              @external-id("foo/0")
              foo: func() -> string;
            }

            world w {
              @external-id("https://esm.unpkg.com/slugify@1.6.6")
              import slugify: func(text: string) -> string;
              /// One.
              @since(version = 1.0.0)
              @external-id("//One")
              import one: i;
              @external-id("wt")
              type t = u32;
            }
            """, """
            {
              "worlds": [
                {
                  "name": "w",
                  "imports": {
                    "one": {
                      "interface": {
                        "id": 0,
                        "stability": { "stable": { "since": "1.0.0" } },
                        "external_id": "//One",
                        "docs": { "contents": "One." }
                      }
                    },
                    "t": { "type": 2 },
                    "slugify": {
                      "function": {
                        "name": "slugify",
                        "kind": "freestanding",
                        "params": [ { "name": "text", "type": "string" } ],
                        "result": "string",
                        "external_id": "https://esm.unpkg.com/slugify@1.6.6"
                      }
                    }
                  },
                  "exports": {},
                  "package": 0
                }
              ],
              "interfaces": [
                {
                  "name": "i",
                  "types": { "bar": 0 },
                  "functions": {
                    "[method]bar.baz": {
                      "name": "[method]bar.baz",
                      "kind": { "method": 0 },
                      "params": [ { "name": "self", "type": 1 }, { "name": "s", "type": "string" } ],
                      "result": "string",
                      "external_id": "baz/1"
                    },
                    "foo": {
                      "name": "foo",
                      "kind": "freestanding",
                      "params": [],
                      "result": "string",
                      "docs": { "contents": "Foo." },
                      "stability": { "stable": { "since": "1.0.0" } },
                      "external_id": "foo/0"
                    }
                  },
                  "package": 0
                }
              ],
              "types": [
                {
                  "name": "bar",
                  "kind": "resource",
                  "owner": { "interface": 0 },
                  "docs": { "contents": "A bar." },
                  "stability": { "stable": { "since": "1.0.0" } },
                  "external_id": "DB.Bar"
                },
                { "name": null, "kind": { "handle": { "borrow": 0 } }, "owner": null, "stability": { "stable": { "since": "1.0.0" } } },
                { "name": "t", "kind": { "type": "u32" }, "owner": { "world": 0 }, "external_id": "wt" }
              ],
              "packages": [
                { "name": "a:b@1.0.0", "interfaces": { "i": 0 }, "worlds": { "w": 0 } }
              ]
            }
            """);
    }

    [Fact]
    public void An_export_s_id_passes_to_the_imports_it_pulls_in_but_its_docs_do_not()
    {
        // resolve/mod.rs elaborate_world_exports -> add_world_export: a dependency of an exported interface that is
        // not itself exported is imported, with the exporting item's stability and external id and default docs.
        AssertJson("""
            package a:b;

            interface base {
              type t = u8;
            }

            interface top {
              use base.{t};
            }

            world w {
              /// Top.
              @external-id("E")
              export top;
            }
            """, """
            {
              "worlds": [
                {
                  "name": "w",
                  "imports": {
                    "interface-0": { "interface": { "id": 0, "external_id": "E" } }
                  },
                  "exports": {
                    "interface-1": { "interface": { "id": 1, "external_id": "E", "docs": { "contents": "Top." } } }
                  },
                  "package": 0
                }
              ],
              "interfaces": [
                { "name": "base", "types": { "t": 0 }, "functions": {}, "package": 0 },
                { "name": "top", "types": { "t": 1 }, "functions": {}, "package": 0 }
              ],
              "types": [
                { "name": "t", "kind": { "type": "u8" }, "owner": { "interface": 0 } },
                { "name": "t", "kind": { "type": 0 }, "owner": { "interface": 1 } }
              ],
              "packages": [
                { "name": "a:b", "interfaces": { "base": 0, "top": 1 }, "worlds": { "w": 0 } }
              ]
            }
            """);
    }
}
