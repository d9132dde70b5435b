using System.Linq;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Tests.Parsing;

public class ParseErrorTests
{
    private static Diagnostic First(string text)
    {
        var tree = WitSyntaxTree.Parse(text);
        Assert.NotEmpty(tree.Diagnostics);
        return tree.Diagnostics[0];
    }

    [Theory]
    [InlineData("record r {}", "expected `world`, `interface` or `use`, found keyword `record`", 0, 6)]
    [InlineData("interface i { import x; }", "expected `type`, `resource` or `func`, found keyword `import`", 14, 6)]
    [InlineData("world w { f: func(); }", "expected `import`, `export`, `include`, `use`, or type definition, found an identifier", 10, 1)]
    [InlineData("interface i { f: func() -> ; }", "expected a type, found ';'", 27, 1)]
    [InlineData("interface i { type t = u32 }", "expected ';', found '}'", 27, 0)]
    [InlineData("@foo interface i {}", "unknown attribute `foo`", 1, 3)]
    [InlineData("@since(version = 01.0.0) interface i {}", "invalid leading zero in major version number", 17, 6)]
    [InlineData("@unstable(feature = x) package a:b {}", "cannot place attributes on nested packages", 23, 7)]
    [InlineData("interface i { type t = list<u8, 99999999999>; }", "invalid list size: number too large to fit in target type", 32, 11)]
    [InlineData("interface Foo {}", "invalid character in identifier 'o'", 10, 0)]
    public void Reports_reference_message_and_span(string text, string message, int start, int length)
    {
        var d = First(text);
        Assert.Equal(message, d.Message);
        Assert.Equal(start, d.Location!.Value.Span.Start);
        Assert.Equal(length, d.Location!.Value.Span.Length);
    }

    [Fact]
    public void Recovers_at_item_boundaries_and_reports_each_independent_error()
    {
        var tree = WitSyntaxTree.Parse(@"package a:b;
interface one {
  type a = ;
  good: func();
  record r { x: }
  type b = u32;
}
world 42 {}
interface two { type c = u32; }
");
        Assert.Equal(3, tree.Diagnostics.Count);
        Assert.Equal(new[] { 3, 5, 8 }, tree.Diagnostics.Select(d => d.Location!.Value.Start.Line));
        var one = Assert.IsType<InterfaceSyntax>(tree.Root.Items[0]);
        Assert.Contains(one.Items, i => i is FunctionSyntax f && f.Name.ValueText == "good");
        Assert.Contains(one.Items, i => i is TypeAliasSyntax t && t.Name.ValueText == "b");
        Assert.Contains(tree.Root.Items, i => i is InterfaceSyntax n && n.Name.ValueText == "two");
        // Error trees still cover every character.
        Assert.Equal(tree.Source.Text, SyntaxText.Reconstruct(tree.Root));
    }

    [Fact]
    public void A_missing_closing_brace_is_reported_once_and_the_next_interface_parses()
    {
        var tree = WitSyntaxTree.Parse("interface a {\n  type x = u32;\n\ninterface b {\n  type y = u32;\n}\n");
        var d = Assert.Single(tree.Diagnostics);
        Assert.Equal("expected `type`, `resource` or `func`, found keyword `interface`", d.Message);
        Assert.Contains(tree.Root.Items, i => i is InterfaceSyntax n && n.Name.ValueText == "b");
    }

    [Theory]
    [InlineData("interface i {\n  type a = u32;\n", "expected `type`, `resource` or `func`, found eof")]
    [InlineData("world w {\n  import a;\n", "expected `import`, `export`, `include`, `use`, or type definition, found eof")]
    [InlineData("interface i {\n  resource r {\n", "expected `constructor` or identifier, found eof")]
    [InlineData("package a:b {\n  interface i {}\n", "expected `world`, `interface` or `use`, found eof")]
    public void Missing_closing_brace_at_end_of_file_is_reported_like_the_reference(string text, string message)
    {
        var tree = WitSyntaxTree.Parse(text);
        var d = Assert.Single(tree.Diagnostics);
        Assert.Equal(message, d.Message);
        Assert.Equal(text.Length, d.Location!.Value.Span.Start);
    }

    [Fact]
    public void Lexer_errors_are_not_echoed_by_the_parser()
    {
        var tree = WitSyntaxTree.Parse("interface i { type t = #; }");
        var d = Assert.Single(tree.Diagnostics);
        Assert.Equal("unexpected character '#'", d.Message);
    }
}
