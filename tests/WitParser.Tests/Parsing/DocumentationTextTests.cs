using System.Linq;
using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Tests.Parsing;

/// <summary>Documentation of one-line comments (the fast path) and of several comments (the general path).</summary>
public sealed class DocumentationTextTests
{
    private static string? DocsOfInterface(string comments)
    {
        var tree = WitSyntaxTree.Parse("package a:b;\n" + comments + "interface i {}\n");
        Assert.False(tree.HasErrors);
        return tree.Root.Items.OfType<InterfaceSyntax>().Single().Documentation;
    }

    [Theory]
    [InlineData("/// Hello.  \n", "Hello.")]
    [InlineData("///    indented\n", "indented")]
    [InlineData("//\t tab first\n", "\t tab first")]
    [InlineData("// plain comment\n", "plain comment")]
    [InlineData("///\n", "")]
    [InlineData("//// four slashes\n", "four slashes")]
    [InlineData("/// one\n/// two\n", "one\ntwo")]
    [InlineData("///   a\n///     b\n", "a\n  b")]
    [InlineData("/** block */\n", "block")]
    public void Comments_become_documentation_like_the_reference(string comments, string expected)
    {
        Assert.Equal(expected, DocsOfInterface(comments));
    }

    [Fact]
    public void No_comment_means_no_documentation()
    {
        Assert.Null(DocsOfInterface(""));
    }

    private static InterfaceSyntax InterfaceAfter(string gap) =>
        WitSyntaxTree.Parse("package a:b;\n" + gap + "interface i {}\n").Root.Items.OfType<InterfaceSyntax>().Single();

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n")]
    public void A_gap_without_a_slash_holds_no_comment(string gap)
    {
        // The documentation fast path skips such gaps without rescanning them.
        Assert.False(InterfaceAfter(gap).FirstToken!.Value.MayHaveLeadingComment);
    }

    [Theory]
    [InlineData("// c\n")]
    [InlineData("/** c */ ")]
    [InlineData("\n  /// c\n")]
    public void A_gap_with_a_comment_is_rescanned(string gap)
    {
        var iface = InterfaceAfter(gap);
        Assert.True(iface.FirstToken!.Value.MayHaveLeadingComment);
        Assert.Equal("c", iface.Documentation);
    }
}
