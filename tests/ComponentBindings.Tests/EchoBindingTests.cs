using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Runtime.Bindings;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;
using Witsharp.Echo.V0_1_0.EchoWorld;

namespace WitSharp.ComponentBindings.Tests;

/// <summary>
/// Every WIT value type through generated bindings on a real component (tests/corpus/components/echo): each typed
/// export passes its argument to the guest, which hands it to the host's typed import and returns what the host gave
/// back. Values are generated from a fixed seed; the host records each value it received, so both directions are checked.
/// </summary>
public sealed class EchoBindingTests
{
    private const int Rounds = 150;

    // The host echoes every value and remembers the last one, so the test sees what crossed into the host.
    private sealed class EchoHost : IImports
    {
        public object? Last;
        public int Calls;

        private T Echo<T>(T v)
        {
            Calls++;
            Last = v;
            return v;
        }

        public bool HostEchoBool(bool v) => Echo(v);
        public sbyte HostEchoS8(sbyte v) => Echo(v);
        public byte HostEchoU8(byte v) => Echo(v);
        public short HostEchoS16(short v) => Echo(v);
        public ushort HostEchoU16(ushort v) => Echo(v);
        public int HostEchoS32(int v) => Echo(v);
        public uint HostEchoU32(uint v) => Echo(v);
        public long HostEchoS64(long v) => Echo(v);
        public ulong HostEchoU64(ulong v) => Echo(v);
        public float HostEchoF32(float v) => Echo(v);
        public double HostEchoF64(double v) => Echo(v);
        public Rune HostEchoChar(Rune v) => Echo(v);
        public string HostEchoString(string v) => Echo(v);
        public byte[] HostEchoBytes(byte[] v) => Echo(v);
        public string[] HostEchoStrings(string[] v) => Echo(v);
        public Point HostEchoPoint(Point v) => Echo(v);
        public Mixed HostEchoMixed(Mixed v) => Echo(v);
        public (ushort, string) HostEchoPair((ushort, string) v) => Echo(v);
        public Shape HostEchoShape(Shape v) => Echo(v);
        public Color HostEchoColor(Color v) => Echo(v);
        public Perms HostEchoPerms(Perms v) => Echo(v);
        public uint? HostEchoMaybe(uint? v) => Echo(v);
        public Result<string, byte> HostEchoOutcome(Result<string, byte> v) => Echo(v);
        public Point?[] HostEchoNested(Point?[] v) => Echo(v);

        public (ulong, string, double) HostEchoMany(byte a, sbyte b, ushort c, short d, uint e, int f, ulong g, long h, float i, double j,
            Rune k, bool l, string m, uint n, uint o, uint p, ulong q) =>
            Echo((g + q + a + c + e + n + o + p, m + k + (l ? "!" : "?"), j + i + b + d + f + h));
    }

    private static Echo Instantiate(string engine, EchoHost host)
    {
        byte[] bytes = ComponentCorpus.RequireBytes("echo");
        CoreEngine core = TestEngines.Create(engine);
        var linker = new ComponentLinker(core);
        Echo.AddToLinker(linker, host);
        return Echo.Instantiate(linker, Component.FromBytes(core, bytes));
    }

    // Asserts the export returned the value and the host received it.
    private static void RoundTrip<T>(EchoHost host, T value, Func<T, T> export, Func<T, T, bool>? equal = null)
    {
        equal ??= (a, b) => EqualityComparer<T>.Default.Equals(a, b);
        int before = host.Calls;
        T back = export(value);
        Assert.Equal(before + 1, host.Calls); // each export calls its host import exactly once
        Assert.True(equal(value, back), $"{typeof(T).Name}: sent '{value}', got '{back}'");
        // A null option arrives as null, which no type pattern matches.
        bool seenSame = host.Last is T seen ? equal(value, seen) : host.Last is null && value is null;
        Assert.True(seenSame, $"{typeof(T).Name}: sent '{value}', the host saw '{host.Last}' ({host.Last?.GetType().Name ?? "null"})");
    }

    [SkippableTheory, EachEngine]
    public void Every_value_type_crosses_both_ways_unchanged(string engine)
    {
        var host = new EchoHost();
        using Echo echo = Instantiate(engine, host);
        var random = new Random(20261204);
        var sequence = (Func<byte[], byte[], bool>)((a, b) => a.SequenceEqual(b));
        for (int round = 0; round < Rounds; round++)
        {
            RoundTrip(host, random.Next(2) == 1, echo.EchoBool);
            RoundTrip(host, (sbyte)random.Next(), echo.EchoS8);
            RoundTrip(host, (byte)random.Next(), echo.EchoU8);
            RoundTrip(host, (short)random.Next(), echo.EchoS16);
            RoundTrip(host, (ushort)random.Next(), echo.EchoU16);
            RoundTrip(host, random.Next(int.MinValue, int.MaxValue), echo.EchoS32);
            RoundTrip(host, (uint)random.NextInt64(0, 1L << 32), echo.EchoU32);
            RoundTrip(host, random.NextInt64(long.MinValue, long.MaxValue), echo.EchoS64);
            RoundTrip(host, (ulong)random.NextInt64() * 2 + 1, echo.EchoU64);
            RoundTrip(host, (float)(random.NextDouble() * 1e6 - 5e5), echo.EchoF32);
            RoundTrip(host, random.NextDouble() * 1e300, echo.EchoF64);
            RoundTrip(host, RandomRune(random), echo.EchoChar);
            RoundTrip(host, RandomString(random), echo.EchoString);
            RoundTrip(host, RandomBytes(random), echo.EchoBytes, sequence);
            string[] strings = Enumerable.Range(0, random.Next(5)).Select(_ => RandomString(random)).ToArray();
            RoundTrip(host, strings, echo.EchoStrings, (a, b) => a.SequenceEqual(b));
            var point = new Point(random.Next(int.MinValue, int.MaxValue), random.Next());
            RoundTrip(host, point, echo.EchoPoint);
            var mixed = new Mixed(random.Next(2) == 0, (byte)random.Next(), random.NextInt64(), random.NextDouble(), RandomString(random), strings);
            RoundTrip(host, mixed, echo.EchoMixed, (a, b) => a with { Tags = b.Tags } == b && a.Tags.SequenceEqual(b.Tags));
            RoundTrip(host, ((ushort)random.Next(), RandomString(random)), echo.EchoPair);
            Shape shape = (random.Next(4)) switch
            {
                0 => new Shape.None(),
                1 => new Shape.Circle((float)random.NextDouble()),
                2 => new Shape.Square(point),
                _ => new Shape.Named(RandomString(random)),
            };
            RoundTrip(host, shape, echo.EchoShape);
            RoundTrip(host, (Color)random.Next(8), echo.EchoColor);
            RoundTrip(host, (Perms)random.Next(1 << 9), echo.EchoPerms);
            RoundTrip(host, random.Next(2) == 0 ? null : (uint?)random.Next(), echo.EchoMaybe);
            var outcome = random.Next(2) == 0 ? Result<string, byte>.Ok(RandomString(random)) : Result<string, byte>.Err((byte)random.Next());
            RoundTrip(host, outcome, echo.EchoOutcome);
            Point?[] nested = Enumerable.Range(0, random.Next(4)).Select(i => i % 2 == 0 ? (Point?)new Point(i, -i) : null).ToArray();
            RoundTrip(host, nested, echo.EchoNested, (a, b) => a.SequenceEqual(b));
        }
        Assert.Equal(Rounds * 24, host.Calls);
        Assert.False(echo.Instance.HasTrapped);
    }

    [SkippableTheory, EachEngine]
    public void More_than_sixteen_parameters_and_several_results_pass_through_memory(string engine)
    {
        var host = new EchoHost();
        using Echo echo = Instantiate(engine, host);

        var (sum, text, total) = echo.EchoMany(1, -2, 3, -4, 5, -6, 7, -8, 9.5f, 10.25, new Rune('k'), true, "thirteen", 14, 15, 16, 17);

        Assert.Equal(1UL + 3 + 5 + 7 + 14 + 15 + 16 + 17, sum);
        Assert.Equal("thirteenk!", text);
        Assert.Equal(10.25 + 9.5 - 2 - 4 - 6 - 8, total);
        Assert.Equal(1, host.Calls);
    }

    private static Rune RandomRune(Random random)
    {
        while (true)
        {
            int value = random.Next(4) == 0 ? random.Next(0x10000, 0x110000) : random.Next(0x20, 0x800);
            if (Rune.IsValid(value)) return new Rune(value);
        }
    }

    private static string RandomString(Random random)
    {
        var text = new StringBuilder();
        int length = random.Next(12);
        for (int i = 0; i < length; i++) text.Append(RandomRune(random).ToString());
        return text.ToString();
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(40)];
        random.NextBytes(bytes);
        return bytes;
    }
}
