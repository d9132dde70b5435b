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
            ListCodec.Lift<byte>(cx, ptr.Bits, length.Bits);

        /// <summary>Stores a string result in guest memory and writes (pointer, tagged length) at the guest's return pointer.</summary>
        public static void StoreStringResult(CallContext cx, string value, CoreValue returnPointer)
        {
            ulong area = GuestBlocks.CheckPairArea(cx, returnPointer, "a host function");
            StringCodec.Store(cx, value, StringSourceEncoding.Utf16, area);
        }

        /// <summary>Stores a <c>list&lt;u8&gt;</c> result in guest memory and writes (pointer, length) at the guest's return pointer.</summary>
        public static void StoreBytesResult(CallContext cx, byte[] value, CoreValue returnPointer)
        {
            ulong area = GuestBlocks.CheckPairArea(cx, returnPointer, "a host function");
            (ulong ptr, ulong length) = ListCodec.Lower<byte>(cx, value);
            cx.StorePointer(ptr, area);
            cx.StorePointer(length, area + (ulong)cx.PointerSize);
        }
    }
}
