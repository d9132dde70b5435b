using System;
using System.Runtime.CompilerServices;
using WitSharp.Engine.Execution;

namespace WitSharp.Engine.Compilation;

/// <summary>
/// What compiled code calls for everything that is not straight-line arithmetic: frames, fuel and interruption,
/// traps, calls that leave the compiled tier, globals-free runtime state (memory, tables, segments).
/// Conventions: a compiled function pushes a <see cref="CallFrame"/> for itself on entry (so the call depth limit and
/// the wasm stack trace are the interpreter's), keeps the work budget in a local and stores it in
/// <see cref="ExecutionStack.Budget"/> before any call here that may charge or trap, reloading it afterwards.
/// </summary>
internal static class CilRuntime
{
    /// <summary>Pushes the frame of a compiled function; traps when the call depth limit or the thread's stack is reached.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Enter(WasmFunction function, ExecutionStack es, int fp)
    {
        // The CIL tier recurses on the thread's stack, so besides the depth limit it asks the runtime for room: a
        // deep recursion ends in a trap, never in a process-killing stack overflow. The runtime is asked only below
        // the lowest point it last said yes to, less a margin; above that the answer cannot have changed. The probe's
        // address stands for the stack pointer (it is within this frame).
        byte probe = 0;
        nuint sp = (nuint)(&probe);
        if (!Push(es, function, fp) || (sp < es.StackFloor && !HasStack(es, sp))) throw EnterFailed(es, function);
    }

    /// <summary>
    /// Pushes the frame (function, 0, fp), as <see cref="ExecutionStack.TryPush"/> does. The slot usually holds that very
    /// frame already, from the last call at this depth (a loop calling the same function, a recursion, which passes its
    /// fp on): then it is left alone, saving the GC write barrier that storing the function reference costs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Push(ExecutionStack es, WasmFunction function, int fp)
    {
        int depth = es.Depth;
        CallFrame[] frames = es.Frames;
        if ((uint)depth >= (uint)frames.Length) return PushGrowing(es, function, fp);
        ref CallFrame slot = ref frames[depth];
        if (!ReferenceEquals(slot.Function, function) || slot.ReturnPc != 0 || slot.Fp != fp) slot = new CallFrame(function, 0, fp);
        es.Depth = depth + 1;
        return true;
    }

    // Out of line: the frame value it builds would otherwise be a zeroed stack local in every compiled prologue.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool PushGrowing(ExecutionStack es, WasmFunction function, int fp) => es.TryPush(new CallFrame(function, 0, fp));

    /// <summary>
    /// Where compiled code is entered from the interpreter (or resumes after a call that left it, which may have run on
    /// another thread's behalf): <see cref="ExecutionStack.StackFloor"/> becomes this thread's known floor, so that
    /// compiled-to-compiled calls compare against a field instead of reading a thread-static each.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void EnterFromInterpreter(ExecutionStack es) => es.StackFloor = ~t_stackFloorComplement;

    /// <summary>
    /// The lowest stack address of this thread known to leave room for a compiled frame, complemented so that the
    /// default (0) reads as "nothing known yet" and the first entry asks the runtime. Per thread, since stacks are.
    /// </summary>
    [ThreadStatic]
    private static nuint t_stackFloorComplement;

    /// <summary>
    /// Room a compiled frame may take after its check: <see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/>
    /// promises 128 KiB on 64-bit (64 KiB on 32-bit) below the point it says yes at; frames entered down to this margin
    /// below it skip the question, and a frame holds at most <see cref="FunctionCompiler.MaxFrameSlots"/> 8-byte locals.
    /// </summary>
    private static readonly nuint StackMargin = (nuint)(IntPtr.Size == 8 ? 48 * 1024 : 16 * 1024);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool HasStack(ExecutionStack es, nuint sp)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return false;
        t_stackFloorComplement = ~(sp - StackMargin);
        es.StackFloor = sp - StackMargin;
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WasmTrapException EnterFailed(ExecutionStack es, WasmFunction function)
    {
        if (es.Depth > 0 && ReferenceEquals(es.Frames[es.Depth - 1].Function, function) && es.Frames[es.Depth - 1].ReturnPc == 0) es.Depth--;
        es.Budget = Math.Max(es.Budget, 0);
        return TrapBuilder.Create(es, TrapKind.CallStackExhausted, null, function, 0);
    }

    /// <summary>The trap <paramref name="kind"/> raised in the compiled function whose frame is on top.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static WasmTrapException Trap(ExecutionStack es, TrapKind kind) => TrapWithHost(es, kind, null);

    private static WasmTrapException TrapWithHost(ExecutionStack es, TrapKind kind, Exception? hostException)
    {
        WasmFunction current = es.Frames[--es.Depth].Function;
        es.Budget = Math.Max(es.Budget, 0);
        return TrapBuilder.Create(es, kind, hostException, current, 0);
    }

    /// <summary>
    /// The budget ran out at a loop back-edge or a call: the new budget, as <see cref="ExecutionStack.Refill"/> gives it,
    /// or a trap for fuel or interruption. Inlined into compiled code and free of calls that return, so a loop's values
    /// stay in registers across its back-edge: the JIT spills everything live across a call, even one that never runs,
    /// and no vector register survives a call on System V. The tiering sample a refill stands for is taken later, by
    /// <see cref="SampleIfRefilled"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Refill(ExecutionStack es)
    {
        if (es.InterruptRequested) throw PollFailed(es, TrapKind.Interrupted);
        es.CompiledRefilled = true;
        if (!es.FuelEnabled) return es.PollInterval;
        long reserve = es.FuelReserve;
        if (reserve <= 0) throw PollFailed(es, TrapKind.OutOfFuel);
        long chunk = Math.Min(reserve, es.PollInterval);
        es.FuelReserve = reserve - chunk;
        return chunk - 1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WasmTrapException PollFailed(ExecutionStack es, TrapKind kind)
    {
        es.Budget = 0;
        return Trap(es, kind);
    }

    /// <summary>
    /// Where the interpreter's call into compiled code returns: when the compiled code refilled the budget meanwhile,
    /// a tiering sample for the nearest interpreted function below (see <see cref="SampleInterpretedCaller"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SampleIfRefilled(ExecutionStack es)
    {
        if (!es.CompiledRefilled) return;
        es.CompiledRefilled = false;
        SampleInterpretedCaller(es);
    }

    /// <summary>
    /// A refill in compiled code is a tiering sample for the nearest interpreted function below it: an interpreted loop
    /// that calls compiled code spends its budget there, and would otherwise never be sampled as hot.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SampleInterpretedCaller(ExecutionStack es)
    {
        // A few frames down is enough to find the loop's owner; a deep all-compiled recursion is not walked whole.
        for (int i = es.Depth - 1; i >= Math.Max(0, es.Depth - 64); i--)
        {
            WasmFunction function = es.Frames[i].Function;
            if (function.Compiled?.Native != null) continue;
            if (function.Instance is { Module.Cil: { } cil }) cil.Sample(function);
            return;
        }
    }

    /// <summary>Returns its argument where the JIT cannot see it (so it cannot fold float arithmetic on it).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static ulong Opaque(ulong value) => value;

    /// <summary><c>f32.reinterpret_i32</c>, kept out of line (see <see cref="FunctionCompiler"/>'s reinterpretation).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static float SingleFromBits(int bits) => BitConverter.Int32BitsToSingle(bits);

    /// <summary><c>f64.reinterpret_i64</c>, kept out of line (see <see cref="FunctionCompiler"/>'s reinterpretation).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static double DoubleFromBits(long bits) => BitConverter.Int64BitsToDouble(bits);

    /// <summary>The memory's buffer (empty without a memory), re-read on entry and after anything that may grow it.</summary>
    public static byte[] MemoryBuffer(WasmInstance inst) => inst.Memory?.Buffer ?? Array.Empty<byte>();

    /// <summary>The memory's visible size, never more than <paramref name="buffer"/> holds: the bound every access is checked against.</summary>
    public static ulong MemoryLength(WasmInstance inst, byte[] buffer) => (ulong)Math.Min(inst.Memory?.Length ?? 0, buffer.Length);

    /// <summary>The value stack with room for <paramref name="count"/> argument slots at <paramref name="fp"/>.</summary>
    public static ulong[] Arguments(ExecutionStack es, int fp, int count)
    {
        if (!es.EnsureValues(fp + count)) throw Trap(es, TrapKind.CallStackExhausted);
        return es.Values;
    }

    /// <summary>
    /// Calls <paramref name="callee"/> (host, interpreted, or compiled in another batch or instance) with its arguments at
    /// <paramref name="fp"/>; results replace them. The caller has charged the call.
    /// </summary>
    public static void Call(ExecutionStack es, WasmInstance inst, WasmFunction callee, int fp)
    {
        if (callee.Host != null)
        {
            Exception? failure = HostCalls.Invoke(es, callee, fp, inst);
            if (failure != null) throw TrapWithHost(es, TrapKind.HostError, failure);
            // The host function may have called into this store, even from another thread, which set the floor.
            EnterFromInterpreter(es);
            return;
        }
        callee.Instance?.Module.Cil?.CountCall(callee);
        // Interpreter.Run charges one unit on entry, as for a call from the host; this call was charged already.
        es.Budget++;
        int depth = es.Depth;
        try
        {
            Interpreter.Run(es, callee, fp);
        }
        catch (WasmTrapException trap) when (es.Depth == depth)
        {
            // The interpreter raised it (its traps unwind to the run's base depth, compiled ones to 0): the run's trace
            // ends at its own first frame, and the compiled callers below it belong in it too.
            throw TrapBuilder.WithCallers(trap, es, depth);
        }
        // The callee entered compiled code in its own right, possibly (through a host function) on another thread.
        EnterFromInterpreter(es);
    }

    /// <summary>
    /// Resolves a <c>call_indirect</c> target: the table element, checked for bounds, null and signature as the
    /// interpreter does. Inlined into the caller, with its traps out of line.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WasmFunction ResolveIndirect(ExecutionStack es, WasmInstance inst, int typeIndex, int tableIndex, ulong element)
    {
        ulong[] elements = inst.Tables[tableIndex].Elements;
        uint i = (uint)element;
        if (i >= (uint)elements.Length) throw IndirectFailed(es, TrapKind.UndefinedElement);
        ulong handle = elements[i];
        if (handle == 0) throw IndirectFailed(es, TrapKind.UninitializedElement);
        WasmFunction callee = inst.Store.FunctionFromHandle(handle);
        if (callee.TypeId != inst.TypeIds[typeIndex]) throw IndirectFailed(es, TrapKind.IndirectCallTypeMismatch);
        return callee;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WasmTrapException IndirectFailed(ExecutionStack es, TrapKind kind) => Trap(es, kind);

    /// <summary><c>memory.grow</c>: the old size in pages or -1; the new pages are charged as the interpreter does.</summary>
    public static int MemoryGrow(ExecutionStack es, WasmInstance inst, int delta)
    {
        int old = inst.Memory!.Grow((uint)delta);
        long budget = es.Budget;
        if (old >= 0 && !BulkOperations.Pay(es, ref budget, WorkCost.ForBytes((ulong)(uint)delta * WasmMemory.PageSize), out TrapKind trap))
        {
            es.Budget = budget;
            throw Trap(es, trap);
        }
        es.Budget = budget;
        return old;
    }

    public static ulong RefFunc(WasmInstance inst, int index) => inst.Functions[index].Handle;

    public static void MemoryInit(ExecutionStack es, WasmInstance inst, ulong d, ulong s, ulong n, int data) =>
        Check(es, BulkOperations.MemoryInit(inst, inst.MemorySpan, (uint)d, (uint)s, (uint)n, data, es, ref es.Budget));

    public static void DataDrop(WasmInstance inst, int data) => BulkOperations.DataDrop(inst, data);

    public static void MemoryCopy(ExecutionStack es, WasmInstance inst, ulong d, ulong s, ulong n) =>
        Check(es, BulkOperations.MemoryCopy(inst.MemorySpan, (uint)d, (uint)s, (uint)n, es, ref es.Budget));

    public static void MemoryFill(ExecutionStack es, WasmInstance inst, ulong d, ulong value, ulong n) =>
        Check(es, BulkOperations.MemoryFill(inst.MemorySpan, (uint)d, value, (uint)n, es, ref es.Budget));

    public static ulong TableGet(ExecutionStack es, WasmInstance inst, ulong i, int table)
    {
        Check(es, BulkOperations.TableGet(inst, (uint)i, table, out ulong result));
        return result;
    }

    public static void TableSet(ExecutionStack es, WasmInstance inst, ulong i, ulong value, int table) =>
        Check(es, BulkOperations.TableSet(inst, (uint)i, value, table));

    public static ulong TableSize(WasmInstance inst, int table) => (uint)inst.Tables[table].Elements.Length;

    public static ulong TableGrow(ExecutionStack es, WasmInstance inst, ulong initial, ulong delta, int table)
    {
        Check(es, BulkOperations.TableGrow(inst, initial, (uint)delta, table, es, ref es.Budget, out ulong result));
        return result;
    }

    public static void TableFill(ExecutionStack es, WasmInstance inst, ulong d, ulong value, ulong n, int table) =>
        Check(es, BulkOperations.TableFill(inst, (uint)d, value, (uint)n, table, es, ref es.Budget));

    public static void TableCopy(ExecutionStack es, WasmInstance inst, ulong d, ulong s, ulong n, int target, int source) =>
        Check(es, BulkOperations.TableCopy(inst, (uint)d, (uint)s, (uint)n, target, source, es, ref es.Budget));

    public static void TableInit(ExecutionStack es, WasmInstance inst, ulong d, ulong s, ulong n, int table, int element) =>
        Check(es, BulkOperations.TableInit(inst, (uint)d, (uint)s, (uint)n, table, element, es, ref es.Budget));

    public static void ElemDrop(WasmInstance inst, int element) => BulkOperations.ElemDrop(inst, element);

    private static void Check(ExecutionStack es, TrapKind trap)
    {
        if (trap != TrapKind.None) throw Trap(es, trap);
    }
}
