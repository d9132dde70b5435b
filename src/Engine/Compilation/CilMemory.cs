using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WitSharp.Engine.Execution;

namespace WitSharp.Engine.Compilation;

/// <summary>
/// Loads and stores of linear memory for compiled code, one method per IR opcode (found by name), on the values'
/// CLR types (<see cref="SlotType"/>); float loads and stores move the bits unchanged, NaN payloads included. They do not check bounds themselves: the compiler emits, before every call,
/// <c>ea + width &lt;= length</c> against the memory length it holds, and that length is clamped to the buffer's length
/// whenever it is read (<see cref="CilRuntime.MemoryLength"/>), so every access lies inside the array. The Checked build
/// verifies it again here.
/// </summary>
internal static class CilMemory
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref byte At(byte[] mem, ulong ea, int width)
    {
        CheckedAccess.Memory(mem, ea, width);
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(mem), (nint)ea);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int I32Load(byte[] m, ulong ea) => Unsafe.ReadUnaligned<int>(ref At(m, ea, 4));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float F32Load(byte[] m, ulong ea) => Unsafe.ReadUnaligned<float>(ref At(m, ea, 4));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long I64Load(byte[] m, ulong ea) => Unsafe.ReadUnaligned<long>(ref At(m, ea, 8));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double F64Load(byte[] m, ulong ea) => Unsafe.ReadUnaligned<double>(ref At(m, ea, 8));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int I32Load8S(byte[] m, ulong ea) => (sbyte)At(m, ea, 1);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int I32Load8U(byte[] m, ulong ea) => At(m, ea, 1);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int I32Load16S(byte[] m, ulong ea) => Unsafe.ReadUnaligned<short>(ref At(m, ea, 2));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static int I32Load16U(byte[] m, ulong ea) => Unsafe.ReadUnaligned<ushort>(ref At(m, ea, 2));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long I64Load8S(byte[] m, ulong ea) => (sbyte)At(m, ea, 1);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long I64Load8U(byte[] m, ulong ea) => At(m, ea, 1);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long I64Load16S(byte[] m, ulong ea) => Unsafe.ReadUnaligned<short>(ref At(m, ea, 2));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long I64Load16U(byte[] m, ulong ea) => Unsafe.ReadUnaligned<ushort>(ref At(m, ea, 2));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long I64Load32S(byte[] m, ulong ea) => Unsafe.ReadUnaligned<int>(ref At(m, ea, 4));
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static long I64Load32U(byte[] m, ulong ea) => Unsafe.ReadUnaligned<uint>(ref At(m, ea, 4));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void I32Store(byte[] m, ulong ea, int v) => Unsafe.WriteUnaligned(ref At(m, ea, 4), v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void F32Store(byte[] m, ulong ea, float v) => Unsafe.WriteUnaligned(ref At(m, ea, 4), v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void I64Store32(byte[] m, ulong ea, long v) => Unsafe.WriteUnaligned(ref At(m, ea, 4), (int)v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void I64Store(byte[] m, ulong ea, long v) => Unsafe.WriteUnaligned(ref At(m, ea, 8), v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void F64Store(byte[] m, ulong ea, double v) => Unsafe.WriteUnaligned(ref At(m, ea, 8), v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void I32Store8(byte[] m, ulong ea, int v) => At(m, ea, 1) = (byte)v;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void I64Store8(byte[] m, ulong ea, long v) => At(m, ea, 1) = (byte)v;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void I32Store16(byte[] m, ulong ea, int v) => Unsafe.WriteUnaligned(ref At(m, ea, 2), (short)v);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void I64Store16(byte[] m, ulong ea, long v) => Unsafe.WriteUnaligned(ref At(m, ea, 2), (short)v);

    /// <summary>Bytes an IR load or store touches.</summary>
    public static int Width(Op op) => op switch
    {
        Op.I64Load or Op.F64Load or Op.I64Store or Op.F64Store or Op.I64LoadAdd => 8,
        Op.I32Load or Op.F32Load or Op.I64Load32S or Op.I64Load32U or Op.I32Store or Op.F32Store or Op.I64Store32 or Op.I32LoadAdd => 4,
        Op.I32Load16S or Op.I32Load16U or Op.I64Load16S or Op.I64Load16U or Op.I32Store16 or Op.I64Store16 => 2,
        _ => 1,
    };
}
