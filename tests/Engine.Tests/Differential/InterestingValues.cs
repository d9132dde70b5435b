using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Differential;

/// <summary>Constants that sit on the edges the instructions care about: signs, overflow bounds, NaNs, infinities, subnormals.</summary>
internal static class InterestingValues
{
    private static readonly uint[] I32 =
    {
        0, 1, 2, 3, 7, 8, 15, 16, 31, 32, 33, 63, 64, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFF, 0x10000,
        0x7FFFFFFF, 0x80000000, 0x80000001, 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFF80, 0xFFFF8000,
    };

    private static readonly ulong[] I64 =
    {
        0, 1, 2, 31, 32, 63, 64, 65, 0x7F, 0x80, 0xFF, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x100000000,
        0x7FFFFFFFFFFFFFFF, 0x8000000000000000, 0x8000000000000001, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFF80000000, 0xFFFFFFFF7FFFFFFF,
        // Integers whose conversion to f32 rounds wrongly when done through f64 (double rounding).
        0x0020000020000001, 0xFFDFFFFFDFFFFFFF, 0x7FFFFF4000000001, 0x8000008000000001, 0xFFFFFF4000000001,
    };

    private static readonly uint[] F32 =
    {
        0x00000000, 0x80000000, 0x7FC00000, 0xFFC00000, 0x7FA00000, 0x7F800001, 0xFFFFFFFF, 0x7F800000, 0xFF800000,
        0x00000001, 0x80000001, 0x00800000, 0x007FFFFF, 0x7F7FFFFF, 0xFF7FFFFF, 0x3F800000, 0xBF800000, 0x3FC00000,
        0x3F000000, 0xBF000000, 0x3F7FFFFF, 0xBF7FFFFF, 0x4F000000, 0xCF000000, 0x4EFFFFFF, 0xCF000001, 0x4F800000,
        0x4F7FFFFF, 0x5F000000, 0xDF000000, 0x5EFFFFFF, 0x5F800000, 0x5F7FFFFF, 0x40490FDB, 0x4B000000, 0x4B000001,
    };

    private static readonly ulong[] F64 =
    {
        0x0000000000000000, 0x8000000000000000, 0x7FF8000000000000, 0xFFF8000000000000, 0x7FF4000000000000,
        0x7FF0000000000001, 0xFFFFFFFFFFFFFFFF, 0x7FF0000000000000, 0xFFF0000000000000, 0x0000000000000001,
        0x8000000000000001, 0x0010000000000000, 0x000FFFFFFFFFFFFF, 0x7FEFFFFFFFFFFFFF, 0xFFEFFFFFFFFFFFFF,
        0x3FF0000000000000, 0xBFF0000000000000, 0x3FF8000000000000, 0x3FE0000000000000, 0xBFE0000000000000,
        0x3FEFFFFFFFFFFFFF, 0xBFEFFFFFFFFFFFFF, 0x41E0000000000000, 0xC1E0000000000000, 0x41DFFFFFFFC00000,
        0xC1E0000000200000, 0x41DFFFFFFFFFFFFF, 0xC1E00000001FFFFF, 0x41F0000000000000, 0x41EFFFFFFFFFFFFF,
        0x43E0000000000000, 0xC3E0000000000000, 0x43DFFFFFFFFFFFFF, 0x43F0000000000000, 0x43EFFFFFFFFFFFFF,
        0x400921FB54442D18, 0x4330000000000000, 0x4330000000000001, 0x47EFFFFFE0000000, 0x47EFFFFFF0000000,
        0x36A0000000000000, 0x3690000000000000,
    };

    /// <summary>Raw bits of a value of numeric type <paramref name="type"/>: mostly edges, sometimes random.</summary>
    public static ulong Next(FuzzRandom r, ValType type)
    {
        int mode = r.Next(10);
        // Signed zeros are where min, max, copysign and the conversions differ most easily: one value in ten.
        if (mode == 9 && type is ValType.F32 or ValType.F64) return r.Chance(50) ? 0UL : type == ValType.F32 ? 0x80000000UL : 0x8000000000000000UL;
        return type switch
        {
            ValType.I32 => mode < 6 ? r.Pick(I32) : mode < 8 ? (uint)r.Range(-300, 300) : (uint)r.NextU64(),
            ValType.I64 => mode < 6 ? r.Pick(I64) : mode < 8 ? (ulong)(long)r.Range(-300, 300) : r.NextU64(),
            ValType.F32 => mode < 6 ? r.Pick(F32)
                : mode < 8 ? System.BitConverter.SingleToUInt32Bits(r.Range(-70000, 70000) / (float)(1 << r.Next(4)))
                : (uint)r.NextU64(),
            ValType.F64 => mode < 6 ? r.Pick(F64)
                : mode < 8 ? System.BitConverter.DoubleToUInt64Bits(r.Range(-70000, 70000) / (double)(1 << r.Next(4)))
                : r.NextU64(),
            _ => 0,
        };
    }
}
