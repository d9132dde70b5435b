using System;
using System.Collections.Generic;
using System.Text;
using WitSharp.Runtime;

namespace WitSharp.Generator.Tests.Differential;

/// <summary>
/// Seeded random values of a <see cref="CanonicalType"/> in the dynamic runtime's representation: full integer
/// ranges, floats with NaNs and infinities, chars from every plane, strings mixing ASCII, Latin-1, BMP and astral
/// text, short lists (pair lists, as maps are, with distinct keys), every case of variants, options and results, any flags mask.
/// </summary>
public static class RandomWitValues
{
    private static readonly string[] Pieces = { "a", "Z", "0", " ", "é", "ß", "ÿ", "Ω", "€", "中", "😀", "𝄞", "\u0000", "\u007f", "~" };

    /// <summary>A random value of <paramref name="type"/>.</summary>
    public static WitValue Next(Random random, CanonicalType type)
    {
        switch (type.Kind)
        {
            case CanonicalTypeKind.Bool: return WitValue.Bool(random.Next(2) == 1);
            case CanonicalTypeKind.S8: return WitValue.Signed((sbyte)random.Next());
            case CanonicalTypeKind.U8: return WitValue.Unsigned((byte)random.Next());
            case CanonicalTypeKind.S16: return WitValue.Signed((short)random.Next());
            case CanonicalTypeKind.U16: return WitValue.Unsigned((ushort)random.Next());
            case CanonicalTypeKind.S32: return WitValue.Signed(Edge(random, (int)Bits(random), int.MinValue, int.MaxValue));
            case CanonicalTypeKind.U32: return WitValue.Unsigned(Edge(random, (uint)Bits(random), 0u, uint.MaxValue));
            case CanonicalTypeKind.S64: return WitValue.Signed(Edge(random, (long)Bits(random), long.MinValue, long.MaxValue));
            case CanonicalTypeKind.U64: return WitValue.Unsigned(Edge(random, Bits(random), 0UL, ulong.MaxValue));
            case CanonicalTypeKind.F32:
                return WitValue.F32Bits(random.Next(6) switch
                {
                    0 => 0x7fc00001u, // a non-canonical NaN
                    1 => BitConverter.SingleToUInt32Bits(float.NegativeInfinity),
                    2 => 0x80000000u,
                    _ => BitConverter.SingleToUInt32Bits((float)((random.NextDouble() - 0.5) * 1e6)),
                });
            case CanonicalTypeKind.F64:
                return WitValue.F64Bits(random.Next(6) switch
                {
                    0 => 0xfff8000000000123UL,
                    1 => BitConverter.DoubleToUInt64Bits(double.PositiveInfinity),
                    2 => BitConverter.DoubleToUInt64Bits(double.Epsilon),
                    _ => BitConverter.DoubleToUInt64Bits((random.NextDouble() - 0.5) * 1e12),
                });
            case CanonicalTypeKind.Char: return WitValue.Char(Char(random));
            // Host-sourced, as generated bindings store a host's strings (one exact allocation), so the dynamic path
                // the differential compares with makes the same realloc calls.
                case CanonicalTypeKind.String: return WitValue.String(Text(random), StringSourceEncoding.Host);
            case CanonicalTypeKind.List:
                var list = Items(random, type.Element!, random.Next(5));
                return type.Element!.Kind == CanonicalTypeKind.Tuple && type.Element.Fields.Count == 2 ? DistinctKeys(list, type.Element) : list;
            case CanonicalTypeKind.FixedList: return Items(random, type.Element!, type.FixedLength);
            case CanonicalTypeKind.Record:
            case CanonicalTypeKind.Tuple:
            {
                var fields = new WitValue[type.Fields.Count];
                for (int i = 0; i < fields.Length; i++) fields[i] = Next(random, type.Fields[i]);
                return WitValue.Sequence(fields);
            }
            case CanonicalTypeKind.Flags:
            {
                int count = type.Labels.Count;
                uint mask = count >= 32 ? uint.MaxValue : (1u << count) - 1;
                return WitValue.Flags((uint)random.NextInt64() & mask);
            }
            case CanonicalTypeKind.Variant:
            case CanonicalTypeKind.Enum:
            case CanonicalTypeKind.Option:
            case CanonicalTypeKind.Result:
            {
                int index = random.Next(type.Cases.Count);
                return type.Cases[index] is { } payload ? WitValue.Variant(index, Next(random, payload)) : WitValue.Variant(index);
            }
            default:
                throw new NotSupportedException("no random values of " + type.Kind);
        }
    }

    private static WitValue Items(Random random, CanonicalType element, int count)
    {
        var items = new WitValue[count];
        for (int i = 0; i < count; i++) items[i] = Next(random, element);
        return WitValue.Sequence(items);
    }

    // A map is a list of (key, value) tuples to the dynamic path; C# dictionaries hold each key once, so pair lists
    // keep the first pair of each key and round-trip unchanged. (Lists of pairs lose nothing a list test needs.)
    private static WitValue DistinctKeys(WitValue list, CanonicalType pair)
    {
        var seen = new HashSet<string>();
        var items = new List<WitValue>();
        foreach (var item in list.Items)
        {
            if (seen.Add(WitValueText.Render(item.Items[0], pair.Fields[0]))) items.Add(item);
        }
        return WitValue.Sequence(items.ToArray());
    }

    private static ulong Bits(Random random) => (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);

    // Extremes come up often enough to matter.
    private static T Edge<T>(Random random, T value, T min, T max) => random.Next(8) switch { 0 => min, 1 => max, _ => value };

    private static int Char(Random random) => random.Next(4) switch
    {
        0 => random.Next(0x80),
        1 => random.Next(0x80, 0xD800),
        2 => random.Next(0xE000, 0x10000),
        _ => random.Next(0x10000, 0x110000),
    };

    private static string Text(Random random)
    {
        var sb = new StringBuilder();
        int count = random.Next(4) == 0 ? 0 : random.Next(1, 12);
        for (int i = 0; i < count; i++) sb.Append(Pieces[random.Next(Pieces.Length)]);
        return sb.ToString();
    }
}
