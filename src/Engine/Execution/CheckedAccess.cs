using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WitSharp.Engine.Execution;

/// <summary>
/// The Checked build's bounds checks for the interpreter's unchecked accesses. Build with
/// <c>-p:WitSharpChecked=true</c> (which defines <c>WITSHARP_CHECKED</c>) and every code word, frame slot,
/// frame and linear-memory access the interpreter makes through its accessors is checked against the array it
/// must stay in, throwing <see cref="CheckedAccessException"/> instead of reading or writing outside it. In the
/// normal build every method here is <see cref="ConditionalAttribute"/>: the compiler drops the calls and their
/// arguments, so the hot path is unchanged.
/// The interpreter tells it which function runs (<see cref="Enter"/>) wherever its code or frame reference
/// changes; the state is per thread, as interpreter runs are.
/// </summary>
internal static class CheckedAccess
{
    /// <summary>True in the Checked build.</summary>
    public const bool Enabled =
#if WITSHARP_CHECKED
        true;
#else
        false;
#endif

#if WITSHARP_CHECKED
    [ThreadStatic] private static CompiledFunction? t_function;
    [ThreadStatic] private static ulong[]? t_stack;
    [ThreadStatic] private static int t_fp;
#endif

    /// <summary>Records that <paramref name="function"/> now runs with its frame at <paramref name="fp"/> in <paramref name="stack"/>.</summary>
    [Conditional("WITSHARP_CHECKED")]
    public static void Enter(CompiledFunction function, ulong[] stack, int fp)
    {
#if WITSHARP_CHECKED
        Frame(stack, fp, function.FrameSize);
        t_function = function;
        t_stack = stack;
        t_fp = fp;
#endif
    }

    /// <summary>Checks that the code word at <paramref name="c0"/>[<paramref name="index"/>] lies in the running function's code.</summary>
    [Conditional("WITSHARP_CHECKED")]
    public static void Code(ref int c0, int index)
    {
#if WITSHARP_CHECKED
        int[] code = Running().Code;
        if (!Unsafe.AreSame(ref c0, ref MemoryMarshal.GetArrayDataReference(code)))
            throw new CheckedAccessException("code reference is not the running function's code");
        if ((uint)index >= (uint)code.Length)
            throw new CheckedAccessException($"code word {index} outside the code of {code.Length} words");
#endif
    }

    /// <summary>Checks a code word addressed by the instruction pointer <paramref name="ip"/> plus <paramref name="k"/>.</summary>
    [Conditional("WITSHARP_CHECKED")]
    public static void CodeAt(ref int ip, int k)
    {
#if WITSHARP_CHECKED
        ref int c0 = ref MemoryMarshal.GetArrayDataReference(Running().Code);
        Code(ref c0, checked((int)(Unsafe.ByteOffset(ref c0, ref ip) / sizeof(int)) + k));
#endif
    }

    /// <summary>Checks the slot named by code word <paramref name="c0"/>[<paramref name="index"/>]: inside the running frame, which lies in the value stack.</summary>
    [Conditional("WITSHARP_CHECKED")]
    public static void Slot(ref ulong fr, ref int c0, int index)
    {
#if WITSHARP_CHECKED
        Code(ref c0, index);
        CheckSlot(ref fr, Unsafe.Add(ref c0, index));
#endif
    }

    /// <summary>Checks the slot named by the code word at <paramref name="ip"/> plus <paramref name="k"/>.</summary>
    [Conditional("WITSHARP_CHECKED")]
    public static void SlotAt(ref ulong fr, ref int ip, int k)
    {
#if WITSHARP_CHECKED
        CodeAt(ref ip, k);
        CheckSlot(ref fr, Unsafe.Add(ref ip, k));
#endif
    }

    /// <summary>Checks that <paramref name="width"/> bytes at <paramref name="address"/> lie in <paramref name="memory"/>.</summary>
    [Conditional("WITSHARP_CHECKED")]
    public static void Memory(ReadOnlySpan<byte> memory, ulong address, int width)
    {
#if WITSHARP_CHECKED
        if (address + (ulong)width > (ulong)memory.Length)
            throw new CheckedAccessException($"memory access of {width} bytes at {address} outside {memory.Length} bytes");
#endif
    }

    /// <summary>Checks that a frame of <paramref name="size"/> slots at <paramref name="fp"/> lies in <paramref name="stack"/>.</summary>
    [Conditional("WITSHARP_CHECKED")]
    public static void Frame(ulong[] stack, int fp, int size)
    {
#if WITSHARP_CHECKED
        if (fp < 0 || size < 0 || (long)fp + size > stack.Length)
            throw new CheckedAccessException($"frame of {size} slots at {fp} outside the value stack of {stack.Length} slots");
#endif
    }

#if WITSHARP_CHECKED
    private static CompiledFunction Running() =>
        t_function ?? throw new CheckedAccessException("no running function recorded");

    private static void CheckSlot(ref ulong fr, int slot)
    {
        CompiledFunction function = Running();
        ulong[] stack = t_stack!;
        if (!Unsafe.AreSame(ref fr, ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(stack), t_fp)))
            throw new CheckedAccessException("frame reference is not the running frame");
        if ((uint)slot >= (uint)function.FrameSize)
            throw new CheckedAccessException($"slot {slot} outside the frame of {function.FrameSize} slots");
        if ((long)t_fp + slot >= stack.Length)
            throw new CheckedAccessException($"slot {slot} of the frame at {t_fp} outside the value stack of {stack.Length} slots");
    }
#endif
}
