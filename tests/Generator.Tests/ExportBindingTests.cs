using System;
using System.Linq;
using System.Reflection;
using WitSharp.Runtime;

namespace WitSharp.Generator.Tests;

/// <summary>Generated export bindings lower scalars, call the core export, lift the result and run post-return.</summary>
public sealed class ExportBindingTests
{
    private const string Calc = """
        package t:calc;
        interface calc {
          add: func(a: s32, b: s32) -> s32;
          negate: func(x: f64) -> f64;
          is-even: func(n: u64) -> bool;
          next-char: func(c: char) -> char;
          tick: func();
          widen: func(x: s8) -> s16;
          bad: func() -> u32;
        }
        world w { export calc; }
        """;

    // A fake guest: each core export computes from its flat arguments the way compiled guest code would.
    private const string Guest = """
        using System;
        using System.Collections.Generic;
        using WitSharp.Runtime;
        public sealed class FakeGuest : ICoreFunctionInvoker
        {
            public readonly List<string> Log = new();
            public uint NextCharResult = uint.MaxValue;
            public void Invoke(int export, ReadOnlySpan<CoreValue> a, Span<CoreValue> r)
            {
                Log.Add("call " + export + "/" + a.Length);
                switch (export)
                {
                    case 0: r[0] = CoreValue.I32(unchecked((uint)((int)a[0].Bits + (int)a[1].Bits))); break;
                    case 1: r[0] = CoreValue.F64(BitConverter.DoubleToUInt64Bits(-BitConverter.UInt64BitsToDouble(a[0].Bits))); break;
                    case 2: r[0] = CoreValue.I32(a[0].Bits % 2 == 0 ? 7u : 0u); break;
                    case 3: r[0] = CoreValue.I32(NextCharResult == uint.MaxValue ? (uint)a[0].Bits + 1 : NextCharResult); break;
                    case 4: break;
                    case 5: r[0] = CoreValue.I32((uint)a[0].Bits); break;
                    case 6: r[0] = CoreValue.I64(1); break;
                }
            }
            public void PostReturn(int export, ReadOnlySpan<CoreValue> r) => Log.Add("post " + export);
        }
        public static class Driver
        {
            public static string Run(FakeGuest guest)
            {
                var names = new List<string>();
                var calc = new global::T.Calc.Calc.CalcExportsBinding(guest, Cx.New(), n => { names.Add(n); return names.Count - 1; });
                global::T.Calc.Calc.ICalcExports api = calc;
                calc.Tick();
                return string.Join(" ", names) + " | " + api.Add(int.MaxValue, 1) + " " + api.Negate(2.5) + " " + api.IsEven(10)
                    + " " + api.IsEven(3) + " " + api.NextChar(new System.Text.Rune('a')) + " " + api.Widen(-5) + " | " + string.Join(",", guest.Log);
            }
            public static void NextCharInvalid(FakeGuest guest)
            {
                guest.NextCharResult = 0xD800;
                new global::T.Calc.Calc.CalcExportsBinding(guest, Cx.New(), n => Array.IndexOf(new[] { "t:calc/calc#add", "t:calc/calc#negate", "t:calc/calc#is-even", "t:calc/calc#next-char" }, n)).NextChar(new System.Text.Rune('a'));
            }
            public static void Bad(FakeGuest guest) =>
                new global::T.Calc.Calc.CalcExportsBinding(guest, Cx.New(), n => n.EndsWith("#bad") ? 6 : 0).Bad();
        }
        """;

    private static Type Load(out object guest)
    {
        var assembly = BindingsCompiler.Load(Generate.FromText(Calc).Sources, Guest, GuestMemorySource.Text);
        guest = Activator.CreateInstance(assembly.GetType("FakeGuest")!)!;
        return assembly.GetType("Driver")!;
    }

    [Fact]
    public void ScalarCallsRoundTripThroughTheInvoker()
    {
        var driver = Load(out var guest);
        string result = (string)driver.GetMethod("Run")!.Invoke(null, new[] { guest })!;
        Assert.Equal(
            "t:calc/calc#add t:calc/calc#negate t:calc/calc#is-even t:calc/calc#next-char t:calc/calc#tick t:calc/calc#widen t:calc/calc#bad"
            + " | -2147483648 -2.5 True False b -5 | "
            + "call 4/0,post 4,call 0/2,post 0,call 1/1,post 1,call 2/1,post 2,call 2/1,post 2,call 3/1,post 3,call 5/1,post 5",
            result);
    }

    [Theory]
    [InlineData("NextCharInvalid")]
    [InlineData("Bad")]
    public void InvalidResultsTrap(string scenario)
    {
        var driver = Load(out var guest);
        var error = Assert.Throws<TargetInvocationException>(() => driver.GetMethod(scenario)!.Invoke(null, new[] { guest }));
        Assert.IsType<CanonicalAbiTrapException>(error.InnerException);
    }

    [Fact]
    public void TheWorldBindingTiesInterfaceAndWorldExportsTogether()
    {
        var output = Generate.FromText("""
            package t:app;
            interface math { double: func(x: u32) -> u32; }
            interface text { shout: func(s: string) -> u32; }
            world w { export math; export text; export run: func(x: u32) -> u32; }
            """);
        var assembly = BindingsCompiler.Load(output.Sources, """
            using System;
            using System.Collections.Generic;
            using WitSharp.Runtime;
            public sealed class Echo : ICoreFunctionInvoker
            {
                public void Invoke(int export, ReadOnlySpan<CoreValue> a, Span<CoreValue> r) => r[0] = CoreValue.I32((uint)(a[0].Bits * 10 + (ulong)export));
                public void PostReturn(int export, ReadOnlySpan<CoreValue> r) { }
            }
            public static class Driver
            {
                public static string Run()
                {
                    var names = new List<string>();
                    global::T.App.WWorld.IExports exports = new global::T.App.WWorld.ExportsBinding(new Echo(), Cx.New(), n => { names.Add(n); return names.Count - 1; });
                    return string.Join(" ", names) + " | " + exports.Run(4) + " " + exports.Math.Double(5);
                }
            }
            """, GuestMemorySource.Text);
        string result = (string)assembly.GetType("Driver")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.Equal("run t:app/math#double t:app/text#shout | 40 51", result);
    }

    [Fact]
    public void FunctionsOverMapsGetTrampolinesWithoutWarnings()
    {
        // map<K, V> is list<tuple<K, V>> to the Canonical ABI (CanonicalABI.md "Despecialization").
        var output = Generate.FromText("package t:m; interface m { f: func(x: map<string, u32>) -> map<u32, list<string>>; g: func() -> u32; } world w { import m; export m; }");
        Assert.Empty(output.Diagnostics);
        Assert.Contains("MExportsBinding", output.AllText());
        Assert.Contains("public static void F(", output.AllText());
        Assert.Contains("new global::System.Collections.Generic.Dictionary<uint, string[]>(n)", output.AllText());
        output.AssertCompiles();
    }
}
