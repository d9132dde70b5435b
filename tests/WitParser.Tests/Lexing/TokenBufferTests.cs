using System.Linq;
using WitSharp.WitParser.Lexing;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Tests.Lexing;

/// <summary>Token lists span several storage chunks; indexing and enumeration must see every token in order.</summary>
public sealed class TokenBufferTests
{
    [Fact]
    public void Tokens_across_chunks_keep_their_order()
    {
        string text = string.Join(" ", Enumerable.Range(0, 20_000).Select(i => "t" + i));
        var tokens = WitLexer.Lex(new SourceText("many.wit", text)).Tokens;
        Assert.Equal(20_001, tokens.Count);
        for (int i = 0; i < 20_000; i++) Assert.Equal("t" + i, tokens[i].Text);
        Assert.Equal(SyntaxKind.EndOfFileToken, tokens[20_000].Kind);
        Assert.Equal(tokens.Count, tokens.Count());
        Assert.Equal("t12345", tokens.Skip(12_345).First().Text);
    }

    [Fact]
    public void A_small_file_has_all_its_tokens()
    {
        var tokens = WitLexer.Lex(new SourceText("small.wit", "package a:b;")).Tokens;
        Assert.Equal(new[] { "package", "a", ":", "b", ";", "" }, tokens.Select(t => t.Text));
    }
}
