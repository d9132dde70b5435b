using System;
using System.Text;
using WitSharp.Runtime;

namespace WitSharp.Components.Corpus.Tests.Values;

/// <summary>
/// Random <see cref="WitValue"/>s of any <see cref="CanonicalType"/> from a seed, leaning on edge cases: integer limits,
/// signed zeros, infinities and NaN, empty and astral-plane strings, empty lists, every case of a variant.
/// </summary>
public sealed class ValueGenerator
{
    private static readonly string[] Samples = { "", "a", "ascii text", "Grüße", "ÿþ", "世界", "🌍 emoji", "\0nul", "tab\tand\nnewline" };
    private readonly Random _random;

    /// <summary>A generator whose sequence is fixed by <paramref name="seed"/>.</summary>
    public ValueGenerator(int seed) => _random = new Random(seed);

    /// <summary>A value of <paramref name="type"/>; lists and strings stay short.</summary>
    public WitValue Next(CanonicalType type, int depth = 0)
    {
        switch (type.Kind)
        {
            case CanonicalTypeKind.Bool: return WitValue.Bool(_random.Next(2) == 1);
            case CanonicalTypeKind.S8: return WitValue.Signed(Signed(8));
            case CanonicalTypeKind.S16: return WitValue.Signed(Signed(16));
            case CanonicalTypeKind.S32: return WitValue.Signed(Signed(32));
            case CanonicalTypeKind.S64: return WitValue.Signed(Signed(64));
            case CanonicalTypeKind.U8: return WitValue.Unsigned(Unsigned(8));
            case CanonicalTypeKind.U16: return WitValue.Unsigned(Unsigned(16));
            case CanonicalTypeKind.U32: return WitValue.Unsigned(Unsigned(32));
            case CanonicalTypeKind.U64: return WitValue.Unsigned(Unsigned(64));
            case CanonicalTypeKind.F32: return WitValue.F32((float)Double());
            case CanonicalTypeKind.F64: return WitValue.F64(Double());
            case CanonicalTypeKind.Char: return WitValue.Char(Scalar());
            case CanonicalTypeKind.String: return WitValue.String(String());
            case CanonicalTypeKind.List:
                {
                    int count = depth > 2 ? 0 : _random.Next(type.Element!.Kind == CanonicalTypeKind.U8 ? 40 : 5);
                    var items = new WitValue[count];
                    for (int i = 0; i < count; i++) items[i] = Next(type.Element!, depth + 1);
                    return WitValue.Sequence(items);
                }
            case CanonicalTypeKind.FixedList:
                {
                    var items = new WitValue[type.FixedLength];
                    for (int i = 0; i < items.Length; i++) items[i] = Next(type.Element!, depth + 1);
                    return WitValue.Sequence(items);
                }
            case CanonicalTypeKind.Record:
            case CanonicalTypeKind.Tuple:
                {
                    var fields = new WitValue[type.Fields.Count];
                    for (int i = 0; i < fields.Length; i++) fields[i] = Next(type.Fields[i], depth + 1);
                    return WitValue.Sequence(fields);
                }
            case CanonicalTypeKind.Variant:
            case CanonicalTypeKind.Enum:
            case CanonicalTypeKind.Option:
            case CanonicalTypeKind.Result:
                {
                    int index = _random.Next(type.Cases.Count);
                    CanonicalType? payload = type.Cases[index];
                    return WitValue.Variant(index, payload is null ? null : Next(payload, depth + 1));
                }
            case CanonicalTypeKind.Flags:
                {
                    ulong mask = ((ulong)(uint)_random.Next() << 1) ^ (uint)_random.Next(2);
                    ulong all = type.Labels.Count >= 32 ? uint.MaxValue : (1UL << type.Labels.Count) - 1;
                    return WitValue.Flags((uint)(mask & all));
                }
            default:
                throw new NotSupportedException($"cannot generate {type.Kind} values (handles belong to an instance)");
        }
    }

    private long Signed(int bits)
    {
        long min = bits == 64 ? long.MinValue : -(1L << (bits - 1));
        long max = bits == 64 ? long.MaxValue : (1L << (bits - 1)) - 1;
        return _random.Next(8) switch
        {
            0 => min,
            1 => max,
            2 => 0,
            3 => -1,
            _ => Math.Clamp(_random.NextInt64(long.MinValue, long.MaxValue) >> (64 - bits), min, max),
        };
    }

    private ulong Unsigned(int bits)
    {
        ulong max = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        return _random.Next(6) switch
        {
            0 => 0,
            1 => max,
            _ => (ulong)_random.NextInt64() * 2 + (ulong)_random.Next(2) & max,
        };
    }

    private double Double() => _random.Next(12) switch
    {
        0 => 0.0,
        1 => -0.0,
        2 => double.PositiveInfinity,
        3 => double.NegativeInfinity,
        4 => double.NaN,
        5 => double.Epsilon,
        6 => _random.Next(-1000, 1000) / 8.0,
        _ => BitConverter.Int64BitsToDouble(_random.NextInt64()) is double d && double.IsFinite(d) ? d : 1.0,
    };

    // A Unicode scalar value: ASCII, Latin-1, the rest of the BMP without surrogates, or an astral plane.
    private int Scalar() => _random.Next(4) switch
    {
        0 => _random.Next(0x20, 0x7F),
        1 => _random.Next(0x80, 0x100),
        2 => _random.Next(2) == 0 ? _random.Next(0x100, 0xD800) : _random.Next(0xE000, 0x10000),
        _ => _random.Next(0x10000, 0x110000),
    };

    private string String()
    {
        if (_random.Next(3) == 0) return Samples[_random.Next(Samples.Length)];
        var text = new StringBuilder();
        int length = _random.Next(12);
        bool latin1Only = _random.Next(2) == 0;
        for (int i = 0; i < length; i++)
        {
            int scalar = latin1Only ? _random.Next(0x20, 0x100) : Scalar();
            text.Append(char.ConvertFromUtf32(scalar));
        }
        return text.ToString();
    }
}
