using System;
using System.Text;
using System.Text.Unicode;

namespace WitSharp.Components.Binary;

/// <summary>
/// A bounds-checked forward reader over a slice of the input with LEB128 integers, names and vector counts. Every
/// failure is a <see cref="ComponentDecodeException"/> carrying the absolute offset, never an index exception.
/// </summary>
internal ref struct ByteReader
{
    private readonly ReadOnlyMemory<byte> _memory;
    private readonly ReadOnlySpan<byte> _span;
    private readonly int _origin;
    private int _position;

    /// <summary>Reads <paramref name="memory"/>, whose first byte is at absolute offset <paramref name="origin"/>.</summary>
    public ByteReader(ReadOnlyMemory<byte> memory, int origin)
    {
        _memory = memory;
        _span = memory.Span;
        _origin = origin;
        _position = 0;
    }

    /// <summary>The absolute offset of the next byte.</summary>
    public readonly int Offset => _origin + _position;

    /// <summary>Bytes left to read.</summary>
    public readonly int Remaining => _span.Length - _position;

    /// <summary>True when every byte has been read.</summary>
    public readonly bool AtEnd => _position >= _span.Length;

    /// <summary>The byte at the current position without consuming it.</summary>
    public readonly byte PeekByte(string expected)
    {
        if (_position >= _span.Length) throw Failure(expected, "the end of the data");
        return _span[_position];
    }

    public byte ReadByte(string expected)
    {
        if (_position >= _span.Length) throw Failure(expected, "the end of the data");
        return _span[_position++];
    }

    /// <summary>The next <paramref name="length"/> bytes as a slice of the input (no copy).</summary>
    public ReadOnlyMemory<byte> ReadBytes(int length, string expected)
    {
        if (length < 0 || length > Remaining) throw Failure($"{expected} of {(uint)length} bytes", $"only {Remaining} bytes left");
        ReadOnlyMemory<byte> slice = _memory.Slice(_position, length);
        _position += length;
        return slice;
    }

    public void Skip(int length, string expected) => ReadBytes(length, expected);

    /// <summary>An unsigned LEB128 of at most 32 bits (at most 5 bytes, unused high bits zero).</summary>
    public uint ReadU32(string expected)
    {
        int start = Offset;
        uint result = 0;
        for (int shift = 0; ; shift += 7)
        {
            if (_position >= _span.Length) throw Failure($"{expected} (u32 LEB128)", "the end of the data");
            byte b = _span[_position++];
            if (shift == 28 && (b & 0x70) != 0)
                throw new ComponentDecodeException(start, $"{expected} (u32 LEB128)", "an integer too large for 32 bits");
            if (shift == 28 && (b & 0x80) != 0)
                throw new ComponentDecodeException(start, $"{expected} (u32 LEB128)", "an encoding longer than 5 bytes");
            result |= (uint)(b & 0x7f) << shift;
            if ((b & 0x80) == 0) return result;
        }
    }

    /// <summary>An unsigned LEB128 of at most 64 bits.</summary>
    public ulong ReadU64(string expected)
    {
        int start = Offset;
        ulong result = 0;
        for (int shift = 0; ; shift += 7)
        {
            if (_position >= _span.Length) throw Failure($"{expected} (u64 LEB128)", "the end of the data");
            byte b = _span[_position++];
            if (shift == 63 && (b & 0x7e) != 0)
                throw new ComponentDecodeException(start, $"{expected} (u64 LEB128)", "an integer too large for 64 bits");
            if (shift == 63 && (b & 0x80) != 0)
                throw new ComponentDecodeException(start, $"{expected} (u64 LEB128)", "an encoding longer than 10 bytes");
            result |= (ulong)(b & 0x7f) << shift;
            if ((b & 0x80) == 0) return result;
        }
    }

    /// <summary>Skips a LEB128 integer of at most <paramref name="maxBytes"/> bytes (only its length matters to the caller).</summary>
    public void SkipLeb128(int maxBytes, string expected)
    {
        int start = Offset;
        for (int i = 0; i < maxBytes; i++)
        {
            if ((ReadByte(expected) & 0x80) == 0) return;
        }
        throw new ComponentDecodeException(start, expected, $"an encoding longer than {maxBytes} bytes");
    }

    /// <summary>A signed LEB128 of at most 33 bits (core heap types and type indices use s33).</summary>
    public long ReadS33(string expected)
    {
        int start = Offset;
        long result = 0;
        int shift = 0;
        byte b;
        do
        {
            if (_position >= _span.Length) throw Failure($"{expected} (s33 LEB128)", "the end of the data");
            if (shift >= 35) throw new ComponentDecodeException(start, $"{expected} (s33 LEB128)", "an encoding longer than 5 bytes");
            b = _span[_position++];
            result |= (long)(b & 0x7f) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        if (shift < 64 && (b & 0x40) != 0) result |= -1L << shift;
        if (result < -(1L << 32) || result >= (1L << 32))
            throw new ComponentDecodeException(start, $"{expected} (s33 LEB128)", "an integer out of the s33 range");
        return result;
    }

    /// <summary>
    /// A vector count, checked against the bytes left: every element takes at least <paramref name="minElementSize"/>
    /// bytes, so a forged count fails here instead of driving a huge allocation or loop.
    /// </summary>
    public int ReadCount(string what, int minElementSize = 1)
    {
        int start = Offset;
        uint count = ReadU32($"the number of {what}");
        if ((ulong)count * (ulong)minElementSize > (ulong)Remaining)
            throw new ComponentDecodeException(start, $"a count of {what} that fits in the {Remaining} bytes left", count.ToString());
        return (int)count;
    }

    /// <summary>A length-prefixed UTF-8 string (core:name), validated as UTF-8.</summary>
    public string ReadName(string expected)
    {
        int start = Offset;
        uint length = ReadU32($"the length of {expected}");
        if (length > (uint)Remaining)
            throw new ComponentDecodeException(start, $"{expected} of {length} bytes", $"only {Remaining} bytes left");
        ReadOnlySpan<byte> bytes = _span.Slice(_position, (int)length);
        if (!Utf8.IsValid(bytes))
            throw new ComponentDecodeException(Offset, $"{expected} in valid UTF-8", "invalid UTF-8");
        _position += (int)length;
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>A reader over the next <paramref name="length"/> bytes, which this reader skips.</summary>
    public ByteReader ReadSubReader(int length, string expected)
    {
        int origin = Offset;
        ReadOnlyMemory<byte> slice = ReadBytes(length, expected);
        return new ByteReader(slice, origin);
    }

    /// <summary>The slice of the input from absolute offset <paramref name="absoluteStart"/> to the current position.</summary>
    public readonly ReadOnlyMemory<byte> SliceFrom(int absoluteStart) =>
        _memory.Slice(absoluteStart - _origin, _position - (absoluteStart - _origin));

    /// <summary>A failure at the current offset.</summary>
    public readonly ComponentDecodeException Failure(string expected, string found) => new(Offset, expected, found);

    /// <summary>A failure for an unknown tag byte read just before the current position.</summary>
    public readonly ComponentDecodeException BadTag(string expected, byte tag) => new(Offset - 1, expected, $"0x{tag:x2}");

    /// <summary>Fails unless every byte has been read (a section's declared size must match its contents).</summary>
    public readonly void ExpectEnd(string what)
    {
        if (!AtEnd) throw Failure($"the end of {what}", $"{Remaining} more bytes");
    }
}
