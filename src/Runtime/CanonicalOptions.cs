using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime
{
    /// <summary>The <c>string-encoding</c> canonical option.</summary>
    public enum StringEncoding : byte
    {
        /// <summary><c>utf8</c></summary>
        Utf8,
        /// <summary><c>utf16</c> (little-endian code units, 2-byte aligned).</summary>
        Utf16,
        /// <summary><c>latin1+utf16</c>: Latin-1 bytes, or UTF-16 with the top length bit set.</summary>
        Latin1Utf16,
    }

    /// <summary>
    /// How a string value was encoded where it came from. The Canonical ABI picks its transcoding
    /// (and so its sequence of <c>cabi_realloc</c> calls) from this and the destination encoding.
    /// A .NET string from host code is <see cref="Utf16"/>.
    /// </summary>
    public enum StringSourceEncoding : byte
    {
        /// <summary>UTF-16 (a .NET string).</summary>
        Utf16,
        /// <summary>UTF-8.</summary>
        Utf8,
        /// <summary>The Latin-1 form of <c>latin1+utf16</c>.</summary>
        Latin1,
        /// <summary>The UTF-16 form of <c>latin1+utf16</c> (the producer chose UTF-16 over Latin-1).</summary>
        TaggedUtf16,
        /// <summary>
        /// A host's string, whose length in any encoding is known up front: stored with one allocation of the exact
        /// size, as a Rust host does. Realloc functions that cannot grow a block (WASI's preview1 adapter traps on
        /// that) need it; the spec's transcoding loops with their grow-and-shrink reallocations are for guest sources.
        /// </summary>
        Host,
    }

    /// <summary>The canonical options that shape lifting and lowering: string encoding and memory address type.</summary>
    public sealed record CanonicalOptions(StringEncoding StringEncoding = StringEncoding.Utf8, AbiAddressType AddressType = AbiAddressType.Memory32)
    {
        /// <summary>UTF-8 strings in a 32-bit memory, the common case.</summary>
        public static CanonicalOptions Default { get; } = new CanonicalOptions();
    }
}
