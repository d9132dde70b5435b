using System.Diagnostics;
using System.Linq;
using System.Text;
using WitSharp.WitParser.Diagnostics;

namespace WitSharp.Generator.Tests;

/// <summary>
/// Small or long WIT whose naive C# is exponential or quadratic in its size (issue #10): the bindings stay linear
/// in the input, or stop at the output limit with a diagnostic in the .wit file.
/// </summary>
public sealed class HostileShapeTests
{
    /// <summary><c>type tK = tuple&lt;tK-1, tK-1&gt;</c> for K up to <paramref name="levels"/>, used by one exported function.</summary>
    internal static string TupleDoublingChain(int levels)
    {
        var wit = new StringBuilder("package h:ostile;\ninterface i {\n  type t0 = u8;\n");
        for (int k = 1; k <= levels; k++) wit.Append($"  type t{k} = tuple<t{k - 1}, t{k - 1}>;\n");
        return wit.Append($"  f: func(x: t{levels}) -> t{levels};\n}}\nworld w {{ export i; import i; }}\n").ToString();
    }

    /// <summary>A chain of <paramref name="length"/> records, each holding the previous one between a byte and a string.</summary>
    internal static string RecordChain(int length)
    {
        var wit = new StringBuilder("package h:ostile;\ninterface i {\n  record r0 { x: u32, s: string }\n");
        for (int k = 1; k < length; k++) wit.Append($"  record r{k} {{ a: u8, x: r{k - 1}, s: string }}\n");
        return wit.Append($"  f: func(x: r{length - 1}) -> r{length - 1};\n}}\nworld w {{ export i; import i; }}\n").ToString();
    }

    [Fact]
    public void A_thirty_level_tuple_doubling_chain_generates_linear_output_that_compiles()
    {
        // Spelled out, t30 is 2^30 `byte`s: the emitter ran out of memory at 8 GB.
        var output = Generate.FromText(TupleDoublingChain(30));

        string text = output.AllText();
        Assert.True(text.Length < 200_000, "generated " + text.Length + " characters");
        // Long structural spellings are boxed once, in the world namespace, and referred to by name.
        Assert.Contains("public sealed record T8(", text);
        Assert.Contains("global::H.Ostile.WWorld.T26", text);
        output.AssertCompiles();
    }

    [Fact]
    public void A_bindable_tuple_doubling_chain_gets_trampolines_through_boxes_that_compile()
    {
        // 2^12 bytes: small enough for the Canonical ABI, so f gets trampolines through boxed codecs.
        var output = Generate.FromText(TupleDoublingChain(12));

        string text = output.AllText();
        Assert.DoesNotContain(output.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.DoesNotContain("do not support", text);
        // The boxed types' codecs open and fill their boxes around the codecs of their structure.
        Assert.Contains("Raw(", text);
        Assert.True(text.Length < 200_000, "generated " + text.Length + " characters");
        output.AssertCompiles();
    }

    [Fact]
    public void A_boxed_tuple_crosses_an_import_trampoline_unchanged()
    {
        // t8 is 256 bytes: spelled out it passes the inline limit, so it is boxed; it travels in guest memory both ways.
        string wit = "package h:ostile;\ninterface i {\n  type t0 = u8;\n"
            + string.Concat(Enumerable.Range(1, 8).Select(k => $"  type t{k} = tuple<t{k - 1}, t{k - 1}>;\n"))
            + "  f: func(x: t8) -> t8;\n}\nworld w { import i; }\n";
        const string user = """
            using WitSharp.Runtime;
            using WitSharp.Runtime.Resources;
            public sealed class Host : global::H.Ostile.I.II
            {
                public global::H.Ostile.WWorld.T8 F(global::H.Ostile.WWorld.T8 x) => x;
            }
            public static class Driver
            {
                public static byte[] Run()
                {
                    var memory = new GuestMemory(2048, 1024);
                    var cx = new CallContext(memory, CanonicalOptions.Default, new ComponentInstanceState(), new BorrowScope());
                    for (int i = 0; i < 256; i++) memory.Bytes[16 + i] = (byte)(255 - i);
                    global::H.Ostile.I.IImportsBinding.F(new Host(), cx, new[] { CoreValue.I32(16), CoreValue.I32(512) }, new CoreValue[0]);
                    return memory.Bytes[512..768];
                }
            }
            """;
        var output = Generate.FromText(wit);
        Assert.Contains("public sealed record T8(", output.AllText());

        var assembly = BindingsCompiler.Load(output.Sources, user, GuestMemorySource.Text);
        var lowered = (byte[])assembly.GetType("Driver")!.GetMethod("Run")!.Invoke(null, null)!;

        Assert.Equal(Enumerable.Range(0, 256).Select(i => (byte)(255 - i)), lowered);
    }

    [Fact]
    public void A_chain_of_list_aliases_generates_output_linear_in_its_length()
    {
        // Each link nests one more array: spelled out, the output grew with the square of the chain (624 MB for 278 KB).
        const int links = 3000;
        var wit = new StringBuilder("package h:ostile;\ninterface i {\n  type l0 = u32;\n");
        for (int k = 1; k <= links; k++) wit.Append($"  type l{k} = list<l{k - 1}>;\n");
        wit.Append($"  f: func(x: l{links}) -> l{links};\n}}\nworld w {{ export i; }}\n");

        var output = Generate.FromText(wit.ToString());

        long characters = output.Sources.Sum(s => (long)s.Text.Length);
        // About 6 KB per link at most (a spelling of up to 1,024 characters in each codec), where squares gave 19 MB.
        Assert.True(characters < links * 8_000L, "generated " + characters + " characters");
        Assert.DoesNotContain(output.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_variant_with_two_thousand_cases_generates_quickly()
    {
        // Case naming was quadratic and ran once per case: 2,000 cases took over two minutes. A generous bound, as the
        // issue asks; linear naming takes well under a second here.
        var wit = new StringBuilder("package h:ostile;\ninterface i {\n  variant v {\n");
        for (int k = 0; k < 2000; k++) wit.Append($"    c{k}(u32),\n");
        wit.Append("  }\n  f: func(x: v) -> v;\n}\nworld w { export i; import i; }\n");

        var clock = Stopwatch.StartNew();
        var output = Generate.FromText(wit.ToString());
        clock.Stop();

        Assert.True(clock.Elapsed.TotalSeconds < 10, "took " + clock.Elapsed);
        Assert.Contains("public sealed record C1999(uint Value) : V;", output.AllText());
    }

    [Fact]
    public void A_hundred_thousand_record_chain_stops_at_the_output_limit_with_a_located_error()
    {
        // It crashed the process (stack overflow in the resolver), and laying it out was quadratic. Now it is linear,
        // but over 200 MB of C#: the output limit stops it, at a record of the chain, with an error located there.
        var output = Generate.FromText(RecordChain(100_000));

        Assert.Empty(output.Sources);
        var error = Assert.Single(output.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.GeneratorOutputTooLarge, error.Code);
        Assert.Equal("main.wit", error.Location?.Source.Path);
        var at = error.Location!.Value;
        Assert.Matches("^r[0-9]+$", at.Source.GetText(at.Span));
    }

    [Fact]
    public void The_output_limit_is_an_option()
    {
        var options = new BindingsOptions { MaxOutputCharacters = 10_000 };

        var small = Generate.FromText(TupleDoublingChain(2), options: options);
        var large = Generate.FromText(TupleDoublingChain(12), options: options);

        Assert.NotEmpty(small.Sources);
        Assert.Empty(large.Sources);
        Assert.Contains(large.Diagnostics, d => d.Code == DiagnosticCodes.GeneratorOutputTooLarge && d.Location is not null);
    }
}
