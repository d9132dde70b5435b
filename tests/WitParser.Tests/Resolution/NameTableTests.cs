using System.Collections.Generic;
using System.Linq;
using System.Text;
using WitSharp.WitParser.Lexing;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Tests.Resolution;

public sealed class NameTableTests
{
    private static List<SyntaxToken> Identifiers(string text) =>
        WitLexer.Lex(new SourceText("names.wit", text)).Tokens.Where(t => t.IsIdentifier).ToList();

    [Fact]
    public void Equal_names_share_one_string_and_escapes_are_removed()
    {
        var table = new NameTable();
        var names = Identifiers("alpha beta alpha %alpha %record gamma-delta").Select(table.Get).ToList();
        Assert.Equal(new[] { "alpha", "beta", "alpha", "alpha", "record", "gamma-delta" }, names);
        Assert.Same(names[0], names[2]);
        Assert.Same(names[0], names[3]);
    }

    [Fact]
    public void Thousands_of_distinct_names_stay_distinct()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) sb.Append("n").Append(i).Append(' ');
        var tokens = Identifiers(sb.ToString() + sb);
        var table = new NameTable();
        var names = tokens.Select(table.Get).ToList();
        Assert.Equal(tokens.Select(t => t.ValueText), names);
        for (int i = 0; i < 5000; i++) Assert.Same(names[i], names[i + 5000]);
    }
}
