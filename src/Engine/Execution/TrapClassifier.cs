using static WitSharp.Engine.Execution.FloatBits;
using static WitSharp.Engine.Execution.Interpreter;

namespace WitSharp.Engine.Execution;

/// <summary>Says which trap a straight-line instruction raises, after the fast loop stopped at it.</summary>
internal static class TrapClassifier
{
    public static TrapKind Classify(ref ulong fr, ref int c0, int pc)
    {
        var op = (Op)A(ref c0, pc, 0);
        switch (op)
        {
            case >= Op.I32Load and <= Op.I64Store32:
            case Op.I32LoadAdd or Op.I64LoadAdd or Op.I32Load8UAdd:
                return TrapKind.MemoryOutOfBounds;
            case Op.I32DivS:
                return (uint)S(ref fr, ref c0, pc, 3) == 0 ? TrapKind.IntegerDivideByZero : TrapKind.IntegerOverflow;
            case Op.I64DivS:
                return S(ref fr, ref c0, pc, 3) == 0 ? TrapKind.IntegerDivideByZero : TrapKind.IntegerOverflow;
            case Op.I32DivU or Op.I32RemS or Op.I32RemU or Op.I64DivU or Op.I64RemS or Op.I64RemU:
                return TrapKind.IntegerDivideByZero;
            case Op.I32TruncF32S: return Truncation.ToI32S(F32(S(ref fr, ref c0, pc, 2)), out _);
            case Op.I32TruncF32U: return Truncation.ToI32U(F32(S(ref fr, ref c0, pc, 2)), out _);
            case Op.I32TruncF64S: return Truncation.ToI32S(F64(S(ref fr, ref c0, pc, 2)), out _);
            case Op.I32TruncF64U: return Truncation.ToI32U(F64(S(ref fr, ref c0, pc, 2)), out _);
            case Op.I64TruncF32S: return Truncation.ToI64S(F32(S(ref fr, ref c0, pc, 2)), out _);
            case Op.I64TruncF32U: return Truncation.ToI64U(F32(S(ref fr, ref c0, pc, 2)), out _);
            case Op.I64TruncF64S: return Truncation.ToI64S(F64(S(ref fr, ref c0, pc, 2)), out _);
            case Op.I64TruncF64U: return Truncation.ToI64U(F64(S(ref fr, ref c0, pc, 2)), out _);
            case Op.Unreachable:
                return TrapKind.Unreachable;
            default:
                throw new System.InvalidOperationException($"internal error: IR opcode {op} at {pc} has no handler");
        }
    }
}
