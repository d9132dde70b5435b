using System.Text.Json.Nodes;
using WitSharp.WitParser.Json;
using WitSharp.WitParser.Lexing;

namespace WitSharp.WitParser.Tests.Lexing;

/// <summary>A quoted string is a literal the lexer accepts and reads back to the same string.</summary>
public sealed class WitStringLiteralTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("https://esm.unpkg.com/slugify@1.6.6", "\"https://esm.unpkg.com/slugify@1.6.6\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("tab\tline\nreturn\r", "\"tab\\tline\\nreturn\\r\"")]
    [InlineData("bell\u0007del\u007fc1\u0085", "\"bell\\u{7}del\\u{7f}c1\\u{85}\"")]
    [InlineData("bidi\u202eoverride\u2066", "\"bidi\\u{202e}override\\u{2066}\"")]
    [InlineData("deprecated\u0149", "\"deprecated\\u{149}\"")]
    [InlineData("名前 \U0001F600 é", "\"名前 \U0001F600 é\"")]
    public void Quotes_as_the_lexer_reads_back(string value, string expected)
    {
        string quoted = WitStringLiteral.Quote(value);
        Assert.Equal(expected, quoted);
        var result = WitLoader.LoadText("t.wit", "package a:b;\ninterface i {\n  @external-id(" + quoted + ")\n  type t = u8;\n}\n");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var json = JsonNode.Parse(WitJsonWriter.Write(result.Resolve!))!;
        Assert.Equal(value, (string?)json["types"]![0]!["external_id"]);
    }
}
