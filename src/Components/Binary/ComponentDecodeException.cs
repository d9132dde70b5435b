using System;

namespace WitSharp.Components.Binary;

/// <summary>
/// Thrown when bytes are not a well-formed component binary: the only exception <see cref="ComponentDecoder"/> throws
/// for bad input. The message names the byte offset (hex and decimal), what the grammar expected there and what was found.
/// </summary>
public sealed class ComponentDecodeException : Exception
{
    /// <summary>Creates the exception for a failure at <paramref name="offset"/>.</summary>
    /// <param name="offset">The absolute byte offset in the decoded buffer where decoding failed.</param>
    /// <param name="expected">What the binary format expects at that offset.</param>
    /// <param name="found">What the bytes hold instead.</param>
    public ComponentDecodeException(long offset, string expected, string found)
        : base($"malformed component at offset 0x{offset:x} ({offset}): expected {expected}, found {found}")
    {
        Offset = offset;
        Expected = expected;
        Found = found;
    }

    /// <summary>The absolute byte offset of the failure.</summary>
    public long Offset { get; }

    /// <summary>What the binary format expects at <see cref="Offset"/>.</summary>
    public string Expected { get; }

    /// <summary>What was found at <see cref="Offset"/> instead.</summary>
    public string Found { get; }
}
