using System;
using System.Reflection;
using System.Text;
using WitSharp.Runtime;
using WitSharp.Runtime.Bindings;

namespace WitSharp.Generator.Tests;

/// <summary>
/// More value types through generated bindings against a C guest (Guests/values_guest.c) on the managed engine:
/// flags, enums, chars, signed integers, a variant whose payloads share a joined i64 slot, records with floats and
/// lists, option and result parameters, and a host import taking a variant and an enum and returning an option.
/// The guest's naive <c>bump</c> and <c>next-char</c> return values the host must refuse.
/// </summary>
public sealed class EngineValueGuestTests
{
    private const string Wit = """
        package demo:values@0.2.0;

        interface types {
          flags perms { read, write, exec }
          enum level { low, mid, high }
          variant num { small(s8), wide(s64), real(f32), exact(f64), none }
          record point { x: f32, y: f64 }
          record bag { tags: list<string>, weight: option<u16> }
        }

        interface host {
          use types.{num, level};
          report: func(n: num, l: level) -> option<string>;
        }

        interface calc {
          use types.{perms, level, num, point, bag};
          grant: func(p: perms, extra: bool) -> perms;
          bump: func(l: level) -> level;
          next-char: func(c: char) -> char;
          signs: func(a: s8, b: s16, c: s32, d: s64) -> s64;
          halve: func(n: num) -> num;
          dist: func(p: point) -> f64;
          pack: func(b: bag) -> u32;
          maybe: func(v: option<f64>, r: result<u8, s16>) -> f64;
          tell: func(n: num) -> string;
        }

        world values { import host; export calc; }
        """;

    private const string User = """
        using System.Globalization;
        using WitSharp.Engine;
        using WitSharp.Engine.Bindings;
        using global::Demo.Values.V0_2_0.Calc;
        using global::Demo.Values.V0_2_0.Host;
        using global::Demo.Values.V0_2_0.Types;

        public sealed class Host : IHost
        {
            public string? Report(Num n, Level l) => n switch
            {
                Num.Small s => "small " + s.Value + " @ " + l,
                Num.Wide w => "wide " + w.Value + " @ " + l,
                Num.Real r => "real " + r.Value.ToString(CultureInfo.InvariantCulture) + " @ " + l,
                Num.Exact e => "exact " + e.Value.ToString(CultureInfo.InvariantCulture) + " @ " + l,
                _ => null,
            };
        }

        public sealed class Guest
        {
            public readonly GuestInstance Instance;
            public readonly ICalcExports Calc;

            public Guest(byte[] wasm)
            {
                var engine = new WasmEngine();
                var linker = new CanonicalLinker(engine).DefineImport<IHost>("demo:values/host@0.2.0", "report", new Host(), HostImportsBinding.Report);
                Instance = linker.Instantiate(new WasmStore(engine), engine.LoadModule(wasm));
                Calc = new CalcExportsBinding(Instance, Instance.Context, Instance.ResolveExport);
            }
        }
        """;

    private static readonly Lazy<Assembly> s_bindings = new(() => BindingsCompiler.Load(Generate.FromText(Wit).Sources, User));
    private static readonly Lazy<byte[]> s_guest = new(() => GuestCompiler.CompileC("values_guest.c"));

    private static dynamic NewCalc()
    {
        byte[] wasm = s_guest.Value;
        return ((dynamic)Activator.CreateInstance(s_bindings.Value.GetType("Guest")!, wasm)!).Calc;
    }

    private static Type TypeOf(string name) => s_bindings.Value.GetType("Demo.Values.V0_2_0.Types." + name)!;

    private static dynamic New(string type, params object?[] fields) => Activator.CreateInstance(TypeOf(type), fields)!;

    private static dynamic Num(string @case, params object[] payload) => New("Num+" + @case, payload);

    private static dynamic Enum(string type, int value) => System.Enum.ToObject(TypeOf(type), value);

    [SkippableFact]
    public void FlagsAndEnumsRoundTripAndAnEnumPastItsLastCaseTraps()
    {
        dynamic calc = NewCalc();
        Assert.Equal(1 | 2, Convert.ToInt32(calc.Grant(Enum("Perms", 1), false)));
        Assert.Equal(1 | 2 | 4, Convert.ToInt32(calc.Grant(Enum("Perms", 1 | 4), false)));
        Assert.Equal(2, Convert.ToInt32(calc.Grant(Enum("Perms", 4), true)));
        Assert.Equal(1, Convert.ToInt32(calc.Bump(Enum("Level", 0))));
        Assert.Equal(2, Convert.ToInt32(calc.Bump(Enum("Level", 1))));
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => (object)calc.Bump(Enum("Level", 2)));
        Assert.Contains("discriminant 3 is out of range for a type with 3 cases", trap.Message);
    }

    [SkippableFact]
    public void CharsComeBackAsScalarValuesAndASurrogateOrOutOfRangeCharTraps()
    {
        Assert.Equal(new Rune('b'), (Rune)NewCalc().NextChar(new Rune('a')));
        Assert.Equal(new Rune(0x1F981), (Rune)NewCalc().NextChar(new Rune(0x1F980)));
        Assert.Equal(new Rune(0x10000), (Rune)NewCalc().NextChar(new Rune(0xFFFF)));
        var surrogate = Assert.Throws<CanonicalAbiTrapException>(() => (object)NewCalc().NextChar(new Rune(0xD7FF)));
        Assert.Equal("0xd800 is not a Unicode scalar value", surrogate.Message);
        var past = Assert.Throws<CanonicalAbiTrapException>(() => (object)NewCalc().NextChar(new Rune(0x10FFFF)));
        Assert.Equal("0x110000 is not a Unicode scalar value", past.Message);
    }

    [SkippableFact]
    public void SignedIntegersKeepTheirSigns()
    {
        Assert.Equal(-128L - 32768L + int.MinValue + (long.MinValue / 2), (long)NewCalc().Signs((sbyte)-128, (short)-32768, int.MinValue, long.MinValue / 2));
        Assert.Equal(127L + 32767L + int.MaxValue + 1L, (long)NewCalc().Signs((sbyte)127, (short)32767, int.MaxValue, 1L));
    }

    [SkippableFact]
    public void EveryVariantCaseCrossesTheJoinedSlotBothWays()
    {
        dynamic calc = NewCalc();
        Assert.Equal((sbyte)-3, (sbyte)calc.Halve(Num("Small", (sbyte)-7)).Value);
        Assert.Equal(long.MinValue / 2, (long)calc.Halve(Num("Wide", long.MinValue)).Value);
        Assert.Equal(2.5f, (float)calc.Halve(Num("Real", 5f)).Value);
        Assert.Equal(-0.75, (double)calc.Halve(Num("Exact", -1.5)).Value);
        Assert.Equal("None", calc.Halve(Num("None")).GetType().Name);
        Assert.Equal("Real", calc.Halve(Num("Real", float.NegativeInfinity)).GetType().Name);
    }

    [SkippableFact]
    public void RecordsWithFloatsListsAndOptionsFlatten()
    {
        dynamic calc = NewCalc();
        Assert.Equal(3.0 * 3.0 + 4.5 * 4.5, (double)calc.Dist(New("Point", 3f, 4.5)));
        Assert.Equal(2u + 2u + 7u, (uint)calc.Pack(New("Bag", new[] { "ab", "ü" }, (ushort?)7)));
        Assert.Equal(0u, (uint)calc.Pack(New("Bag", Array.Empty<string>(), null)));
        Assert.Equal(65535u + 1u, (uint)calc.Pack(New("Bag", new[] { "x" }, (ushort?)65535)));
    }

    [SkippableFact]
    public void OptionAndResultParametersFlattenSideBySide()
    {
        dynamic calc = NewCalc();
        Assert.Equal(202.5, (double)calc.Maybe((double?)2.5, Result<byte, short>.Ok(200)));
        Assert.Equal(3000.0, (double)calc.Maybe((double?)null, Result<byte, short>.Err(-3)));
        Assert.Equal(1.0 - 2000.0, (double)calc.Maybe((double?)1.0, Result<byte, short>.Err(2)));
    }

    [SkippableFact]
    public void TheHostReceivesTheGuestsVariantAndEnumAndAnswersAnOption()
    {
        dynamic calc = NewCalc();
        Assert.Equal("small -5 @ High", (string)calc.Tell(Num("Small", (sbyte)-5)));
        Assert.Equal("wide -9000000000 @ High", (string)calc.Tell(Num("Wide", -9_000_000_000L)));
        Assert.Equal("real 1.5 @ High", (string)calc.Tell(Num("Real", 1.5f)));
        Assert.Equal("exact -0.125 @ High", (string)calc.Tell(Num("Exact", -0.125)));
        Assert.Equal("nothing", (string)calc.Tell(Num("None")));
    }
}
