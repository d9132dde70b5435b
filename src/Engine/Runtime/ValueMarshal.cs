using System;
using System.Runtime.CompilerServices;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

/// <summary>
/// Converts a CLR type to and from slot bits for the typed call paths: int/uint → i32, long/ulong → i64,
/// float → f32, double → f64. The <c>typeof</c> tests fold away when the JIT specialises for a value type.
/// </summary>
internal static class ValueMarshal<T>
{
    /// <summary>The wasm type of <typeparamref name="T"/>, or null when it has none.</summary>
    public static readonly ValType? Type =
        typeof(T) == typeof(int) || typeof(T) == typeof(uint) ? ValType.I32
        : typeof(T) == typeof(long) || typeof(T) == typeof(ulong) ? ValType.I64
        : typeof(T) == typeof(float) ? ValType.F32
        : typeof(T) == typeof(double) ? ValType.F64
        : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ToSlot(T value)
    {
        // Unsafe.As only views T as the very type the typeof test just matched: same size, no other memory touched.
        if (typeof(T) == typeof(int)) return (uint)Unsafe.As<T, int>(ref value);
        if (typeof(T) == typeof(uint)) return Unsafe.As<T, uint>(ref value);
        if (typeof(T) == typeof(long)) return (ulong)Unsafe.As<T, long>(ref value);
        if (typeof(T) == typeof(ulong)) return Unsafe.As<T, ulong>(ref value);
        if (typeof(T) == typeof(float)) return BitConverter.SingleToUInt32Bits(Unsafe.As<T, float>(ref value));
        if (typeof(T) == typeof(double)) return BitConverter.DoubleToUInt64Bits(Unsafe.As<T, double>(ref value));
        throw Unsupported();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T FromSlot(ulong bits)
    {
        // As in ToSlot: each Unsafe.As is an identity view after its typeof test.
        if (typeof(T) == typeof(int)) { int v = (int)bits; return Unsafe.As<int, T>(ref v); }
        if (typeof(T) == typeof(uint)) { uint v = (uint)bits; return Unsafe.As<uint, T>(ref v); }
        if (typeof(T) == typeof(long)) { long v = (long)bits; return Unsafe.As<long, T>(ref v); }
        if (typeof(T) == typeof(ulong)) return Unsafe.As<ulong, T>(ref bits);
        if (typeof(T) == typeof(float)) { float v = BitConverter.UInt32BitsToSingle((uint)bits); return Unsafe.As<float, T>(ref v); }
        if (typeof(T) == typeof(double)) { double v = BitConverter.UInt64BitsToDouble(bits); return Unsafe.As<double, T>(ref v); }
        throw Unsupported();
    }

    public static ValType Require() => Type ?? throw Unsupported();

    private static NotSupportedException Unsupported() =>
        new($"{typeof(T)} has no WebAssembly type; use int, uint, long, ulong, float or double (or the untyped API)");
}
