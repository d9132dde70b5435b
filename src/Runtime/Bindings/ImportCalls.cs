using System;

namespace WitSharp.Runtime.Bindings
{
    /// <summary>
    /// The steps generated import bindings share when the guest calls a host function: lifting string and byte
    /// arguments out of guest memory and storing string and byte results through the guest's return pointer.
    /// </summary>
    public static class ImportCalls
    {
        /// <summary>Lifts a string argument given as (pointer, tagged length) flat values.</summary>
        public static string LiftString(CallContext cx, CoreValue ptr, CoreValue units) =>
            StringCodec.Lift(cx, ptr.Bits, units.Bits, out _);

        /// <summary>Lifts a <c>list&lt;u8&gt;</c> argument given as (pointer, length) flat values, copying it out of guest memory.</summary>
        public static byte[] LiftBytes(CallContext cx, CoreValue ptr, CoreValue length) =>
            cx.Slice(ptr.Bits, length.Bits, "list<u8>").ToArray();

        /// <summary>Stores a string result in guest memory and writes (pointer, tagged length) at the guest's return pointer.</summary>
        public static void StoreStringResult(CallContext cx, string value, CoreValue returnPointer)
        {
            ulong area = CheckReturnArea(cx, returnPointer);
            StringCodec.Store(cx, value, StringSourceEncoding.Utf16, area);
        }

        /// <summary>Stores a <c>list&lt;u8&gt;</c> result in guest memory and writes (pointer, length) at the guest's return pointer.</summary>
        public static void StoreBytesResult(CallContext cx, byte[] value, CoreValue returnPointer)
        {
            ulong area = CheckReturnArea(cx, returnPointer);
            ulong length = (ulong)value.Length;
            ulong ptr = cx.Allocate(1, length);
            cx.CheckBlock(ptr, 1, length);
            value.CopyTo(cx.Slice(ptr, length, "list<u8>"));
            cx.StorePointer(ptr, area);
            cx.StorePointer(length, area + (ulong)cx.PointerSize);
        }

        private static ulong CheckReturnArea(CallContext cx, CoreValue returnPointer)
        {
            ulong area = returnPointer.Bits;
            CallContext.CheckAlignment(area, cx.PointerSize, "return area");
            cx.CheckBounds(area, (ulong)(2 * cx.PointerSize), "return area");
            return area;
        }
    }
}
