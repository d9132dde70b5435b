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
        Assert.Contains("global::D.Eep.I.Base" + string.Concat(Enumerable.Repeat("[]", 1001)) + string.Concat(Enumerable.Repeat("[]?", 45)) + " Nested();", text);
        output.AssertCompiles();
    }
}
