using System;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime.Bindings
{
    /// <summary>Guest-memory steps both directions of the generated bindings share.</summary>
    internal static class GuestBlocks
    {
        /// <summary>Copies <paramref name="value"/> into a new guest block (through <c>cabi_realloc</c>); returns its pointer and length.</summary>
        public static (ulong Ptr, ulong Length) StoreBytes(CallContext cx, byte[] value)
        {
            ulong length = (ulong)value.Length;
            ulong ptr = cx.Allocate(1, length);
            cx.CheckBlock(ptr, 1, length);
            value.CopyTo(cx.Slice(ptr, length, "list<u8>"));
            return (ptr, length);
        }

        /// <summary>Traps unless <paramref name="returnPointer"/> is a pointer to an aligned, in-bounds (pointer, length) pair; returns it.</summary>
        public static ulong CheckPairArea(CallContext cx, CoreValue returnPointer, string function)
        {
            ExportCalls.ExpectType(returnPointer, cx.PointerSize == 8 ? CoreValueType.I64 : CoreValueType.I32, function);
            ulong area = returnPointer.Bits;
            CallContext.CheckAlignment(area, cx.PointerSize, "return area");
            cx.CheckBounds(area, (ulong)(2 * cx.PointerSize), "return area");
            return area;
        }
    }
}
