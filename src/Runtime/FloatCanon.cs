namespace WitSharp.Runtime
{
    /// <summary>NaN canonicalisation: lifting always yields the canonical NaN, and lowering does too (the deterministic profile).</summary>
    internal static class FloatCanon
    {
        public const uint CanonicalNan32 = 0x7fc00000;
        public const ulong CanonicalNan64 = 0x7ff8000000000000;

        public static uint Canonicalize32(uint bits) => (bits & 0x7f800000) == 0x7f800000 && (bits & 0x007fffff) != 0 ? CanonicalNan32 : bits;

        public static ulong Canonicalize64(ulong bits) =>
            (bits & 0x7ff0000000000000) == 0x7ff0000000000000 && (bits & 0x000fffffffffffff) != 0 ? CanonicalNan64 : bits;
    }
}
