using System;
using System.Reflection.Emit;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Compilation;

/// <summary>
/// On-stack replacement: a variant of a function's CIL that starts at one of its loop headers with the state an
/// interpreted activation left in its frame, so a hot loop in a function called once (say, <c>main</c>) moves to
/// the CIL tier while it runs. Its signature is the interpreter's <see cref="NativeFunctionCode"/>: it reads every
/// slot from the value stack at fp, jumps to the loop header, runs the rest of the call, and leaves the results in
/// slots 0..n-1 of that frame, where the interpreter's own <c>return</c> takes them.
/// </summary>
internal sealed partial class FunctionCompiler
{
    // The loop header this compilation enters at; -1 for the function's ordinary entry.
    private readonly int _loopEntry;

    /// <summary>
    /// Emits the loop-entry variant of function <paramref name="functionIndex"/> at <paramref name="loopHeader"/>
    /// (a <see cref="IsLoopHeader"/>) into <paramref name="il"/>, a method of <see cref="NativeFunctionCode"/>'s signature.
    /// </summary>
    public static void EmitLoopEntry(WasmModule module, int functionIndex, CompiledFunction cf, ILGenerator il, Func<int, DynamicMethod?> direct, int loopHeader) =>
        new FunctionCompiler(module, functionIndex, cf, il, direct, SlotUses.Find(module, functionIndex, cf), loopHeader).EmitBody();

    /// <summary>
    /// True when <paramref name="pc"/> starts an instruction that a backward branch targets (where the interpreter
    /// polls), and the code ends with a <c>return</c> instruction (where the interpreter resumes after the loop entry).
    /// </summary>
    public static bool IsLoopHeader(int[] code, int pc)
    {
        int last = -1;
        bool targeted = false;
        for (int at = 0; at < code.Length; last = at, at += Width(code, at))
        {
            if (targeted) continue;
            var op = (Op)code[at];
            if (op == Op.BrTable)
            {
                for (int k = 0; k <= code[at + 2]; k++) targeted |= code[at + 3 + k] == pc && pc <= at;
                continue;
            }
            OperandKind[] layout = OpLayout.Of(op)!;
            for (int k = 0; k < layout.Length; k++) targeted |= layout[k] == OperandKind.Target && code[at + 1 + k] == pc && pc <= at;
        }
        return targeted && last == code.Length - 1 && (Op)code[last] == Op.Return;
    }

    /// <summary>Loads every slot the code reads from the interpreted frame (raw bits to each type read), then jumps to the loop header.</summary>
    private void EnterLoop()
    {
        if (!_targets.TryGetValue(_loopEntry, out Label header))
            throw new InvalidOperationException($"internal error: {_loopEntry} is not a branch target of function {_functionIndex}");
        LoadArgument(ArgEs);
        _il.Emit(OpCodes.Call, ValuesGetter);
        _il.Emit(OpCodes.Stloc, _values);
        for (int slot = 0; slot < _cf.FrameSize; slot++)
        {
            if (IsConstant(slot)) continue;
            foreach (SlotType type in _uses.Types(slot))
            {
                LoadValueStackIndex(slot);
                _il.Emit(OpCodes.Ldelem_I8);
                SlotIl.EmitFromBits(_il, type);
                Store(slot, type);
            }
        }
        _il.Emit(OpCodes.Br, header);
    }

    /// <summary>Writes the results into slots 0..n-1 of the frame at fp as raw bits (the value stack may have moved) and returns.</summary>
    private void ReturnFromLoopEntry()
    {
        FuncType own = _module.FunctionTypes[_functionIndex];
        LoadArgument(ArgEs);
        _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.SampleIfRefilled)));
        LoadArgument(ArgEs);
        _il.Emit(OpCodes.Call, ValuesGetter);
        _il.Emit(OpCodes.Stloc, _values);
        for (int i = 0; i < own.Results.Length; i++)
        {
            SlotType type = SlotTypes.Of(own.Results[i]);
            LoadValueStackIndex(i);
            Load(i, type);
            SlotIl.EmitToBits(_il, type);
            _il.Emit(OpCodes.Stelem_I8);
        }
        _il.Emit(OpCodes.Ret);
    }
}
