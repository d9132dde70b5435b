using System;
using System.Globalization;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime
{
    /// <summary>One flat core value: its core type and its raw bits (integers unsigned, floats as IEEE bit patterns).</summary>
    public readonly struct CoreValue : IEquatable<CoreValue>
    {
        /// <summary>Creates a value of <paramref name="type"/> with <paramref name="bits"/>; i32 and f32 keep only the low 32 bits.</summary>
        public CoreValue(CoreValueType type, ulong bits)
        {
            Type = type;
            Bits = type == CoreValueType.I32 || type == CoreValueType.F32 ? (uint)bits : bits;
        }

        /// <summary>The core type.</summary>
        public CoreValueType Type { get; }

        /// <summary>The raw bits.</summary>
        public ulong Bits { get; }

        /// <summary>An <c>i32</c>.</summary>
        public static CoreValue I32(uint value) => new CoreValue(CoreValueType.I32, value);

        /// <summary>An <c>i64</c>.</summary>
        public static CoreValue I64(ulong value) => new CoreValue(CoreValueType.I64, value);

        /// <summary>An <c>f32</c> from its bit pattern.</summary>
        public static CoreValue F32(uint bits) => new CoreValue(CoreValueType.F32, bits);

        /// <summary>An <c>f64</c> from its bit pattern.</summary>
        public static CoreValue F64(ulong bits) => new CoreValue(CoreValueType.F64, bits);

        /// <inheritdoc />
        public bool Equals(CoreValue other) => Type == other.Type && Bits == other.Bits;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is CoreValue v && Equals(v);

        /// <inheritdoc />
        public override int GetHashCode() => HashCode.Combine(Type, Bits);

        /// <summary><c>i32:5</c>, <c>f64:0x…</c>: integers unsigned decimal, floats as hex bits.</summary>
        public override string ToString() => Type switch
        {
            CoreValueType.F32 => "f32:0x" + Bits.ToString("x8", CultureInfo.InvariantCulture),
            CoreValueType.F64 => "f64:0x" + Bits.ToString("x16", CultureInfo.InvariantCulture),
            _ => Type.Name() + ":" + Bits.ToString(CultureInfo.InvariantCulture),
        };
    }
}
