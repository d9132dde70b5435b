using System;
using System.Reflection;
using System.Reflection.Emit;

namespace WitSharp.Engine.Compilation;

/// <summary>
/// IL for values crossing between compiled code's typed locals (<see cref="SlotType"/>) and the interpreter's raw
/// slot bits (the value stack, globals, runtime helpers), and for typed constants.
/// </summary>
internal static class SlotIl
{
    /// <summary>Pushes the constant with raw bits <paramref name="bits"/> as <paramref name="type"/>.</summary>
    internal static void EmitConstant(ILGenerator il, ulong bits, SlotType type)
    {
        switch (type)
        {
            case SlotType.I32: il.Emit(OpCodes.Ldc_I4, (int)bits); return;
            case SlotType.I64: il.Emit(OpCodes.Ldc_I8, (long)bits); return;
            case SlotType.F32 when !float.IsNaN(BitConverter.UInt32BitsToSingle((uint)bits)):
                il.Emit(OpCodes.Ldc_R4, BitConverter.UInt32BitsToSingle((uint)bits));
                return;
            case SlotType.F64 when !double.IsNaN(BitConverter.UInt64BitsToDouble(bits)):
                il.Emit(OpCodes.Ldc_R8, BitConverter.UInt64BitsToDouble(bits));
                return;
            default:
                // A NaN goes through bits the JIT cannot see: it holds float constants as doubles, and the
                // round trip would quiet a signalling f32 NaN.
                il.Emit(OpCodes.Ldc_I8, (long)bits);
                il.Emit(OpCodes.Call, FunctionCompiler.Method(typeof(CilRuntime), nameof(CilRuntime.Opaque)));
                EmitFromBits(il, type);
                return;
        }
    }

    /// <summary>Converts the <paramref name="type"/> value on the stack to the interpreter's raw slot bits (an i32 zero-extended).</summary>
    internal static void EmitToBits(ILGenerator il, SlotType type)
    {
        switch (type)
        {
            case SlotType.I32: il.Emit(OpCodes.Conv_U8); return;
            case SlotType.I64: return;
            case SlotType.F32: il.Emit(OpCodes.Call, SingleToInt32Bits); il.Emit(OpCodes.Conv_U8); return;
            default: il.Emit(OpCodes.Call, DoubleToInt64Bits); return;
        }
    }

    /// <summary>Converts raw slot bits on the stack to a <paramref name="type"/> value.</summary>
    internal static void EmitFromBits(ILGenerator il, SlotType type)
    {
        switch (type)
        {
            case SlotType.I32: il.Emit(OpCodes.Conv_I4); return;
            case SlotType.I64: return;
            case SlotType.F32: il.Emit(OpCodes.Conv_I4); il.Emit(OpCodes.Call, Int32BitsToSingle); return;
            default: il.Emit(OpCodes.Call, Int64BitsToDouble); return;
        }
    }

    /// <summary>Stores the <paramref name="type"/> value on the stack through the address below it.</summary>
    internal static void EmitStoreIndirect(ILGenerator il, SlotType type) => il.Emit(type switch
    {
        SlotType.I32 => OpCodes.Stind_I4,
        SlotType.I64 => OpCodes.Stind_I8,
        SlotType.F32 => OpCodes.Stind_R4,
        _ => OpCodes.Stind_R8,
    });

    internal static readonly MethodInfo Int32BitsToSingle = typeof(BitConverter).GetMethod(nameof(BitConverter.Int32BitsToSingle))!;
    internal static readonly MethodInfo Int64BitsToDouble = typeof(BitConverter).GetMethod(nameof(BitConverter.Int64BitsToDouble))!;
    internal static readonly MethodInfo SingleToInt32Bits = typeof(BitConverter).GetMethod(nameof(BitConverter.SingleToInt32Bits))!;
    internal static readonly MethodInfo DoubleToInt64Bits = typeof(BitConverter).GetMethod(nameof(BitConverter.DoubleToInt64Bits))!;
}
