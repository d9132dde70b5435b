using WitSharp.Engine.Binary;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Validation;

/// <summary>
/// Operand and result types of the instructions whose typing is fixed (numeric operators, conversions,
/// saturating truncations) and of memory accesses, as lookup tables indexed by opcode byte.
/// </summary>
internal static class OperatorTypes
{
    /// <summary>A fixed signature: up to two operands (<c>0</c> = none) and one result.</summary>
    public readonly record struct Signature(ValType First, ValType Second, ValType Result)
    {
        public int Arity => First == 0 ? 0 : Second == 0 ? 1 : 2;
    }

    private static readonly Signature[] s_simple = BuildSimple();
    private static readonly Signature[] s_saturating =
    {
        new(ValType.F32, 0, ValType.I32), new(ValType.F32, 0, ValType.I32),
        new(ValType.F64, 0, ValType.I32), new(ValType.F64, 0, ValType.I32),
        new(ValType.F32, 0, ValType.I64), new(ValType.F32, 0, ValType.I64),
        new(ValType.F64, 0, ValType.I64), new(ValType.F64, 0, ValType.I64),
    };

    /// <summary>The signature of a numeric opcode in 0x45–0xC4.</summary>
    public static Signature Simple(byte opcode) => s_simple[opcode];

    /// <summary>The signature of a saturating truncation (0xFC 0–7).</summary>
    public static Signature Saturating(int sub) => s_saturating[sub];

    /// <summary>For a load or store opcode (0x28–0x3E): the value type and the natural alignment exponent.</summary>
    public static (ValType Type, uint MaxAlignment) MemoryAccess(Opcode op) => op switch
    {
        Opcode.I32Load or Opcode.I32Store => (ValType.I32, 2),
        Opcode.I64Load or Opcode.I64Store => (ValType.I64, 3),
        Opcode.F32Load or Opcode.F32Store => (ValType.F32, 2),
        Opcode.F64Load or Opcode.F64Store => (ValType.F64, 3),
        Opcode.I32Load8S or Opcode.I32Load8U or Opcode.I32Store8 => (ValType.I32, 0),
        Opcode.I32Load16S or Opcode.I32Load16U or Opcode.I32Store16 => (ValType.I32, 1),
        Opcode.I64Load8S or Opcode.I64Load8U or Opcode.I64Store8 => (ValType.I64, 0),
        Opcode.I64Load16S or Opcode.I64Load16U or Opcode.I64Store16 => (ValType.I64, 1),
        _ => (ValType.I64, 2), // i64.load32_s/u, i64.store32
    };

    private static Signature[] BuildSimple()
    {
        var t = new Signature[256];
        void Range(int from, int to, ValType a, ValType b, ValType r)
        {
            for (int i = from; i <= to; i++) t[i] = new Signature(a, b, r);
        }
        const ValType I32 = ValType.I32, I64 = ValType.I64, F32 = ValType.F32, F64 = ValType.F64, None = 0;
        Range(0x45, 0x45, I32, None, I32);
        Range(0x46, 0x4F, I32, I32, I32);
        Range(0x50, 0x50, I64, None, I32);
        Range(0x51, 0x5A, I64, I64, I32);
        Range(0x5B, 0x60, F32, F32, I32);
        Range(0x61, 0x66, F64, F64, I32);
        Range(0x67, 0x69, I32, None, I32);
        Range(0x6A, 0x78, I32, I32, I32);
        Range(0x79, 0x7B, I64, None, I64);
        Range(0x7C, 0x8A, I64, I64, I64);
        Range(0x8B, 0x91, F32, None, F32);
        Range(0x92, 0x98, F32, F32, F32);
        Range(0x99, 0x9F, F64, None, F64);
        Range(0xA0, 0xA6, F64, F64, F64);
        Range(0xA7, 0xA7, I64, None, I32);
        Range(0xA8, 0xA9, F32, None, I32);
        Range(0xAA, 0xAB, F64, None, I32);
        Range(0xAC, 0xAD, I32, None, I64);
        Range(0xAE, 0xAF, F32, None, I64);
        Range(0xB0, 0xB1, F64, None, I64);
        Range(0xB2, 0xB3, I32, None, F32);
        Range(0xB4, 0xB5, I64, None, F32);
        Range(0xB6, 0xB6, F64, None, F32);
        Range(0xB7, 0xB8, I32, None, F64);
        Range(0xB9, 0xBA, I64, None, F64);
        Range(0xBB, 0xBB, F32, None, F64);
        Range(0xBC, 0xBC, F32, None, I32);
        Range(0xBD, 0xBD, F64, None, I64);
        Range(0xBE, 0xBE, I32, None, F32);
        Range(0xBF, 0xBF, I64, None, F64);
        Range(0xC0, 0xC1, I32, None, I32);
        Range(0xC2, 0xC4, I64, None, I64);
        return t;
    }
}
