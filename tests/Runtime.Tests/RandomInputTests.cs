using System;
using WitSharp.Runtime.Resources;

namespace WitSharp.Runtime.Tests;

/// <summary>Random guest memory and flat values either lift or trap; nothing else may escape.</summary>
public sealed class RandomInputTests
{
    private static readonly TestTypes Types = new(
        "record everything { b: bool, c: char, s: string, l: list<u16>, o: option<s64>, f: f64 }\n" +
        "variant mixed { a(f32), b(u64), c(string), d }\n" +
        "flags few { x, y, z }\n" +
        "enum many { e0, e1, e2, e3, e4 }\n" +
        "type nested = list<list<string>>;\n" +
        "type fixed = list<tuple<char, result<u8, mixed>>, 3>;\n" +
        "type all = tuple<everything, mixed, few, many, nested, fixed, own<r>, borrow<s>>;\n");

    private static readonly string[] TypeNames = { "everything", "mixed", "few", "many", "nested", "fixed", "all" };

    private static ComponentInstanceState InstanceWithHandles()
    {
        var instance = new ComponentInstanceState();
        instance.LowerOwn(Types.Id("r"), 5);
        instance.LowerOwn(Types.Id("s"), 6);
        return instance;
    }

    // Mostly zero bytes and small numbers, so pointers, lengths, discriminants and chars are often valid and
    // lifting goes deep; the occasional random byte breaks a rule somewhere.
    private static void Scramble(Random random, byte[] bytes)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            int roll = random.Next(100);
            bytes[i] = roll < 80 ? (byte)0 : roll < 95 ? (byte)random.Next(1, 4) : (byte)random.Next(256);
        }
    }

    /// <summary>Lifts each test type 1000 times from scrambled memory; only success or a trap may come out.</summary>
    private static void LiftOrTrap(Random random, string what, Action<CanonicalType, CallContext> lift, StringEncoding encoding = StringEncoding.Utf8)
    {
        int trapped = 0;
        foreach (string name in TypeNames)
        {
            CanonicalType type = Types.Type(name);
            int lifted = 0;
            for (int round = 0; round < 1000; round++)
            {
                // Small memories keep nested lists (which may all point at the whole memory) cheap.
                var memory = new TestMemory(size: 512);
                Scramble(random, memory.Bytes);
                try
                {
                    lift(type, TestTypes.Context(memory, encoding, InstanceWithHandles()));
                    lifted++;
                }
                catch (CanonicalAbiTrapException)
                {
                    trapped++;
                }
            }
            Console.WriteLine($"{what} {encoding} {name}: {lifted} of 1000 lifted");
            // The whole tuple needs every part valid at once; the parts alone must sometimes succeed.
            if (name != "all") Assert.True(lifted > 0, name + " never lifted");
        }
        Assert.True(trapped > 0);
    }

    [Theory]
    [InlineData(StringEncoding.Utf8)]
    [InlineData(StringEncoding.Utf16)]
    [InlineData(StringEncoding.Latin1Utf16)]
    public void RandomMemoryLiftsOrTraps(StringEncoding encoding)
    {
        var random = new Random(1234 + (int)encoding);
        LiftOrTrap(random, "load", (type, cx) => CanonicalAbi.Load(cx, type, (ulong)random.Next(0, 512 - type.Layout.Size) & ~7UL), encoding);
    }

    [Fact]
    public void RandomFlatValuesLiftOrTrap()
    {
        var random = new Random(99);
        LiftOrTrap(random, "lift_flat", (type, cx) =>
        {
            var flat = new CoreValue[type.Layout.Flat.Count];
            for (int i = 0; i < flat.Length; i++)
            {
                ulong bits = random.Next(4) == 0 ? (ulong)random.NextInt64() : (ulong)random.Next(0, 3);
                flat[i] = new CoreValue(type.Layout.Flat[i], bits);
            }
            var reader = new FlatReader(flat);
            CanonicalAbi.LiftFlat(cx, ref reader, type);
            Assert.True(reader.AtEnd);
        });
    }
}
