using System;

namespace WitSharp.Engine.Execution;

/// <summary>
/// The operand layout of every <see cref="Op"/> as data: which words follow the opcode and what each is. The
/// translator emits exactly these words and the interpreter steps over exactly these widths (a test checks every
/// Op has a layout); <see cref="TranslationVerifier"/> uses them to check every translated function.
/// </summary>
internal static class OpLayout
{
    private static readonly OperandKind[]?[] Layouts = Build();

    /// <summary>The operands of <paramref name="op"/>, or null when it is not an opcode of the IR.</summary>
    public static OperandKind[]? Of(Op op) => (uint)op < (uint)Layouts.Length ? Layouts[(int)op] : null;

    /// <summary>True for instructions that access linear memory (the module must have one).</summary>
    public static bool UsesMemory(Op op) =>
        (op >= Op.I32Load && op <= Op.MemoryGrow) || op == Op.MemoryInit || op == Op.MemoryCopy || op == Op.MemoryFill
        || op == Op.I32LoadAdd || op == Op.I64LoadAdd || op == Op.I32Load8UAdd;

    /// <summary>True for instructions after which execution never falls through to the next word.</summary>
    public static bool EndsFlow(Op op) => op is Op.Br or Op.BrTable or Op.Return or Op.Unreachable;

    private static OperandKind[]?[] Build()
    {
        const OperandKind S = OperandKind.Slot, T = OperandKind.Target;
        int size = 0;
        foreach (Op op in Enum.GetValues<Op>()) size = Math.Max(size, (int)op + 1);
        var table = new OperandKind[]?[size];
        void Set(Op op, params OperandKind[] operands) => table[(int)op] = operands;
        OperandKind[] s2 = { S, S }, s3 = { S, S, S };

        for (Op op = Op.I32Load; op <= Op.I64Store32; op++) Set(op, S, S, OperandKind.MemoryOffset);
        Set(Op.MemorySize, S);
        Set(Op.MemoryGrow, s2);
        for (int code = 0x45; code <= 0xC4; code++) table[code] = IsUnaryNumeric(code) ? s2 : s3;
        for (Op op = Op.I32TruncSatF32S; op <= Op.I64TruncSatF64U; op++) Set(op, s2);

        Set(Op.Unreachable);
        Set(Op.Br, T);
        Set(Op.BrIfNez, S, T);
        Set(Op.BrIfEqz, S, T);
        Set(Op.BrTable, S, OperandKind.TargetCount);
        Set(Op.Return);
        Set(Op.Call, OperandKind.Function, OperandKind.CallBase);
        Set(Op.CallIndirect, OperandKind.Type, OperandKind.Table, S, OperandKind.CallBase);
        Set(Op.Select, S, S, S, S);
        Set(Op.Copy, s2);
        Set(Op.GlobalGet, S, OperandKind.Global);
        Set(Op.GlobalSet, S, OperandKind.Global);
        Set(Op.RefFunc, S, OperandKind.Function);
        Set(Op.MemoryInit, S, S, S, OperandKind.Data);
        Set(Op.DataDrop, OperandKind.Data);
        Set(Op.MemoryCopy, s3);
        Set(Op.MemoryFill, s3);
        Set(Op.TableGet, S, S, OperandKind.Table);
        Set(Op.TableSet, S, S, OperandKind.Table);
        Set(Op.TableSize, S, OperandKind.Table);
        Set(Op.TableGrow, S, S, S, OperandKind.Table);
        Set(Op.TableFill, S, S, S, OperandKind.Table);
        Set(Op.TableCopy, S, S, S, OperandKind.Table, OperandKind.Table);
        Set(Op.TableInit, S, S, S, OperandKind.Table, OperandKind.Element);
        Set(Op.ElemDrop, OperandKind.Element);
        for (Op op = Op.BrIfI32Eq; op <= Op.BrIfI64GeU; op++) Set(op, S, S, T);
        Set(Op.BrIfI64Eqz, S, T);
        Set(Op.BrIfI64Nez, S, T);
        Set(Op.I32LoadAdd, S, S, S, OperandKind.MemoryOffset);
        Set(Op.I64LoadAdd, S, S, S, OperandKind.MemoryOffset);
        Set(Op.I32Load8UAdd, S, S, S, OperandKind.MemoryOffset);
        return table;
    }

    // The numeric opcodes with one operand (test, count, unary float, conversions, sign extension).
    private static bool IsUnaryNumeric(int code) =>
        code == 0x45 || code == 0x50 || (code >= 0x67 && code <= 0x69) || (code >= 0x79 && code <= 0x7B)
        || (code >= 0x8B && code <= 0x91) || (code >= 0x99 && code <= 0x9F) || code >= 0xA7;
}
