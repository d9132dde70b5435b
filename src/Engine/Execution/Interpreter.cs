using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WitSharp.Engine.Execution;

/// <summary>
/// Runs register IR: a call-free inner loop (<c>RunStraight</c>, one <c>switch</c> over dense opcodes) inside an
/// outer loop that handles calls, returns, globals, bulk operations, fuel and traps. Wasm calls push
/// <see cref="CallFrame"/>s instead of recursing. Operands are frame-slot offsets relative to the frame pointer.
/// </summary>
internal static partial class Interpreter
{
    // The accessors below are the interpreter's only unchecked reads and writes. Why each stays in bounds for
    // every module that validates is said on it; the Checked build (-p:WitSharpChecked=true) also checks each
    // at run time through CheckedAccess, whose calls the normal build compiles away.

    /// <summary>Operand word k of the instruction at pc. In bounds: TranslationVerifier checked that every instruction's operands lie in the code and every pc the interpreter reaches is an instruction start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int A(ref int c0, int pc, int k)
    {
        CheckedAccess.Code(ref c0, pc + k);
        return Unsafe.Add(ref c0, pc + k);
    }

    /// <summary>The frame slot operand k names. In bounds: the verifier checked every slot operand is below FrameSize, and a frame is entered only after EnsureValues made room for FrameSize slots.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref ulong S(ref ulong fr, ref int c0, int pc, int k)
    {
        CheckedAccess.Slot(ref fr, ref c0, pc + k);
        return ref Unsafe.Add(ref fr, Unsafe.Add(ref c0, pc + k));
    }

    /// <summary>Linear memory at ea. In bounds: every caller compares ea + width with mem.Length (the memory's visible size, never its capacity) first and traps instead.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref byte At(Span<byte> mem, ulong ea, int width = 1)
    {
        CheckedAccess.Memory(mem, ea, width);
        return ref Unsafe.Add(ref MemoryMarshal.GetReference(mem), (nint)ea);
    }

    /// <summary>The frame at fp. In bounds: every fp comes from a call whose EnsureValues (or the fast call's length test) made room for the callee's FrameSize; the verifier checked each call's argument base lies in the caller's frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref ulong FrameAt(ulong[] stack, int fp)
    {
        CheckedAccess.Frame(stack, fp, 0);
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(stack), fp);
    }

    /// <summary>
    /// Calls a function's native-tier code from the interpreter; frames above the arguments are its own. The calling
    /// function's frame is pushed meanwhile, so a trap in the native code names it in its wasm stack trace.
    /// </summary>
    private static bool RunNative(ExecutionStack es, WasmFunction caller, int callerFp, WasmFunction callee, NativeFunctionCode native, int fp, long budget)
    {
        if (!es.TryPush(new CallFrame(caller, 0, callerFp))) return false;
        int top = es.Top, depth = es.Depth;
        es.Top = fp + Math.Max(callee.ParameterCount, callee.ResultCount);
        es.Budget = budget;
        try
        {
            native(es, callee.Instance!, fp);
        }
        finally
        {
            es.Top = top;
        }
        es.Depth = depth - 1;
        return true;
    }

    /// <summary>
    /// At a refill (a sample of where the time goes, which the tiered CIL compiler counts per function): runs the rest
    /// of the activation in its loop-entry CIL if the function has one by now. Out of line, so the interpreter's entry,
    /// which every host→wasm call runs, stays as small as before on-stack replacement existed.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryRunLoopEntry(ExecutionStack es, Compilation.CilModule tier, WasmFunction func, CompiledFunction cf, int pc, int fp, ref long budget)
    {
        tier.Sample(func);
        if (tier.LoopEntry(func, pc) is not NativeFunctionCode loop) return false;
        RunLoopEntry(es, func, cf, loop, fp, budget);
        budget = es.Budget;
        return true;
    }

    /// <summary>Runs the rest of an interpreted activation in its loop-entry CIL (the CIL pushes the function's own frame).</summary>
    private static void RunLoopEntry(ExecutionStack es, WasmFunction func, CompiledFunction cf, NativeFunctionCode loop, int fp, long budget)
    {
        int top = es.Top;
        es.Top = fp + cf.FrameSize;
        es.Budget = budget;
        try
        {
            loop(es, func.Instance!, fp);
        }
        finally
        {
            es.Top = top;
        }
    }

    /// <summary>
    /// Runs the wasm-defined function <paramref name="entry"/>; its arguments are in the value stack at
    /// <paramref name="entryFp"/> and its results are left there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(ExecutionStack es, WasmFunction entry, int entryFp)
    {
        int baseDepth = es.Depth;
        WasmFunction func = entry;
        WasmInstance inst = entry.Instance!;
        CompiledFunction cf = entry.GetCompiled();
        if (cf.Native is NativeFunctionCode native)
        {
            // Charged as the interpreted entry below is, so fuel counts the same in every tier.
            if (--es.Budget < 0 && (es.Budget = es.Refill()) < 0)
            {
                TrapKind kind = (TrapKind)(-es.Budget);
                es.Budget = 0;
                throw TrapBuilder.Create(es, kind, null, func, baseDepth);
            }
            native(es, inst, entryFp);
            return;
        }
        TrapKind trap = TrapKind.None;
        Exception? hostException = null;
        long budget = es.Budget;
        int fp = entryFp, pc = 0;
        // The length test inline: the stack seldom grows, so a call from the host usually makes no call here.
        if (fp + cf.FrameSize > es.Values.Length && !es.EnsureValues(fp + cf.FrameSize))
            throw TrapBuilder.Create(es, TrapKind.CallStackExhausted, null, func, baseDepth);
        ulong[] stack = es.Values;
        cf.InitializeFrame(stack, fp);
        int[] code = cf.Code;
        // c0 and fr (here and wherever they are reassigned) are array starts, never read directly: only through
        // the accessors above.
        ref int c0 = ref MemoryMarshal.GetArrayDataReference(code);
        ref ulong fr = ref FrameAt(stack, fp);
        CheckedAccess.Enter(cf, stack, fp);
        WasmFunction callee;
        int newFp, returnPc;
        if (--budget < 0 && (budget = es.Refill()) < 0) throw TrapBuilder.Create(es, (TrapKind)(-budget), null, func, baseDepth);

        while (true)
        {
            var activation = new Activation(func, fp);
            // The memory's visible bytes, taken afresh for each run of the straight-line loop rather than kept in a
            // local of Run: a local would be spilled and reloaded around the calls below on every host->wasm call.
            pc = RunStraight(ref c0, pc, ref fr, inst.MemorySpan, ref budget, es, inst, ref activation, baseDepth);
            if (!ReferenceEquals(activation.Function, func) || activation.Fp != fp)
            {
                // The straight-line loop made same-instance calls or returns: follow it to the current frame.
                func = activation.Function; fp = activation.Fp;
                cf = func.Compiled!; code = cf.Code; c0 = ref MemoryMarshal.GetArrayDataReference(code);
                stack = es.Values; fr = ref FrameAt(stack, fp);
                CheckedAccess.Enter(cf, stack, fp);
            }
            if (budget < 0)
            {
                // A loop iteration used up the budget: check fuel and interruption, then go on at the loop header.
                if ((budget = es.Refill()) < 0) { trap = (TrapKind)(-budget); goto Trap; }
                // A refill is a sample of where the time goes: the tiered CIL compiler counts them per function.
                // Once the function has CIL, this activation moves there at the loop header (on-stack replacement):
                // a hot loop in a function called once does not stay interpreted. Its results come back in the
                // frame's first slots, and the function's final return (the last word of its code) takes them.
                if (func.Instance!.Module.Cil is { } tier && TryRunLoopEntry(es, tier, func, cf, pc, fp, ref budget))
                {
                    stack = es.Values; fr = ref FrameAt(stack, fp);
                    CheckedAccess.Enter(cf, stack, fp);
                    pc = code.Length - 1;
                }
                continue;
            }
            switch ((Op)A(ref c0, pc, 0))
            {
                case Op.MemoryGrow:
                {
                    // Growing zeroes the new pages: charged after the fact, at the same rate as memory.fill.
                    uint delta = (uint)S(ref fr, ref c0, pc, 2);
                    int old = inst.Memory!.Grow(delta);
                    S(ref fr, ref c0, pc, 1) = (uint)old;
                    pc += OpWidth.MemoryGrow;
                    if (old >= 0 && !BulkOperations.Pay(es, ref budget, WorkCost.ForBytes((ulong)delta * WasmMemory.PageSize), out trap)) goto Trap;
                    continue;
                }

                case Op.RefFunc: S(ref fr, ref c0, pc, 1) = inst.Functions[A(ref c0, pc, 2)].Handle; pc += OpWidth.RefFunc; continue;
                case Op.Return:
                {
                    if (es.Depth == baseDepth) { es.Budget = budget; return; }
                    CallFrame f = es.Frames[--es.Depth];
                    func = f.Function; fp = f.Fp; pc = f.ReturnPc;
                    cf = func.Compiled!; code = cf.Code; c0 = ref MemoryMarshal.GetArrayDataReference(code);
                    fr = ref FrameAt(stack, fp);
                    CheckedAccess.Enter(cf, stack, fp);
                    inst = func.Instance!;
                    continue;
                }
                case Op.Call:
                    callee = inst.Functions[A(ref c0, pc, 1)];
                    newFp = fp + A(ref c0, pc, 2); returnPc = pc + OpWidth.Call;
                    goto DoCall;
                case Op.CallIndirect:
                {
                    WasmTable table = inst.Tables[A(ref c0, pc, 2)];
                    uint i = (uint)S(ref fr, ref c0, pc, 3);
                    if (i >= (uint)table.Elements.Length) { trap = TrapKind.UndefinedElement; goto Trap; }
                    ulong handle = table.Elements[i];
                    if (handle == 0) { trap = TrapKind.UninitializedElement; goto Trap; }
                    callee = inst.Store.FunctionFromHandle(handle);
                    if (callee.TypeId != inst.TypeIds[A(ref c0, pc, 1)]) { trap = TrapKind.IndirectCallTypeMismatch; goto Trap; }
                    newFp = fp + A(ref c0, pc, 4); returnPc = pc + OpWidth.CallIndirect;
                    goto DoCall;
                }
                case >= Op.MemoryInit and <= Op.ElemDrop:
                {
                    int next = BulkOperations.Execute(inst, inst.MemorySpan, ref fr, ref c0, pc, es, ref budget);
                    if (next < 0) { trap = (TrapKind)(~next); goto Trap; }
                    pc = next;
                    continue;
                }
                default:
                    // A straight-line instruction that traps: find out which trap.
                    trap = TrapClassifier.Classify(ref fr, ref c0, pc);
                    goto Trap;
            }

        DoCall:
            if (--budget < 0)
            {
                if ((budget = es.Refill()) < 0) { trap = (TrapKind)(-budget); goto Trap; }
                if (callee.Instance is { Module.Cil: { } cil }) cil.Sample(callee);
            }
            if (callee.Host != null)
            {
                es.Budget = budget;
                hostException = HostCalls.Invoke(es, callee, newFp, inst);
                budget = es.Budget;
                if (hostException != null) { trap = TrapKind.HostError; goto Trap; }
                stack = es.Values; fr = ref FrameAt(stack, fp);
                CheckedAccess.Enter(cf, stack, fp);
                pc = returnPc;
                continue;
            }
            {
                CompiledFunction next = callee.Compiled ?? callee.GetCompiled();
                if (next.Native != null)
                {
                    if (!RunNative(es, func, fp, callee, next.Native, newFp, budget)) { trap = TrapKind.CallStackExhausted; goto Trap; }
                    budget = es.Budget;
                    stack = es.Values; fr = ref FrameAt(stack, fp);
                    CheckedAccess.Enter(cf, stack, fp);
                    pc = returnPc;
                    continue;
                }
                if ((newFp + next.FrameSize > stack.Length && !es.EnsureValues(newFp + next.FrameSize))
                    || !es.TryPush(new CallFrame(func, returnPc, fp)))
                {
                    trap = TrapKind.CallStackExhausted; goto Trap;
                }
                stack = es.Values;
                next.InitializeFrame(stack, newFp);
                func = callee; cf = next; fp = newFp; pc = 0;
                code = cf.Code; c0 = ref MemoryMarshal.GetArrayDataReference(code);
                fr = ref FrameAt(stack, fp);
                CheckedAccess.Enter(cf, stack, fp);
                inst = func.Instance!;
                continue;
            }

        Trap:
            es.Budget = Math.Max(budget, 0);
            throw TrapBuilder.Create(es, trap, hostException, func, baseDepth);
        }
    }
}
