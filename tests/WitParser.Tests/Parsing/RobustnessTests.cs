using System.Linq;
using System.Text;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Formatting;
using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Tests.Parsing;

public class RobustnessTests
{
    [Fact]
    public void Ten_thousand_nested_lists_give_a_nesting_diagnostic()
    {
        var sb = new StringBuilder("interface i { type t = ");
        for (int i = 0; i < 10_000; i++) sb.Append("list<");
        sb.Append("u8");
        for (int i = 0; i < 10_000; i++) sb.Append('>');
        sb.Append("; type ok = u8; }");

        var tree = WitSyntaxTree.Parse(sb.ToString());

        var d = Assert.Single(tree.Diagnostics);
        Assert.Equal(DiagnosticCodes.TypeNestingTooDeep, d.Code);
        var iface = Assert.IsType<InterfaceSyntax>(tree.Root.Items[0]);
        Assert.Contains(iface.Items, item => item is TypeAliasSyntax { Name.ValueText: "ok" });
        Assert.False(WitFormatter.Format(tree.Source).Succeeded);
    }

    [Fact]
    public void Hundred_nested_types_are_fine()
    {
        string text = "interface i { type t = " + string.Concat(Enumerable.Repeat("option<", 99)) + "u8" + new string('>', 99) + "; }";
        Assert.Empty(WitSyntaxTree.Parse(text).Diagnostics);
    }

    [Fact]
    public void Deeply_nested_packages_stop_at_the_reference_limit()
    {
        var sb = new StringBuilder();
        for (int i = 0; i <= 200; i++) sb.Append($"package a:b{i} {{\n");
        for (int i = 0; i <= 200; i++) sb.Append("}\n");
        var d = WitSyntaxTree.Parse(sb.ToString()).Diagnostics[0];
        Assert.Equal("package nesting too deep", d.Message);
        Assert.Equal(101, d.Location!.Value.Start.Line);
    }

    [Fact]
    public void A_one_megabyte_identifier_parses()
    {
        string name = "a" + new string('b', 1 << 20);
        var tree = WitSyntaxTree.Parse($"interface {name} {{}}");
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(name, ((InterfaceSyntax)tree.Root.Items[0]).Name.ValueText);
    }

    [Fact]
    public void A_one_megabyte_invalid_identifier_gives_one_diagnostic()
    {
        string name = new string('_', 1 << 20);
        var tree = WitSyntaxTree.Parse($"interface {name} {{}}");
        Assert.Equal("invalid character in identifier '_'", Assert.Single(tree.Diagnostics).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("interface")]
    [InlineData("}}}}")]
    [InlineData("{{{{")]
    [InlineData("@")]
    [InlineData("package")]
    [InlineData("package a:b { package c:d {")]
    [InlineData("world w { import x: interface {")]
    [InlineData("interface i { resource r {")]
    [InlineData("interface i { type t = result<_,")]
    [InlineData("/*")]
    [InlineData("\"")]
    [InlineData("use a:b/c@1.0.0-.{x};")]
    public void Truncated_and_garbled_input_never_throws(string text)
    {
        var tree = WitSyntaxTree.Parse(text);
        Assert.Equal(text, SyntaxText.Reconstruct(tree.Root));
        var formatted = WitFormatter.Format(text);
        if (!formatted.Succeeded) Assert.Equal(text, formatted.Text);
    }

    [Fact]
    public void Non_utf8_bytes_are_rejected_with_the_offset()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("interface i {}\n// caf").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        Assert.False(SourceDecoder.TryDecode("x.wit", bytes, out var source, out var diagnostic));
        Assert.Null(source);
        Assert.Equal(DiagnosticCodes.InvalidEncoding, diagnostic!.Code);
        Assert.Contains("offset 21", diagnostic.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0x80 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    [InlineData(new byte[] { 0xFF })]
    public void Overlong_surrogate_out_of_range_and_truncated_sequences_are_invalid(byte[] bytes)
    {
        Assert.Equal(0, SourceDecoder.FindInvalidByte(bytes));
    }

    [Fact]
    public void A_bom_is_allowed_and_dropped()
    {
        byte[] bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("interface i {}")).ToArray();
        Assert.True(SourceDecoder.TryDecode("x.wit", bytes, out var source, out _));
        Assert.Equal("interface i {}", source!.Text);
    }
}
