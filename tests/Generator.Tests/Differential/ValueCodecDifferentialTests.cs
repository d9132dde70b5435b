using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using WitSharp.Runtime;
using WitSharp.WitParser;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Text;

namespace WitSharp.Generator.Tests.Differential;

/// <summary>
/// The generated codecs against the dynamic Canonical ABI (<c>CanonicalAbi</c> over <c>WitValue</c>, which matches
/// the reference vectors), for every WIT value type, with seeded random values:
/// <list type="number">
/// <item>imports: the dynamic path lowers the arguments as a guest would; the generated trampoline lifts them, the
/// host echoes them, the trampoline lowers the result; the dynamic path lifts it back and it must be the same value;</item>
/// <item>exports: the C# values the host received go through the generated export binding; the flat arguments and
/// every byte of memory at the call must equal what the dynamic path produces for the same values;</item>
/// <item>the guest (the dynamic path) returns the value; the binding lifts it; sent back in, it is the same value.</item>
/// </list>
/// Each function runs with guest strings in UTF-8 (200 values), UTF-16 and latin1+utf16 (30 values each).
/// </summary>
public sealed class ValueCodecDifferentialTests
{
    private const int Rounds = 200;

    // The other guest string encodings change only how strings are stored: fewer rounds cover them.
    private const int OtherEncodingRounds = 30;

    private const string Types = """
        package t:diff;
        interface types {
          record point { x: s32, y: f64 }
          record item { name: string, id: u32 }
          record bag { items: list<item>, tags: list<string>, blobs: list<list<u8>>, extra: option<point> }
          flags f1 { a }
          flags f8 { a, b, c, d, e, f, g, h }
          flags f9 { a, b, c, d, e, f, g, h, i }
          flags fl32 { b0, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19, b20, b21, b22, b23, b24, b25, b26, b27, b28, b29, b30, b31 }
          enum color { red, green, blue }
          variant shape { empty, circle(f32), big(s64), named(string), at(point), wide(f64), small(u8) }
          variant mixed { a(u8), b(tuple<f32, u32>), c(option<string>), d(list<shape>), e(result<s16, char>) }
          record wide { a: u64, b: f32, c: string, d: list<u32>, e: f64, f: s8, g: tuple<u8, u16, u32, u64>, h: option<f32>, i: char, j: color, k: f9 }
          variant pure { a(u32), b(f64), c, d(point), e(tuple<u8, f32>) }
          type item-list = list<item>;
          type text = string;
          record awkward { value: text, item1: u8, at: option<text> }
          variant tricky { value(awkward), equals(u16), f }
          record catalog { name: string, index: map<string, item>, counts: map<u32, u64> }
          variant holder { empty, letters(map<char, string>), count(u32) }
          type counts = map<string, u32>;
        }
        interface echo {
          use types.{point, item, bag, f1, f8, f9, fl32, color, shape, mixed, wide, pure, item-list, text, awkward, tricky, catalog, holder, counts};
          echo-bool: func(x: bool) -> bool;
          echo-s8: func(x: s8) -> s8;
          echo-u8: func(x: u8) -> u8;
          echo-s16: func(x: s16) -> s16;
          echo-u16: func(x: u16) -> u16;
          echo-s32: func(x: s32) -> s32;
          echo-u32: func(x: u32) -> u32;
          echo-s64: func(x: s64) -> s64;
          echo-u64: func(x: u64) -> u64;
          echo-f32: func(x: f32) -> f32;
          echo-f64: func(x: f64) -> f64;
          echo-char: func(x: char) -> char;
          echo-string: func(x: string) -> string;
          echo-bytes: func(x: list<u8>) -> list<u8>;
          echo-s16s: func(x: list<s16>) -> list<s16>;
          echo-f64s: func(x: list<f64>) -> list<f64>;
          echo-bools: func(x: list<bool>) -> list<bool>;
          echo-chars: func(x: list<char>) -> list<char>;
          echo-strings: func(x: list<string>) -> list<string>;
          echo-items: func(x: list<item>) -> list<item>;
          echo-item-list: func(x: item-list) -> item-list;
          echo-point: func(x: point) -> point;
          echo-bag: func(x: bag) -> bag;
          echo-wide: func(x: wide) -> wide;
          echo-f1: func(x: f1) -> f1;
          echo-f8: func(x: f8) -> f8;
          echo-f9: func(x: f9) -> f9;
          echo-fl32: func(x: fl32) -> fl32;
          echo-color: func(x: color) -> color;
          echo-shape: func(x: shape) -> shape;
          echo-mixed: func(x: mixed) -> mixed;
          echo-shapes: func(x: list<shape>) -> list<shape>;
          echo-pure: func(x: pure) -> pure;
          echo-pures: func(x: list<pure>) -> list<pure>;
          echo-text: func(x: text) -> text;
          echo-tricky: func(x: tricky) -> tricky;
          echo-tuple9: func(x: tuple<u8, s8, u16, s16, u32, s32, u64, s64, text>) -> tuple<u8, s8, u16, s16, u32, s32, u64, s64, text>;
          echo-opt: func(x: option<u32>) -> option<u32>;
          echo-opt-opt: func(x: option<option<u32>>) -> option<option<u32>>;
          echo-opt-str: func(x: option<string>) -> option<string>;
          echo-opt-opt-str: func(x: option<option<string>>) -> option<option<string>>;
          echo-opt-point: func(x: option<point>) -> option<point>;
          echo-res: func(x: result<u32, string>) -> result<u32, string>;
          echo-res-ok: func(x: result<string>) -> result<string>;
          echo-res-err: func(x: result<_, f64>) -> result<_, f64>;
          echo-res-unit: func(x: result) -> result;
          echo-res-nested: func(x: result<option<point>, list<shape>>) -> result<option<point>, list<shape>>;
          echo-tuple: func(x: tuple<u8, string, f64>) -> tuple<u8, string, f64>;
          echo-tuple1: func(x: tuple<char>) -> tuple<char>;
          echo-fixed: func(x: list<u32, 4>) -> list<u32, 4>;
          echo-fixed-str: func(x: list<string, 2>) -> list<string, 2>;
          echo-fixed-items: func(x: list<item, 3>) -> list<item, 3>;
          echo-map-str-u32: func(x: map<string, u32>) -> map<string, u32>;
          echo-map-u32-item: func(x: map<u32, item>) -> map<u32, item>;
          echo-map-s64-point: func(x: map<s64, point>) -> map<s64, point>;
          echo-map-bool-bytes: func(x: map<bool, list<u8>>) -> map<bool, list<u8>>;
          echo-map-nested: func(x: map<u8, map<char, option<string>>>) -> map<u8, map<char, option<string>>>;
          echo-counts: func(x: counts) -> counts;
          echo-catalog: func(x: catalog) -> catalog;
          echo-holder: func(x: holder) -> holder;
          echo-maps: func(x: list<map<s16, string>>) -> list<map<s16, string>>;
          many: func(a: u32, b: string, c: f64, d: list<u8>, e: option<u32>, f: point, g: s64, h: f32, i: tuple<u32, u32>, j: shape, k: string) -> u32;
          many-flat: func(a: f64, b: u16, c: u32, d: u64, e: s8, f: s16, g: s32, h: s64, i: f32, j: f64, k: char, l: bool, m: color, n: f9, o: u32, p: u32) -> f64;
        }
        world w { import echo; export echo; }
        """;

    private sealed class Fixture
    {
        public Fixture()
        {
            var load = WitLoader.LoadSources(new[] { new SourceText("diff.wit", Types) }, Array.Empty<IReadOnlyList<SourceText>>());
            Assert.True(load.Success, string.Join("\n", load.Diagnostics));
            var resolve = load.Resolve!;
            int world = resolve.Packages[load.RootPackages.Last()].Worlds.GetValue("w");
            var output = CSharpBindingsGenerator.Generate(resolve, world);
            Assert.Empty(output.Diagnostics);
            var echo = resolve.Interfaces.First(i => i.Name == "echo");
            Functions = echo.Functions.Values.ToArray();
            var builder = new CanonicalTypeBuilder(new CanonicalLayout(resolve));
            Params = Functions.Select(f => builder.BuildTuple(CanonicalLayout.ParameterTypes(f))).ToArray();
            Results = Functions.Select(f => builder.BuildTuple(CanonicalLayout.ResultTypes(f))).ToArray();
            string driver = "using WitSharp.Runtime;\npublic static class Driver\n{\n" + string.Concat(Functions.Select(f =>
                "    public static void " + Pascal(f.Name) + "(object host, CallContext cx, CoreValue[] args, CoreValue[] results) => "
                + "global::T.Diff.Echo.EchoImportsBinding." + Pascal(f.Name) + "((global::T.Diff.Echo.IEcho)host, cx, args, results);\n")) + "}\n";
            // The bindings alone compile without a warning (nullable on); then with the driver into an assembly.
            Assert.Empty(BindingsCompiler.Compile(output.Sources));
            var assembly = BindingsCompiler.Load(output.Sources, driver);
            Driver = assembly.GetType("Driver")!;
            Binding = assembly.GetType("T.Diff.Echo.EchoExportsBinding")!;
            HostInterface = assembly.GetType("T.Diff.Echo.IEcho")!;
        }

        public WitFunction[] Functions { get; }
        public CanonicalType[] Params { get; }
        public CanonicalType[] Results { get; }
        public Type Driver { get; }
        public Type Binding { get; }
        public Type HostInterface { get; }
    }

    private static readonly Lazy<Fixture> s_fixture = new(() => new Fixture());

    /// <summary>Every function of the echo interface, with each guest string encoding.</summary>
    public static IEnumerable<object[]> Cases()
    {
        var functions = Types.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(": func(")).Select(l => l.Substring(0, l.IndexOf(':')));
        foreach (var encoding in new[] { StringEncoding.Utf8, StringEncoding.Utf16, StringEncoding.Latin1Utf16 })
        {
            foreach (var function in functions) yield return new object[] { function, encoding };
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GeneratedCodecsMatchTheDynamicPath(string function, StringEncoding encoding)
    {
        var f = s_fixture.Value;
        int index = Array.FindIndex(f.Functions, x => x.Name == function);
        // A stable seed per case (string.GetHashCode differs between processes): a failure reproduces.
        int seed = 12345 + (int)encoding;
        foreach (char c in function) seed = unchecked(seed * 31 + c);
        var random = new Random(seed);
        int rounds = encoding == StringEncoding.Utf8 ? Rounds : OtherEncodingRounds;
        for (int round = 0; round < rounds; round++)
        {
            var values = f.Params[index].Fields.Select(t => RandomWitValues.Next(random, t)).ToArray();
            string expected = Render(values, f.Params[index]);
            object?[] arguments = ImportRoundTrip(f, index, values, encoding);
            object? result = ExportCall(f, index, values, arguments, expected, encoding);
            if (f.Results[index].Fields.Count == 0) continue;
            // What the binding lifted from the guest's reply goes back in as the first argument: the same value.
            arguments[0] = result;
            var guest = Guest(f, encoding);
            guest.Reply = values[0];
            ExportMethod(f.Binding, Pascal(function)).Invoke(Bind(f, guest), arguments);
            Assert.Equal(WitValueText.Render(values[0], f.Params[index].Fields[0]), WitValueText.Render(guest.Lifted[0], f.Params[index].Fields[0]));
        }
    }

    // Guest → host: the dynamic path lowers, the generated import trampoline lifts, calls the echoing host, lowers back.
    private static object?[] ImportRoundTrip(Fixture f, int index, WitValue[] values, StringEncoding encoding)
    {
        var memory = new TestMemory(1 << 16);
        var cx = memory.Context(encoding);
        var args = CanonicalAbi.LowerFlatValues(cx, CanonicalLayout.MaxFlatParams, values, f.Params[index]).ToList();
        var resultType = f.Results[index];
        ulong? returnArea = null;
        if (resultType.Layout.Flat.Count > CanonicalLayout.MaxFlatResults)
        {
            returnArea = cx.Allocate(resultType.Layout.Alignment, (ulong)resultType.Layout.Size);
            args.Add(CoreValue.I32((uint)returnArea.Value));
        }
        var results = new CoreValue[returnArea is null && resultType.Fields.Count > 0 ? 1 : 0];
        var host = (EchoHost)DispatchProxy.Create(f.HostInterface, typeof(EchoHost));
        f.Driver.GetMethod(Pascal(f.Functions[index].Name))!.Invoke(null, new object[] { host, cx, args.ToArray(), results });
        if (resultType.Fields.Count > 0)
        {
            WitValue back;
            if (returnArea is { } area)
            {
                back = CanonicalAbi.Load(cx, resultType.Fields[0], area);
            }
            else
            {
                var reader = new FlatReader(results);
                back = CanonicalAbi.LiftFlatValues(cx, 1, ref reader, resultType)[0];
            }
            Assert.Equal(WitValueText.Render(values[0], resultType.Fields[0]), WitValueText.Render(back, resultType.Fields[0]));
        }
        return host.Arguments;
    }

    // Host → guest: the generated export binding lowers; flat values and memory must be the dynamic path's, byte for byte.
    private static object? ExportCall(Fixture f, int index, WitValue[] values, object?[] arguments, string expected, StringEncoding encoding)
    {
        var guest = Guest(f, encoding);
        if (f.Results[index].Fields.Count > 0) guest.Reply = values[0];
        object? result = ExportMethod(f.Binding, Pascal(f.Functions[index].Name)).Invoke(Bind(f, guest), arguments);
        Assert.Equal(expected, Render(guest.Lifted, f.Params[index]));
        var reference = new TestMemory(guest.Memory.Bytes.Length);
        var flat = CanonicalAbi.LowerFlatValues(reference.Context(encoding), CanonicalLayout.MaxFlatParams, values, f.Params[index]);
        Assert.Equal(flat, guest.Arguments);
        Assert.Equal(reference.Next, guest.NextAtCall);
        Assert.True(reference.Bytes.AsSpan().SequenceEqual(guest.MemoryAtCall), "guest memory differs from the dynamic path's");
        Assert.Equal(1, guest.PostReturns);
        return result;
    }

    private static DifferentialGuest Guest(Fixture f, StringEncoding encoding) => new(new TestMemory(1 << 16), f.Params, f.Results, encoding);

    private static object Bind(Fixture f, DifferentialGuest guest) =>
        Activator.CreateInstance(f.Binding, guest, guest.Context,
            (Func<string, int>)(name => Array.FindIndex(f.Functions, x => "t:diff/echo#" + x.Name == name)))!;

    private static string Render(WitValue[] values, CanonicalType tuple) =>
        string.Join(" | ", values.Select((v, i) => WitValueText.Render(v, tuple.Fields[i])));

    private static string Pascal(string kebab) => string.Concat(kebab.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));

    // The binding's method for a WIT function (not its IBufferWriter<byte> overload for byte-list results).
    private static System.Reflection.MethodInfo ExportMethod(System.Type binding, string name) =>
        System.Linq.Enumerable.Single(binding.GetMethods(), m => m.Name == name
            && !System.Linq.Enumerable.Any(m.GetParameters(), p => p.ParameterType == typeof(System.Buffers.IBufferWriter<byte>)));
}
