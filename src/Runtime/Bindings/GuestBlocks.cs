using System;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime.Bindings
{
    /// <summary>Guest-memory steps both directions of the generated bindings share.</summary>
    internal static class GuestBlocks
    {
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
