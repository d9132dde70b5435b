using System;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime.Bindings
{
    /// <summary>
    /// The steps generated export bindings share when calling a guest export: checking the core type of a
    /// result and lowering a host string into guest memory as a (pointer, length) pair. Kept here so generated
    /// code stays short and the checks exist once.
    /// </summary>
    public static class ExportCalls
    {
        /// <summary>Traps unless the guest's flat result <paramref name="value"/> has core type <paramref name="expected"/>.</summary>
        public static void ExpectType(CoreValue value, CoreValueType expected, string function)
        {
            // The throw is built apart so that this check inlines into every generated export call.
            if (value.Type != expected) throw WrongType(value, expected, function);
        }

        private static CanonicalAbiTrapException WrongType(CoreValue value, CoreValueType expected, string function) =>
            new CanonicalAbiTrapException(function + " returned " + value.Type + ", expected " + expected);

        /// <summary>
        /// Stores <paramref name="value"/> in guest memory (through <c>cabi_realloc</c>, in the instance's string
        /// encoding, with one exact allocation as every host string: see <see cref="StringSourceEncoding.Host"/>) and writes
        /// its pointer and tagged length at <c>args[index]</c> and <c>args[index + 1]</c>.
        /// </summary>
        /// <exception cref="ArgumentException"><paramref name="value"/> holds an unpaired surrogate.</exception>
        public static void LowerString(CallContext cx, string value, Span<CoreValue> args, int index)
        {
            (ulong ptr, ulong units) = StringCodec.StoreIntoRange(cx, value, StringSourceEncoding.Host);
            args[index] = Pointer(cx, ptr);
            args[index + 1] = Pointer(cx, units);
        }

        private static CoreValue Pointer(CallContext cx, ulong value) =>
            cx.PointerSize == 8 ? CoreValue.I64(value) : CoreValue.I32((uint)value);
    }
}
