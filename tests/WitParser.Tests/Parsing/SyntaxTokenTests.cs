using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Tests.Parsing;

/// <summary>Trailing trivia are kept outside the token object; they must still round-trip.</summary>
public sealed class SyntaxTokenTests
{
    [Fact]
    public void A_token_made_with_trailing_trivia_keeps_them()
    {
        var trailing = new[] { new SyntaxTrivia(SyntaxTriviaKind.Whitespace, new TextSpan(3, 2), "  ") };
        var token = new SyntaxToken(SyntaxKind.IdentifierToken, new TextSpan(0, 3), "abc", null, trailing);
        SyntaxTrivia only = Assert.Single(token.TrailingTrivia);
        Assert.Equal("  ", only.Text);
        Assert.Equal(new TextSpan(0, 5), token.FullSpan);
    }

    [Fact]
    public void A_token_without_trailing_trivia_has_none()
    {
        var token = new SyntaxToken(SyntaxKind.IdentifierToken, new TextSpan(0, 3), "abc");
        Assert.Empty(token.TrailingTrivia);
        Assert.Equal(new TextSpan(0, 3), token.FullSpan);
    }
}
