using System.Linq;
using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Tests.Parsing;

/// <summary>
/// Tokens are values pointing into their file's token table: equality is identity within a tree, texts and
/// trivia come from the source on demand, and hand-made tokens carry their own text and trivia.
/// </summary>
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

    [Fact]
    public void The_same_token_read_twice_is_equal_and_different_tokens_are_not()
    {
        var tree = WitSyntaxTree.Parse("package a:b;\ninterface i { f: func(); }\n");
        var first = tree.Root.DescendantTokens().ToList();
        var second = tree.Root.DescendantTokens().ToList();
        Assert.Equal(first, second);
        Assert.True(first[0] == second[0]);
        Assert.Equal(first[0].GetHashCode(), second[0].GetHashCode());
        Assert.NotEqual(first[0], first[1]);
        // The same text in another tree is another token.
        var other = WitSyntaxTree.Parse("package a:b;\ninterface i { f: func(); }\n").Root.DescendantTokens().First();
        Assert.NotEqual(first[0], other);
    }

    [Fact]
    public void The_default_token_is_no_token()
    {
        SyntaxToken none = default;
        Assert.True(none.IsDefault);
        Assert.Equal(SyntaxKind.BadToken, none.Kind);
        Assert.Equal("", none.Text);
        Assert.Empty(none.LeadingTrivia);
        Assert.False(none.IsMissing);
    }

    [Fact]
    public void A_missing_token_the_parser_inserts_has_no_text_and_no_trivia()
    {
        var tree = WitSyntaxTree.Parse("package a:b;\ninterface i {\n  f: func();\n");
        Assert.True(tree.HasErrors);
        var missing = Assert.Single(tree.Root.DescendantTokens(), t => t.IsMissing);
        Assert.Equal(SyntaxKind.CloseBraceToken, missing.Kind);
        Assert.Equal("", missing.Text);
        Assert.Equal(0, missing.Span.Length);
        Assert.Empty(missing.LeadingTrivia);
        // The end-of-file token after it still owns the trailing line break.
        var eof = tree.Root.DescendantTokens().Last();
        Assert.Equal(SyntaxKind.EndOfFileToken, eof.Kind);
    }

    [Fact]
    public void Leading_trivia_are_found_again_in_the_source()
    {
        const string text = "\uFEFF// one\r\n/* two /* nested */ */\t\n/// doc\npackage a:b;\n";
        var tree = WitSyntaxTree.Parse(text);
        var package = tree.Root.DescendantTokens().First();
        var trivia = package.LeadingTrivia;
        Assert.Equal(
            new[] { SyntaxTriviaKind.ByteOrderMark, SyntaxTriviaKind.LineComment, SyntaxTriviaKind.EndOfLine, SyntaxTriviaKind.BlockComment,
                SyntaxTriviaKind.Whitespace, SyntaxTriviaKind.EndOfLine, SyntaxTriviaKind.DocLineComment, SyntaxTriviaKind.EndOfLine },
            trivia.Select(t => t.Kind).ToArray());
        Assert.Equal("/* two /* nested */ */", trivia[3].Text);
        Assert.Equal(trivia.Count, trivia.Count());
        Assert.Equal("/// doc", trivia[trivia.Count - 1 - 1].Text);
        Assert.Equal(0, package.FullSpan.Start);
    }

    [Fact]
    public void A_token_longer_than_a_row_can_hold_keeps_its_length()
    {
        string name = "a" + new string('b', 70_000);
        var tree = WitSyntaxTree.Parse("package a:b;\ninterface i {\n  " + name + ": func();\n}\n");
        var token = tree.Root.DescendantTokens().Single(t => t.Kind == SyntaxKind.IdentifierToken && t.Text.Length > 100);
        Assert.Equal(name, token.Text);
        Assert.Equal(name.Length, token.Span.Length);
        // The next token's trivia start where the long one ends.
        var tokens = tree.Root.DescendantTokens().ToList();
        var colon = tokens[tokens.IndexOf(token) + 1];
        Assert.Equal(SyntaxKind.ColonToken, colon.Kind);
        Assert.Empty(colon.LeadingTrivia);
        Assert.Equal(token.Span.End, colon.Span.Start);
    }

    [Fact]
    public void Elements_are_nodes_or_tokens()
    {
        var tree = WitSyntaxTree.Parse("package a:b;\n");
        var children = tree.Root.ChildElements().ToList();
        Assert.True(children[0].IsNode);
        Assert.IsType<PackageDeclarationSyntax>(children[0].AsNode());
        Assert.True(children[^1].IsToken);
        Assert.Equal(SyntaxKind.EndOfFileToken, children[^1].AsToken().Kind);
        Assert.True(default(SyntaxElement).IsDefault);
        Assert.Equal(tree.Root.Span, new SyntaxElement(tree.Root).Span);
    }
}
