using System;
using System.Globalization;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

/// <summary>A typed WebAssembly value: a number (kept as raw bits, so NaN payloads survive) or a reference.</summary>
public readonly struct WasmValue : IEquatable<WasmValue>
{
    private WasmValue(ValType type, ulong bits, object? reference)
    {
        Type = type;
        Bits = bits;
        Reference = reference;
    }

    /// <summary>The value's type.</summary>
    public ValType Type { get; }

    /// <summary>The raw bits of a number (i32 and f32 in the low 32 bits); 0 for references.</summary>
    public ulong Bits { get; }

    /// <summary>The referenced <see cref="WasmFunction"/> (funcref) or host object (externref), or null.</summary>
    public object? Reference { get; }

    /// <summary>True for a null reference.</summary>
    public bool IsNull => (Type == ValType.FuncRef || Type == ValType.ExternRef) && Reference is null;

    /// <summary>An i32.</summary>
    public static WasmValue I32(int value) => new(ValType.I32, (uint)value, null);

    /// <summary>An i64.</summary>
    public static WasmValue I64(long value) => new(ValType.I64, (ulong)value, null);

    /// <summary>An f32.</summary>
    public static WasmValue F32(float value) => new(ValType.F32, BitConverter.SingleToUInt32Bits(value), null);

    /// <summary>An f64.</summary>
    public static WasmValue F64(double value) => new(ValType.F64, BitConverter.DoubleToUInt64Bits(value), null);

    /// <summary>A funcref (null allowed).</summary>
    public static WasmValue FuncRef(WasmFunction? function) => new(ValType.FuncRef, 0, function);

    /// <summary>An externref holding any host object (null allowed).</summary>
    public static WasmValue ExternRef(object? value) => new(ValType.ExternRef, 0, value);

    /// <summary>A number of <paramref name="type"/> from raw bits.</summary>
    public static WasmValue FromBits(ValType type, ulong bits) => type switch
    {
        ValType.I32 or ValType.F32 => new(type, bits & 0xFFFF_FFFFUL, null),
        ValType.I64 or ValType.F64 => new(type, bits, null),
        ValType.FuncRef or ValType.ExternRef => new(type, 0, null),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unsupported value type"),
    };

    /// <summary>The zero value (or null reference) of a type.</summary>
    public static WasmValue Default(ValType type) => FromBits(type, 0);

    /// <summary>The i32 value.</summary>
    public int AsI32() => (int)Bits;

    /// <summary>The i64 value.</summary>
    public long AsI64() => (long)Bits;

    /// <summary>The f32 value.</summary>
    public float AsF32() => BitConverter.UInt32BitsToSingle((uint)Bits);

    /// <summary>The f64 value.</summary>
    public double AsF64() => BitConverter.UInt64BitsToDouble(Bits);

    /// <summary>The function of a funcref, or null.</summary>
    public WasmFunction? AsFunction() => Reference as WasmFunction;

    /// <inheritdoc/>
    public bool Equals(WasmValue other) => Type == other.Type && Bits == other.Bits && ReferenceEquals(Reference, other.Reference);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WasmValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, Bits, Reference);

    /// <inheritdoc/>
    public override string ToString() => Type switch
    {
        ValType.I32 => "i32:" + AsI32().ToString(CultureInfo.InvariantCulture),
        ValType.I64 => "i64:" + AsI64().ToString(CultureInfo.InvariantCulture),
        ValType.F32 => "f32:" + AsF32().ToString("R", CultureInfo.InvariantCulture),
        ValType.F64 => "f64:" + AsF64().ToString("R", CultureInfo.InvariantCulture),
        ValType.FuncRef => Reference is null ? "funcref:null" : "funcref:" + Reference,
        ValType.ExternRef => Reference is null ? "externref:null" : "externref:" + Reference,
        _ => Type.ToString(),
    };
}
