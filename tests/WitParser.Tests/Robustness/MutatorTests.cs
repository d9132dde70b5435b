using System.Linq;
using System.Text;

namespace WitSharp.WitParser.Tests.Robustness;

public class MutatorTests
{
    private static readonly byte[] s_input = Encoding.UTF8.GetBytes("package a:b;\ninterface i {\n  f: func(x: list<u8>) -> string;\n}\n");
    private static readonly byte[] s_other = Encoding.UTF8.GetBytes("world w { import i; }\n");

    [Fact]
    public void The_same_seed_gives_the_same_inputs()
    {
        var a = new Mutator(7);
        var b = new Mutator(7);
        for (int i = 0; i < 200; i++)
        {
            var x = a.Mutate(s_input, s_other);
            var y = b.Mutate(s_input, s_other);
            Assert.Equal(x.Kind, y.Kind);
            Assert.Equal(x.Bytes, y.Bytes);
        }
    }

    [Fact]
    public void Every_kind_occurs_and_changes_the_input()
    {
        var mutator = new Mutator(11);
        var seen = new System.Collections.Generic.HashSet<Mutator.Kind>();
        int changed = 0;
        for (int i = 0; i < 600; i++)
        {
            var (kind, bytes) = mutator.Mutate(s_input, s_other);
            seen.Add(kind);
            if (!bytes.SequenceEqual(s_input)) changed++;
        }
        Assert.Equal(System.Enum.GetValues(typeof(Mutator.Kind)).Length, seen.Count);
        Assert.True(changed > 500, $"only {changed} of 600 mutations changed the input");
    }

    [Fact]
    public void Tokens_split_words_and_punctuation()
    {
        var tokens = Mutator.Tokens(Encoding.UTF8.GetBytes("f: func(x: list<u8>);"));
        string[] texts = tokens.Select(t => "f: func(x: list<u8>);".Substring(t.Start, t.Length)).ToArray();
        Assert.Equal(new[] { "f", ":", "func", "(", "x", ":", "list", "<", "u8", ">", ")", ";" }, texts);
    }
}
