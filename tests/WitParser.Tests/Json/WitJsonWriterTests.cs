using System.Text.Json.Nodes;
using WitSharp.WitParser.Json;

namespace WitSharp.WitParser.Tests.Json;

public sealed class WitJsonWriterTests
{
    [Fact]
    public void WritesTheReferenceLayout()
    {
        var result = WitLoader.LoadText("t.wit", "package a:b;\n\ninterface i {\n  f: func(x: option<u8>);\n}\n");
        Assert.True(result.Success);
        string expected = """
            {
              "worlds": [],
              "interfaces": [
                {
                  "name": "i",
                  "types": {},
                  "functions": {
                    "f": {
                      "name": "f",
                      "kind": "freestanding",
                      "params": [
                        {
                          "name": "x",
                          "type": 0
                        }
                      ]
                    }
                  },
                  "package": 0
                }
              ],
              "types": [
                {
                  "name": null,
                  "kind": {
                    "option": "u8"
                  },
                  "owner": null
                }
              ],
              "packages": [
                {
                  "name": "a:b",
                  "interfaces": {
                    "i": 0
                  },
                  "worlds": {}
                }
              ]
            }
            """;
        Assert.Equal(expected.Replace("\r\n", "\n"), WitJsonWriter.Write(result.Resolve!));
    }

    [Fact]
    public void EscapesDocsAndWritesGates()
    {
        var result = WitLoader.LoadText("t.wit", "package a:b@1.0.0;\n/// say \"hi\"\\ \t now\n@since(version = 1.0.0)\n@deprecated(version = 1.0.0)\ninterface i {}\n");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var json = JsonNode.Parse(WitJsonWriter.Write(result.Resolve!))!;
        var iface = json["interfaces"]![0]!;
        Assert.Equal("say \"hi\"\\ \t now", (string?)iface["docs"]!["contents"]);
        Assert.Equal("1.0.0", (string?)iface["stability"]!["stable"]!["since"]);
        Assert.Equal("1.0.0", (string?)iface["stability"]!["stable"]!["deprecated"]);
    }
}
