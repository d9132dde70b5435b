using System;
using System.Collections.Generic;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Execution;

/// <summary>
/// Checks a translated function before it can run: the invariants that make the interpreter's unchecked
/// accesses safe for every module that validates. Every operand is checked against its <see cref="OpLayout"/>
/// kind: slots lie in the frame, branch targets land on instruction starts in the code, each call's arguments
/// and results lie in the caller's frame, and function, type, table, global, data and element indices are in
/// range for the module (so for every instance of it). The frame's own layout is checked too, and that code
/// never runs off its end. One linear pass at translation time; nothing is added to execution.
/// </summary>
internal static class TranslationVerifier
{
    /// <summary>Throws <see cref="TranslationInvariantException"/> when <paramref name="f"/> breaks an invariant.</summary>
    public static void Verify(ModuleDefinition module, int functionIndex, CompiledFunction f)
    {
        FuncType type = module.GetFunctionType((uint)functionIndex);
        int frame = f.FrameSize;
        void Fail(int pc, string violation) => throw new TranslationInvariantException(functionIndex, pc, violation);

        if (f.ParameterCount != type.Parameters.Length || f.ResultCount != type.Results.Length)
            Fail(-1, $"signature ({f.ParameterCount} -> {f.ResultCount}) differs from the function type ({type.Parameters.Length} -> {type.Results.Length})");
        if (f.ParameterCount > f.LocalSlotCount || f.LocalSlotCount > f.ConstantBase || (long)f.ConstantBase + f.Constants.Length > frame
            || f.ResultCount > frame)
            Fail(-1, $"frame layout (parameters {f.ParameterCount}, locals to {f.LocalSlotCount}, constants {f.ConstantBase}+{f.Constants.Length}, results {f.ResultCount}) does not fit frame size {frame}");

        int[] code = f.Code;
        var starts = new bool[code.Length];
        var targets = new List<(int Pc, int Target)>();
        int pc = 0;
        Op last = Op.Return;
        if (code.Length == 0) Fail(0, "empty code");
        while (pc < code.Length)
        {
            var op = (Op)code[pc];
            OperandKind[]? layout = OpLayout.Of(op);
            if (layout is null) Fail(pc, $"opcode {code[pc]} has no operand layout");
            if (OpLayout.UsesMemory(op) && module.AllMemories.Length == 0) Fail(pc, $"{op} without a memory");
            int width = 1 + layout!.Length;
            if (pc + width > code.Length) Fail(pc, $"{op} runs past the end of the code");
            starts[pc] = true;
            for (int k = 0; k < layout.Length; k++)
            {
                int at = pc + 1 + k, value = code[at];
                switch (layout[k])
                {
                    case OperandKind.Slot:
                        if ((uint)value >= (uint)frame) Fail(pc, $"{op} operand {k + 1}: slot {value} outside the frame of {frame} slots");
                        break;
                    case OperandKind.Target:
                        targets.Add((pc, value));
                        break;
                    case OperandKind.TargetCount:
                        if (value < 0 || (long)at + 1 + value + 1 > code.Length) Fail(pc, $"{op}: {value} labels run past the end of the code");
                        for (int i = 0; i <= value; i++) targets.Add((pc, code[at + 1 + i]));
                        width += value + 1;
                        break;
                    case OperandKind.MemoryOffset:
                        break;
                    case OperandKind.Function: InRange(pc, op, "function", value, module.FunctionTypeIndices.Length); break;
                    case OperandKind.Type: InRange(pc, op, "type", value, module.Types.Length); break;
                    case OperandKind.Table: InRange(pc, op, "table", value, module.AllTables.Length); break;
                    case OperandKind.Global: InRange(pc, op, "global", value, module.AllGlobals.Length); break;
                    case OperandKind.Data: InRange(pc, op, "data segment", value, module.Datas.Length); break;
                    case OperandKind.Element: InRange(pc, op, "element segment", value, module.Elements.Length); break;
                    case OperandKind.CallBase:
                    {
                        FuncType callee = op == Op.Call ? module.GetFunctionType((uint)code[pc + 1]) : module.Types[code[pc + 1]];
                        long end = (long)value + Math.Max(callee.Parameters.Length, callee.Results.Length);
                        if (value < 0 || value >= frame || end > frame)
                            Fail(pc, $"{op}: arguments and results at slots {value}..{end} outside the frame of {frame} slots");
                        break;
                    }
                }
            }
            last = op;
            pc += width;
        }
        if (!OpLayout.EndsFlow(last)) Fail(code.Length, $"the code ends with {last}, which falls through past the end");
        foreach ((int from, int target) in targets)
        {
            if ((uint)target >= (uint)code.Length || !starts[target]) Fail(from, $"branch target {target} is not an instruction start");
        }

        void InRange(int at, Op op, string what, int value, int count)
        {
            if ((uint)value >= (uint)count) Fail(at, $"{op}: {what} {value} out of range (the module has {count})");
        }
    }
}
