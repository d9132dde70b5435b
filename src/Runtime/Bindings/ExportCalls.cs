using System;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime.Bindings
{
    /// <summary>
    /// The steps generated export bindings share when calling a guest export: checking the core type of a
    /// result, lowering host strings and bytes into guest memory, and lifting string and byte results read
    /// through the returned pointer. Kept here so generated code stays short and the checks exist once.
    /// </summary>
    public static class ExportCalls
    {
        /// <summary>Traps unless the guest's flat result <paramref name="value"/> has core type <paramref name="expected"/>.</summary>
        public static void ExpectType(CoreValue value, CoreValueType expected, string function)
        {
            if (value.Type != expected)
            {
                throw new CanonicalAbiTrapException(function + " returned " + value.Type + ", expected " + expected);
            }
        }

        /// <summary>
        /// Stores <paramref name="value"/> in guest memory (through <c>cabi_realloc</c>, in the instance's string
        /// encoding) and writes its pointer and tagged length at <c>args[index]</c> and <c>args[index + 1]</c>.
        /// </summary>
        /// <exception cref="ArgumentException"><paramref name="value"/> holds an unpaired surrogate.</exception>
        public static void LowerString(CallContext cx, string value, Span<CoreValue> args, int index)
        {
            (ulong ptr, ulong units) = StringCodec.StoreIntoRange(cx, value, StringSourceEncoding.Utf16);
            args[index] = Pointer(cx, ptr);
            args[index + 1] = Pointer(cx, units);
        }

        /// <summary>
        /// Lifts a string result: <paramref name="returnPointer"/> points at (pointer, tagged length) in guest
        /// memory. Traps on a wrong core type, misalignment, out-of-bounds ranges or invalid text.
        /// </summary>
        public static string LiftStringResult(CallContext cx, CoreValue returnPointer, string function)
        {
            (ulong begin, ulong units) = ReadReturnArea(cx, returnPointer, function);
            return StringCodec.Lift(cx, begin, units, out _);
        }

        /// <summary>
        /// Copies <paramref name="value"/> (a <c>list&lt;u8&gt;</c>) into a new guest block and writes its pointer
        /// and length at <c>args[index]</c> and <c>args[index + 1]</c>.
        /// </summary>
        public static void LowerBytes(CallContext cx, byte[] value, Span<CoreValue> args, int index)
        {
            (ulong ptr, ulong length) = ListCodec.Lower<byte>(cx, value);
            args[index] = Pointer(cx, ptr);
            args[index + 1] = Pointer(cx, length);
        }

        /// <summary>Lifts a <c>list&lt;u8&gt;</c> result read through the return area, copying it out of guest memory.</summary>
        public static byte[] LiftBytesResult(CallContext cx, CoreValue returnPointer, string function)
        {
            (ulong begin, ulong length) = ReadReturnArea(cx, returnPointer, function);
            return ListCodec.Lift<byte>(cx, begin, length);
        }

        private static (ulong, ulong) ReadReturnArea(CallContext cx, CoreValue returnPointer, string function)
        {
            ulong area = GuestBlocks.CheckPairArea(cx, returnPointer, function);
            return (cx.LoadPointer(area), cx.LoadPointer(area + (ulong)cx.PointerSize));
        }

        private static CoreValue Pointer(CallContext cx, ulong value) =>
            cx.PointerSize == 8 ? CoreValue.I64(value) : CoreValue.I32((uint)value);
    }
}
