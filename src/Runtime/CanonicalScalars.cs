using System;

namespace WitSharp.Runtime
{
    /// <summary>
    /// Lifting and lowering of scalar flat values, for generated code's fast paths: no allocation, no boxing.
    /// Lifting applies the spec's run-time rules (bool normalisation, narrow-integer wrapping, char validation,
    /// NaN canonicalisation); lowering produces the core bits.
    /// </summary>
    public static class CanonicalScalars
    {
        /// <summary><c>bool</c> from an <c>i32</c>: any non-zero value is true.</summary>
        public static bool LiftBool(uint value) => value != 0;

        /// <summary><c>u8</c> from an <c>i32</c>, keeping the low 8 bits.</summary>
        public static byte LiftU8(uint value) => (byte)value;

        /// <summary><c>s8</c> from an <c>i32</c>, keeping the low 8 bits.</summary>
        public static sbyte LiftS8(uint value) => (sbyte)value;

        /// <summary><c>u16</c> from an <c>i32</c>, keeping the low 16 bits.</summary>
        public static ushort LiftU16(uint value) => (ushort)value;

        /// <summary><c>s16</c> from an <c>i32</c>, keeping the low 16 bits.</summary>
        public static short LiftS16(uint value) => (short)value;

        /// <summary><c>f32</c> from its bits; any NaN becomes the canonical NaN.</summary>
        public static float LiftF32(uint bits) => BitConverter.UInt32BitsToSingle(FloatCanon.Canonicalize32(bits));

        /// <summary><c>f64</c> from its bits; any NaN becomes the canonical NaN.</summary>
        public static double LiftF64(ulong bits) => BitConverter.UInt64BitsToDouble(FloatCanon.Canonicalize64(bits));

        /// <summary><c>f32</c> to its bits, with NaNs canonicalised (the deterministic profile).</summary>
        public static uint LowerF32(float value) => FloatCanon.Canonicalize32(BitConverter.SingleToUInt32Bits(value));

        /// <summary><c>f64</c> to its bits, with NaNs canonicalised (the deterministic profile).</summary>
        public static ulong LowerF64(double value) => FloatCanon.Canonicalize64(BitConverter.DoubleToUInt64Bits(value));

        /// <summary><c>char</c> from an <c>i32</c>; traps on surrogates and values past U+10FFFF.</summary>
        public static int LiftChar(uint value)
        {
            if (value >= 0x110000 || (value >= 0xD800 && value <= 0xDFFF))
            {
                throw new CanonicalAbiTrapException("0x" + value.ToString("x") + " is not a Unicode scalar value");
            }
            return (int)value;
        }

        /// <summary>A case index from an <c>i32</c> discriminant; traps when it is not below <paramref name="caseCount"/>.</summary>
        public static int LiftDiscriminant(ulong value, int caseCount)
        {
            if (value >= (ulong)caseCount)
            {
                throw new CanonicalAbiTrapException("discriminant " + value + " is out of range for a type with " + caseCount + " cases");
            }
            return (int)value;
        }

        /// <summary><c>flags</c> from an <c>i32</c>: bits at or above <paramref name="count"/> are ignored.</summary>
        public static uint LiftFlags(uint bits, int count) => count >= 32 ? bits : bits & ((1u << count) - 1);
    }
}
