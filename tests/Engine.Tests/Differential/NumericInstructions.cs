using System.Collections.Generic;
using System.Linq;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Differential;

/// <summary>
/// One numeric instruction: its encoding, operand types and result type. <see cref="MayMakeNaN"/> marks the float
/// arithmetic whose NaN results the spec leaves nondeterministic (any arithmetic NaN); the generator canonicalises
/// those so that NaN bits never reach memory or an integer and both engines must agree bit for bit.
/// </summary>
internal sealed record NumericInstruction(byte[] Code, ValType[] Operands, ValType Result, bool MayMakeNaN);

/// <summary>Every non-SIMD numeric instruction of WebAssembly 2.0 (tests, comparisons, arithmetic, conversions, sign extension, saturating truncation).</summary>
internal static class NumericInstructions
{
    private const ValType I32 = ValType.I32, I64 = ValType.I64, F32 = ValType.F32, F64 = ValType.F64;

    public static IReadOnlyList<NumericInstruction> All { get; } = Build();

    private static readonly Dictionary<ValType, NumericInstruction[]> ByResultType =
        All.GroupBy(i => i.Result).ToDictionary(g => g.Key, g => g.ToArray());

    public static IReadOnlyList<NumericInstruction> Producing(ValType type) => ByResultType[type];

    private static List<NumericInstruction> Build()
    {
        var list = new List<NumericInstruction>();
        void Range(int first, int last, ValType[] operands, ValType result, bool nan = false)
        {
            for (int op = first; op <= last; op++) list.Add(new NumericInstruction(new[] { (byte)op }, operands, result, nan));
        }
        void One(int op, ValType operand, ValType result, bool nan = false) => Range(op, op, new[] { operand }, result, nan);

        One(0x45, I32, I32);
        Range(0x46, 0x4F, new[] { I32, I32 }, I32);
        One(0x50, I64, I32);
        Range(0x51, 0x5A, new[] { I64, I64 }, I32);
        Range(0x5B, 0x60, new[] { F32, F32 }, I32);
        Range(0x61, 0x66, new[] { F64, F64 }, I32);
        Range(0x67, 0x69, new[] { I32 }, I32);
        Range(0x6A, 0x78, new[] { I32, I32 }, I32);
        Range(0x79, 0x7B, new[] { I64 }, I64);
        Range(0x7C, 0x8A, new[] { I64, I64 }, I64);
        Range(0x8B, 0x8C, new[] { F32 }, F32);
        Range(0x8D, 0x91, new[] { F32 }, F32, nan: true);
        Range(0x92, 0x97, new[] { F32, F32 }, F32, nan: true);
        Range(0x98, 0x98, new[] { F32, F32 }, F32);
        Range(0x99, 0x9A, new[] { F64 }, F64);
        Range(0x9B, 0x9F, new[] { F64 }, F64, nan: true);
        Range(0xA0, 0xA5, new[] { F64, F64 }, F64, nan: true);
        Range(0xA6, 0xA6, new[] { F64, F64 }, F64);
        One(0xA7, I64, I32);
        One(0xA8, F32, I32); One(0xA9, F32, I32); One(0xAA, F64, I32); One(0xAB, F64, I32);
        One(0xAC, I32, I64); One(0xAD, I32, I64);
        One(0xAE, F32, I64); One(0xAF, F32, I64); One(0xB0, F64, I64); One(0xB1, F64, I64);
        One(0xB2, I32, F32); One(0xB3, I32, F32); One(0xB4, I64, F32); One(0xB5, I64, F32);
        One(0xB6, F64, F32, nan: true);
        One(0xB7, I32, F64); One(0xB8, I32, F64); One(0xB9, I64, F64); One(0xBA, I64, F64);
        One(0xBB, F32, F64, nan: true);
        One(0xBC, F32, I32); One(0xBD, F64, I64); One(0xBE, I32, F32); One(0xBF, I64, F64);
        Range(0xC0, 0xC1, new[] { I32 }, I32);
        Range(0xC2, 0xC4, new[] { I64 }, I64);
        ValType[] satFrom = { F32, F32, F64, F64, F32, F32, F64, F64 };
        for (int sub = 0; sub < 8; sub++)
        {
            list.Add(new NumericInstruction(new byte[] { 0xFC, (byte)sub }, new[] { satFrom[sub] }, sub < 4 ? I32 : I64, false));
        }
        return list;
    }
}
