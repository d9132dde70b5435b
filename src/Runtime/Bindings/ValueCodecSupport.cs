using System;
using System.Buffers.Binary;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime.Bindings
{
    /// <summary>
    /// The checks and small steps the generated value codecs share: guest pointers to parameter and result
    /// areas, list ranges, and the little-endian reads of pointer-sized fields. Generated code is specialised
    /// to 32-bit memories (pointers and lengths are <c>i32</c>); every pointer from the guest is checked here
    /// before generated code reads or writes through it, and a bad one is a <see cref="CanonicalAbiTrapException"/>.
    /// </summary>
    public static class ValueCodecSupport
    {
        /// <summary>The longest list, in bytes, that may be lifted or lowered: <c>2^28 - 1</c>.</summary>
        public const ulong MaxListByteLength = CanonicalAbi.MaxListByteLength;

        /// <summary>Throws <see cref="NotSupportedException"/> unless <paramref name="cx"/> uses a 32-bit memory.</summary>
        public static CallContext RequireMemory32(CallContext cx)
        {
            if (cx is null) throw new ArgumentNullException(nameof(cx));
            if (cx.PointerSize != 4)
            {
                throw new NotSupportedException("generated bindings support 32-bit memories only (this context uses " + cx.PointerSize * 8 + "-bit pointers)");
            }
            return cx;
        }

        /// <summary>
        /// Traps unless <paramref name="pointer"/> is an <c>i32</c> pointing at a <paramref name="alignment"/>-aligned,
        /// in-bounds block of <paramref name="size"/> bytes (a return area or spilled parameters); returns the pointer.
        /// </summary>
        public static ulong CheckArea(CallContext cx, CoreValue pointer, int alignment, int size, string what)
        {
            if (pointer.Type != CoreValueType.I32)
            {
                throw new CanonicalAbiTrapException(what + " pointer has core type " + pointer.Type + ", expected I32");
            }
            CallContext.CheckAlignment(pointer.Bits, alignment, what);
            cx.CheckBounds(pointer.Bits, (ulong)size, what);
            return pointer.Bits;
        }

        /// <summary>
        /// Traps unless the flat values an engine passes to an import trampoline have the core signature the WIT
        /// function lowers to: <paramref name="coreParams"/> spells the parameter types one letter each (<c>i</c> i32,
        /// <c>I</c> i64, <c>f</c> f32, <c>F</c> f64) and <paramref name="resultCount"/> is the number of flat results
        /// (<paramref name="results"/> may be longer: callers may reuse one buffer). A guest that declared the import
        /// with another type would otherwise be read past its arguments.
        /// </summary>
        public static void CheckImportCall(ReadOnlySpan<CoreValue> args, Span<CoreValue> results, string coreParams, int resultCount, string function)
        {
            bool ok = args.Length == coreParams.Length && results.Length >= resultCount;
            for (int i = 0; ok && i < args.Length; i++) ok = args[i].Type == CoreTypeOf(coreParams[i]);
            if (ok) return;
            var given = new System.Text.StringBuilder();
            foreach (var a in args) given.Append(given.Length == 0 ? "" : " ").Append(a.Type.ToString().ToLowerInvariant());
            var expected = new System.Text.StringBuilder();
            foreach (char c in coreParams) expected.Append(expected.Length == 0 ? "" : " ").Append(CoreTypeOf(c).ToString().ToLowerInvariant());
            throw new CanonicalAbiTrapException(function + " was called with core arguments (" + given + ") and " + results.Length
                + " result slot(s); its WIT signature lowers to (" + expected + ") and " + resultCount + " result(s)");
        }

        private static CoreValueType CoreTypeOf(char letter) => letter switch
        {
            'i' => CoreValueType.I32,
            'I' => CoreValueType.I64,
            'f' => CoreValueType.F32,
            _ => CoreValueType.F64,
        };

        /// <summary>
        /// Lifts a <c>list&lt;u8&gt;</c> result whose (pointer, length) pair sits at the checked return area
        /// <paramref name="returnArea"/> straight into <paramref name="destination"/> (one copy, no new array) and
        /// returns the number of bytes written. The guest's range is checked (length limit, bounds) before the
        /// writer is asked for space, so a hostile length is a trap, not a huge buffer request.
        /// </summary>
        public static int LiftBytesInto(CallContext cx, ulong returnArea, System.Buffers.IBufferWriter<byte> destination)
        {
            ReadOnlySpan<byte> memory = cx.MemorySeam.Memory;
            ulong pointer = ReadPointer(memory, (int)returnArea);
            ulong length = ReadPointer(memory, (int)returnArea + 4);
            if (length > MaxListByteLength)
            {
                throw new CanonicalAbiTrapException("list of " + length + " elements exceeds the 2^28-1 byte limit");
            }
            cx.CheckBounds(pointer, length, "list");
            int written = ListCodec.LiftInto(cx, pointer, length, destination.GetSpan((int)length));
            destination.Advance(written);
            return written;
        }

        /// <summary>Allocates a block of <paramref name="size"/> bytes in the guest (through <c>cabi_realloc</c>) and checks it.</summary>
        public static ulong Allocate(CallContext cx, int alignment, ulong size)
        {
            ulong ptr = cx.Allocate(alignment, size);
            cx.CheckBlock(ptr, alignment, size);
            return ptr;
        }

        /// <summary>
        /// Allocates the block of a list of <paramref name="length"/> elements of <paramref name="elementSize"/> bytes.
        /// </summary>
        /// <exception cref="ArgumentException">The list is longer than the Canonical ABI allows.</exception>
        public static ulong AllocateList(CallContext cx, int length, int elementSize, int alignment)
        {
            ulong bytes = (ulong)length * (ulong)elementSize;
            if (bytes > MaxListByteLength)
            {
                throw new ArgumentException("a list of " + length + " elements of " + elementSize + " bytes exceeds the 2^28-1 byte limit");
            }
            return Allocate(cx, alignment, bytes);
        }

        /// <summary>
        /// Traps unless the guest's list (<paramref name="ptr"/>, <paramref name="length"/>) of
        /// <paramref name="elementSize"/>-byte elements is within the size limit, aligned and inside memory; returns the
        /// element count.
        /// </summary>
        public static int CheckList(CallContext cx, ulong ptr, ulong length, int elementSize, int alignment, string what)
        {
            if (length > MaxListByteLength / (ulong)elementSize)
            {
                throw new CanonicalAbiTrapException(what + " of " + length + " elements exceeds the 2^28-1 byte limit");
            }
            CallContext.CheckAlignment(ptr, alignment, what);
            cx.CheckBounds(ptr, length * (ulong)elementSize, what);
            return (int)length;
        }

        /// <summary>A pointer or length as the flat <c>i32</c> a 32-bit memory passes.</summary>
        public static CoreValue Pointer(ulong value) => CoreValue.I32((uint)value);

        /// <summary>Writes a pointer or length (32-bit, little-endian) at <paramref name="at"/>.</summary>
        public static void WritePointer(Span<byte> memory, int at, ulong value) =>
            BinaryPrimitives.WriteUInt32LittleEndian(memory.Slice(at), (uint)value);

        /// <summary>Reads a pointer or length (32-bit, little-endian) at <paramref name="at"/>.</summary>
        public static uint ReadPointer(ReadOnlySpan<byte> memory, int at) =>
            BinaryPrimitives.ReadUInt32LittleEndian(memory.Slice(at));

        /// <summary>A new array of <paramref name="length"/> elements (generic so generated code can spell any element type).</summary>
        public static T[] NewArray<T>(int length) => length == 0 ? Array.Empty<T>() : new T[length];

        /// <summary>The argument exception for a null where the WIT type has no option.</summary>
        public static ArgumentNullException Null(string what) =>
            new ArgumentNullException(what, what + " is null, but its WIT type is not an option");

        /// <summary>
        /// The argument exception for a host map whose enumeration yields more or fewer entries than its
        /// <c>Count</c> said when the guest's block was sized (a broken or concurrently changed dictionary).
        /// </summary>
        public static ArgumentException MapCountMismatch(int count) =>
            new ArgumentException("the map's enumeration does not yield the " + count + " entries its Count reports", "value");

        /// <summary>The argument exception for an enum value that names no case.</summary>
        public static ArgumentOutOfRangeException NoSuchCase(string what, ulong value) =>
            new ArgumentOutOfRangeException(what, value, what + " has no case " + value);
    }
}
