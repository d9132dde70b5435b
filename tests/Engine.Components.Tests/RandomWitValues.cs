using System;
using System.Collections.Generic;
using System.Text;
using WitSharp.Runtime;

namespace WitSharp.Engine.Components.Tests;

/// <summary>Random values of any <see cref="CanonicalType"/> (without handles), with edge cases weighted in, and a structural equality.</summary>
internal sealed class RandomWitValues(int seed)
{
    private readonly Random _random = new(seed);

    public WitValue Next(CanonicalType type, int depth = 0)
    {
        switch (type.Kind)
        {
            case CanonicalTypeKind.Bool: return WitValue.Bool(_random.Next(2) == 1);
            case CanonicalTypeKind.S8: return WitValue.Signed((sbyte)Bits());
            case CanonicalTypeKind.U8: return WitValue.Unsigned((byte)Bits());
            case CanonicalTypeKind.S16: return WitValue.Signed((short)Bits());
            case CanonicalTypeKind.U16: return WitValue.Unsigned((ushort)Bits());
            case CanonicalTypeKind.S32: return WitValue.Signed((int)Bits());
            case CanonicalTypeKind.U32: return WitValue.Unsigned((uint)Bits());
            case CanonicalTypeKind.S64: return WitValue.Signed((long)Bits());
            case CanonicalTypeKind.U64: return WitValue.Unsigned(Bits());
            // NaNs are left out: the Canonical ABI may canonicalise their payloads.
            case CanonicalTypeKind.F32: return WitValue.F32((float)(_random.NextDouble() * 2e6 - 1e6));
            case CanonicalTypeKind.F64: return WitValue.F64(_random.Next(4) == 0 ? -0.0 : _random.NextDouble() * 2e12 - 1e12);
            case CanonicalTypeKind.Char: return WitValue.Char(Scalar());
            case CanonicalTypeKind.String: return WitValue.String(Text());
            case CanonicalTypeKind.List:
            {
                var items = new List<WitValue>();
                int count = depth > 2 ? 0 : _random.Next(5);
                for (int i = 0; i < count; i++) items.Add(Next(type.Element!, depth + 1));
                return WitValue.Sequence(items);
            }
            case CanonicalTypeKind.FixedList:
            {
                var items = new List<WitValue>();
                for (int i = 0; i < type.FixedLength; i++) items.Add(Next(type.Element!, depth + 1));
                return WitValue.Sequence(items);
            }
            case CanonicalTypeKind.Record:
            case CanonicalTypeKind.Tuple:
            {
                var items = new List<WitValue>();
                foreach (CanonicalType field in type.Fields) items.Add(Next(field, depth + 1));
                return WitValue.Sequence(items);
            }
            case CanonicalTypeKind.Flags:
                return WitValue.Flags((uint)Bits() & (type.Labels.Count >= 32 ? uint.MaxValue : (1u << type.Labels.Count) - 1));
            default:
            {
                int index = _random.Next(type.Cases.Count);
                return WitValue.Variant(index, type.Cases[index] is CanonicalType payload ? Next(payload, depth + 1) : null);
            }
        }
    }

    private ulong Bits() => _random.Next(6) switch
    {
        0 => 0,
        1 => ulong.MaxValue,
        2 => 1UL << 63,
        3 => (ulong)_random.Next(256),
        _ => (ulong)_random.NextInt64() ^ ((ulong)_random.Next() << 33),
    };

    private int Scalar() => _random.Next(4) switch
    {
        0 => _random.Next(0x20, 0x7f),
        1 => _random.Next(0x80, 0x800),
        2 => _random.Next(0xe000, 0x10000),
        _ => _random.Next(0x10000, 0x110000),
    };

    public string Text()
    {
        var text = new StringBuilder();
        int length = _random.Next(12);
        for (int i = 0; i < length; i++) text.Append(char.ConvertFromUtf32(Scalar()));
        return text.ToString();
    }

    /// <summary>Structural equality of two values of <paramref name="type"/>.</summary>
    public static bool Same(CanonicalType type, WitValue a, WitValue b)
    {
        switch (type.Kind)
        {
            case CanonicalTypeKind.String: return a.Text == b.Text;
            case CanonicalTypeKind.List:
            case CanonicalTypeKind.FixedList:
                if (a.Items.Count != b.Items.Count) return false;
                for (int i = 0; i < a.Items.Count; i++) if (!Same(type.Element!, a.Items[i], b.Items[i])) return false;
                return true;
            case CanonicalTypeKind.Record:
            case CanonicalTypeKind.Tuple:
                for (int i = 0; i < type.Fields.Count; i++) if (!Same(type.Fields[i], a.Items[i], b.Items[i])) return false;
                return true;
            case CanonicalTypeKind.Variant:
            case CanonicalTypeKind.Enum:
            case CanonicalTypeKind.Option:
            case CanonicalTypeKind.Result:
                if (a.Case != b.Case) return false;
                return type.Cases[a.Case] is not CanonicalType payload || Same(payload, a.Payload!, b.Payload!);
            case CanonicalTypeKind.S8: return (sbyte)a.Bits == (sbyte)b.Bits;
            case CanonicalTypeKind.S16: return (short)a.Bits == (short)b.Bits;
            case CanonicalTypeKind.S32: return (int)a.Bits == (int)b.Bits;
            case CanonicalTypeKind.U8: return (byte)a.Bits == (byte)b.Bits;
            case CanonicalTypeKind.U16: return (ushort)a.Bits == (ushort)b.Bits;
            case CanonicalTypeKind.U32:
            case CanonicalTypeKind.F32:
            case CanonicalTypeKind.Char:
            case CanonicalTypeKind.Flags:
                return (uint)a.Bits == (uint)b.Bits;
            case CanonicalTypeKind.Bool: return a.AsBool == b.AsBool;
            default: return a.Bits == b.Bits;
        }
    }
}
