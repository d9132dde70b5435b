using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// C# expressions that lower a scalar WIT value to one flat core value and lift it back, through the
    /// <c>WitSharp.Runtime</c> helpers (float canonicalisation, <c>char</c> validation, bool/narrow-int lifting).
    /// </summary>
    internal static class ScalarCoding
    {
        private const string Core = "global::WitSharp.Runtime.CoreValue.";
        private const string Scalars = "global::WitSharp.Runtime.CanonicalScalars.";

        /// <summary>An expression making a <c>CoreValue</c> from the C# value <paramref name="value"/>.</summary>
        public static string Lower(WitTypeKind kind, string value) => kind switch
        {
            WitTypeKind.Bool => Core + "I32(" + value + " ? 1u : 0u)",
            WitTypeKind.U8 or WitTypeKind.U16 or WitTypeKind.U32 => Core + "I32(" + value + ")",
            // Signed values are sign-extended to 32 bits, as the Canonical ABI's lower_flat does.
            WitTypeKind.S8 or WitTypeKind.S16 or WitTypeKind.S32 => Core + "I32(unchecked((uint)(int)" + value + "))",
            WitTypeKind.U64 => Core + "I64(" + value + ")",
            WitTypeKind.S64 => Core + "I64(unchecked((ulong)" + value + "))",
            WitTypeKind.F32 => Core + "F32(" + Scalars + "LowerF32(" + value + "))",
            WitTypeKind.F64 => Core + "F64(" + Scalars + "LowerF64(" + value + "))",
            _ => Core + "I32((uint)" + value + ".Value)", // char: a Rune is always a Unicode scalar value
        };

        /// <summary>An expression lifting the C# value from the <c>CoreValue</c> <paramref name="flat"/>.</summary>
        public static string Lift(WitTypeKind kind, string flat) => kind switch
        {
            WitTypeKind.Bool => Scalars + "LiftBool((uint)" + flat + ".Bits)",
            WitTypeKind.U8 => Scalars + "LiftU8((uint)" + flat + ".Bits)",
            WitTypeKind.S8 => Scalars + "LiftS8((uint)" + flat + ".Bits)",
            WitTypeKind.U16 => Scalars + "LiftU16((uint)" + flat + ".Bits)",
            WitTypeKind.S16 => Scalars + "LiftS16((uint)" + flat + ".Bits)",
            WitTypeKind.U32 => "unchecked((uint)" + flat + ".Bits)",
            WitTypeKind.S32 => "unchecked((int)(uint)" + flat + ".Bits)",
            WitTypeKind.U64 => flat + ".Bits",
            WitTypeKind.S64 => "unchecked((long)" + flat + ".Bits)",
            WitTypeKind.F32 => Scalars + "LiftF32((uint)" + flat + ".Bits)",
            WitTypeKind.F64 => Scalars + "LiftF64(" + flat + ".Bits)",
            _ => "new global::System.Text.Rune(" + Scalars + "LiftChar((uint)" + flat + ".Bits))",
        };
    }
}
