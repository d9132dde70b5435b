using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WitSharp.Engine.Execution;

/// <summary>
/// A function translated once into register IR. Instance-independent: it refers to functions, globals,
/// tables and segments by index, so every instance of a module shares it.
/// Frame layout: [parameters | declared and hidden locals | constants | operand temporaries]; a callee's
/// frame starts at its arguments, on top of the caller's temporaries, so nothing live is overwritten.
/// </summary>
internal sealed class CompiledFunction
{
    public CompiledFunction(int[] code, ulong[] constants, int parameterCount, int localSlotCount, int constantBase, int resultCount, int frameSize)
    {
        Code = code;
        Constants = constants;
        ParameterCount = parameterCount;
        LocalSlotCount = localSlotCount;
        ConstantBase = constantBase;
        ResultCount = resultCount;
        FrameSize = frameSize;
    }

    /// <summary>Opcodes and operands (see <see cref="Op"/>).</summary>
    public int[] Code { get; }

    /// <summary>Constant operands, copied into the frame on entry so instructions read them as slots.</summary>
    public ulong[] Constants { get; }

    public int ParameterCount { get; }

    /// <summary>Parameters plus locals: slots [ParameterCount, LocalSlotCount) are zeroed on entry.</summary>
    public int LocalSlotCount { get; }

    public int ConstantBase { get; }

    public int ResultCount { get; }

    /// <summary>Slots the frame occupies on the value stack.</summary>
    public int FrameSize { get; }

    /// <summary>
    /// The seam for a faster tier (for example one compiling to CIL): when set, calls run this instead of
    /// interpreting <see cref="Code"/>. It follows the interpreter's convention — arguments in the value stack at
    /// the frame pointer, results written back there, traps thrown as <see cref="WasmTrapException"/> — so a tier
    /// can be installed per function (say, after many calls) without changing the embedding API.
    /// </summary>
    public NativeFunctionCode? Native { get; set; }

    /// <summary>
    /// The CIL tier's typed method as a delegate (null until compiled), for compiled callers that reach this function
    /// indirectly (<c>call_indirect</c>, imports, functions compiled after them) to call it without the value stack.
    /// </summary>
    public Delegate? CompiledEntry;

    /// <summary>Zeroes the locals and loads the constants of a fresh frame at <paramref name="fp"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void InitializeFrame(ulong[] stack, int fp)
    {
        // Frames are small: plain loops beat the span helpers' call overhead on this per-call path.
        // In bounds: every caller made room for fp + FrameSize first, and the verifier checked that the locals and
        // constants lie below FrameSize.
        CheckedAccess.Frame(stack, fp, FrameSize);
        ref ulong frame = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(stack), fp);
        for (int i = ParameterCount; i < LocalSlotCount; i++) Unsafe.Add(ref frame, i) = 0;
        ulong[] constants = Constants;
        for (int i = 0; i < constants.Length; i++) Unsafe.Add(ref frame, ConstantBase + i) = constants[i];
    }
}
