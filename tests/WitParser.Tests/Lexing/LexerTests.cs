using System.Linq;
using System.Text;
using WitSharp.WitParser.Lexing;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Tests.Lexing;

public class LexerTests
{
    private static LexResult Lex(string text) => WitLexer.Lex(new SourceText("t.wit", text));

    private static SyntaxKind[] Kinds(string text) => Lex(text).Tokens.Select(t => t.Kind).ToArray();

    [Fact]
    public void Lexes_punctuation_including_arrow_at_slash_and_semver_signs()
    {
        Assert.Equal(
            new[]
            {
                SyntaxKind.EqualsToken, SyntaxKind.CommaToken, SyntaxKind.ColonToken, SyntaxKind.SemicolonToken,
                SyntaxKind.OpenParenToken, SyntaxKind.CloseParenToken, SyntaxKind.OpenBraceToken, SyntaxKind.CloseBraceToken,
                SyntaxKind.LessThanToken, SyntaxKind.GreaterThanToken, SyntaxKind.StarToken, SyntaxKind.ArrowToken,
                SyntaxKind.SlashToken, SyntaxKind.DotToken, SyntaxKind.AtToken, SyntaxKind.PlusToken, SyntaxKind.MinusToken,
                SyntaxKind.EndOfFileToken,
            },
            Kinds("= , : ; ( ) { } < > * -> / . @ + -"));
    }

    [Theory]
    [InlineData("interface", SyntaxKind.InterfaceKeyword)]
    [InlineData("error-context", SyntaxKind.ErrorContextKeyword)]
    [InlineData("map", SyntaxKind.MapKeyword)]
    [InlineData("async", SyntaxKind.AsyncKeyword)]
    [InlineData("_", SyntaxKind.UnderscoreToken)]
    [InlineData("f32", SyntaxKind.F32Keyword)]
    [InlineData("float32", SyntaxKind.IdentifierToken)]
    [InlineData("wasi-http", SyntaxKind.IdentifierToken)]
    [InlineData("%record", SyntaxKind.ExplicitIdentifierToken)]
    [InlineData("0123", SyntaxKind.IntegerToken)]
    [InlineData("\"a\\u{7fff}\"", SyntaxKind.StringLiteralToken)]
    public void Classifies_single_tokens(string text, SyntaxKind kind)
    {
        var result = Lex(text);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Tokens.Count);
        Assert.Equal(kind, result.Tokens[0].Kind);
        Assert.Equal(text, result.Tokens[0].Text);
    }

    [Fact]
    public void Explicit_identifier_value_has_no_percent()
    {
        Assert.Equal("record", Lex("%record").Tokens[0].ValueText);
    }

    [Fact]
    public void Version_lexes_as_integers_dots_minus_identifiers()
    {
        Assert.Equal(
            new[]
            {
                SyntaxKind.AtToken, SyntaxKind.IntegerToken, SyntaxKind.DotToken, SyntaxKind.IntegerToken, SyntaxKind.DotToken,
                SyntaxKind.IntegerToken, SyntaxKind.MinusToken, SyntaxKind.IdentifierToken, SyntaxKind.PlusToken,
                SyntaxKind.IntegerToken, SyntaxKind.EndOfFileToken,
            },
            Kinds("@0.2.0-rc-2023-11-10+42"));
    }

    [Fact]
    public void Keeps_comments_as_distinct_trivia_kinds()
    {
        var token = Lex("// plain\n/// doc\n/* block /* nested */ still */\n/** doc block */\r\nx").Tokens[0];
        var kinds = token.LeadingTrivia.Select(t => t.Kind).ToArray();
        Assert.Equal(
            new[]
            {
                SyntaxTriviaKind.LineComment, SyntaxTriviaKind.EndOfLine, SyntaxTriviaKind.DocLineComment,
                SyntaxTriviaKind.EndOfLine, SyntaxTriviaKind.BlockComment, SyntaxTriviaKind.EndOfLine,
                SyntaxTriviaKind.DocBlockComment, SyntaxTriviaKind.EndOfLine,
            },
            kinds);
        Assert.Equal("/* block /* nested */ still */", token.LeadingTrivia[4].Text);
        Assert.Equal("\r\n", token.LeadingTrivia[7].Text);
        Assert.Equal("x", token.Text);
    }

    [Fact]
    public void Tokens_and_trivia_reproduce_the_input()
    {
        string text = "\uFEFFpackage a:b@1.0.0; // c\r\n\tinterface %i { /* x */ f: func() -> list<u8>; }\n// end";
        var sb = new StringBuilder();
        foreach (var token in Lex(text).Tokens)
        {
            foreach (var t in token.LeadingTrivia) sb.Append(t.Text);
            sb.Append(token.Text);
        }
        Assert.Equal(text, sb.ToString());
    }

    [Fact]
    public void Unterminated_block_comment_is_reported_at_its_start()
    {
        var result = Lex("x /* a /* b */");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("unterminated block comment", d.Message);
        Assert.Equal(2, d.Location!.Value.Span.Start);
        Assert.Equal(SyntaxKind.EndOfFileToken, result.Tokens.Last().Kind);
    }

    [Theory]
    [InlineData("a $ b", "unexpected character '$'", 2)]
    [InlineData("a\rb", "unexpected character '\\r'", 1)]
    [InlineData("a \"x\\q\"", "invalid string escape 'q'", 5)]
    [InlineData("a \"abc", "unexpected end of file", 6)]
    public void Reports_reference_messages_for_bad_characters(string text, string message, int offset)
    {
        var d = Lex(text).Diagnostics.First(x => x.Code != "WIT0005");
        Assert.Equal(message, d.Message);
        Assert.Equal(offset, d.Location!.Value.Span.Start);
    }

    [Theory]
    [InlineData("a\u0001b", "Control code '\\u{1}'")]
    [InlineData("// \u202e", "Input contains bidirectional override codepoint \"\\u{202e}\"")]
    [InlineData("x \u0149", "Codepoint \"\\u{149}\" is discouraged by Unicode")]
    public void Rejects_forbidden_codepoints_anywhere(string text, string message)
    {
        Assert.Contains(Lex(text).Diagnostics, d => d.Message == message && d.Code == "WIT0005");
    }

    [Fact]
    public void Bad_characters_become_bad_tokens_and_lexing_continues()
    {
        var kinds = Kinds("a # b");
        Assert.Equal(new[] { SyntaxKind.IdentifierToken, SyntaxKind.BadToken, SyntaxKind.IdentifierToken, SyntaxKind.EndOfFileToken }, kinds);
    }
}
