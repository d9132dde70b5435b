using System;
using System.Runtime.CompilerServices;

namespace WitSharp.Engine.Execution;

/// <summary>Conversions between slot bits and floats, and the float rules .NET arithmetic does not give directly.</summary>
internal static class FloatBits
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float F32(ulong bits) => BitConverter.UInt32BitsToSingle((uint)bits);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double F64(ulong bits) => BitConverter.UInt64BitsToDouble(bits);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ulong Bits(float value) => BitConverter.SingleToUInt32Bits(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static ulong Bits(double value) => BitConverter.DoubleToUInt64Bits(value);

    // wasm min/max: NaN if either is NaN, and -0 < +0 (which IEEE comparison does not order).
    public static ulong MinF32(ulong a, ulong b)
    {
        float x = F32(a), y = F32(b);
        if (float.IsNaN(x) || float.IsNaN(y)) return Bits(x + y);
        if (x == y) return (a | b) & 0xFFFF_FFFFUL;
        return x < y ? a : b;
    }

    public static ulong MaxF32(ulong a, ulong b)
    {
        float x = F32(a), y = F32(b);
        if (float.IsNaN(x) || float.IsNaN(y)) return Bits(x + y);
        if (x == y) return a & b & 0xFFFF_FFFFUL;
        return x > y ? a : b;
    }

    public static ulong MinF64(ulong a, ulong b)
    {
        double x = F64(a), y = F64(b);
        if (double.IsNaN(x) || double.IsNaN(y)) return Bits(x + y);
        if (x == y) return a | b;
        return x < y ? a : b;
    }

    public static ulong MaxF64(ulong a, ulong b)
    {
        double x = F64(a), y = F64(b);
        if (double.IsNaN(x) || double.IsNaN(y)) return Bits(x + y);
        if (x == y) return a & b;
        return x > y ? a : b;
    }

    // ulong -> float/double must round once; halving keeps the sticky bit so the final rounding is exact.
    public static float U64ToF32(ulong v) => (long)v >= 0 ? (float)(long)v : (float)(long)((v >> 1) | (v & 1)) * 2f;

    public static double U64ToF64(ulong v) => (long)v >= 0 ? (double)(long)v : (double)(long)((v >> 1) | (v & 1)) * 2.0;
}
