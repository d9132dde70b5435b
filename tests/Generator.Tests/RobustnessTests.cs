using System.Linq;
using System.Text;

namespace WitSharp.Generator.Tests;

/// <summary>Large or deep resolved inputs generate without overflowing the stack.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void ADeepAliasChainAndADeeplyNestedTypeGenerate()
    {
        const int depth = 3000;
        var wit = new StringBuilder("package d:eep;\ninterface i {\n  record base { x: u8 }\n  type t0 = base;\n");
        for (int i = 1; i <= depth; i++) wit.Append("  type t").Append(i).Append(" = t").Append(i - 1).Append(";\n");
        // Each list wraps the previous named type: a nesting depth no single type expression may have.
        wit.Append("  type l0 = list<t").Append(depth).Append(">;\n");
        for (int i = 1; i <= 1000; i++) wit.Append("  type l").Append(i).Append(" = list<l").Append(i - 1).Append(">;\n");
        wit.Append("  nested: func() -> ").Append(string.Concat(Enumerable.Repeat("option<list<", 45)))
            .Append("l1000").Append(string.Concat(Enumerable.Repeat(">>", 45))).Append(";\n");
        wit.Append("  f: func(a: t").Append(depth).Append(") -> t").Append(depth).Append(";\n}\nworld w { import i; }\n");

        var output = Generate.FromText(wit.ToString());

        string text = output.AllText();
        Assert.Contains("global::D.Eep.I.Base F(global::D.Eep.I.Base a);", text);
        // 1,046 nested arrays: past the inline spelling limit, the chain is boxed (named once) part of the way down.
        string nested = text.Split('\n').First(line => line.EndsWith(" Nested();"));
        Assert.Contains("global::D.Eep.WWorld.", nested);
        Assert.True(nested.Length < 1200, nested);
        output.AssertCompiles();
    }
}
