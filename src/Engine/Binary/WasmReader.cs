using System;
using System.Runtime.CompilerServices;
using System.Text;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Binary;

/// <summary>
/// Reads the primitive encodings of the binary format (bytes, LEB128 integers, floats, names, value types)
/// from a span, reporting malformations as <see cref="WasmDecodeException"/> with absolute byte offsets.
/// LEB128 follows the spec exactly: at most ceil(N/7) bytes, and unused bits of the last byte must be
/// zero (unsigned) or a sign extension (signed).
/// </summary>
public ref struct WasmReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _baseOffset;
    private readonly string _endReason;
    private int _position;

    /// <summary>Creates a reader over <paramref name="data"/>, whose first byte is at <paramref name="baseOffset"/> in the module.</summary>
    /// <param name="data">The bytes to read.</param>
    /// <param name="baseOffset">The absolute offset of the first byte.</param>
    /// <param name="endReason">The error reason when reading past the end (the spec words it differently for the module and a section).</param>
    public WasmReader(ReadOnlySpan<byte> data, int baseOffset = 0, string endReason = "unexpected end")
    {
        _data = data;
        _baseOffset = baseOffset;
        _endReason = endReason;
        _position = 0;
    }

    /// <summary>The reason a section or function body gives when its content ends early.</summary>
    public const string SectionEndReason = "unexpected end of section or function";

    /// <summary>The position relative to the start of the span.</summary>
    public int Position
    {
        readonly get => _position;
        set => _position = value;
    }

    /// <summary>The absolute offset in the module binary of the next byte.</summary>
    public readonly int Offset => _baseOffset + _position;

    /// <summary>The absolute offset of the span's first byte.</summary>
    public readonly int BaseOffset => _baseOffset;

    /// <summary>Bytes left to read.</summary>
    public readonly int Remaining => _data.Length - _position;

    /// <summary>True when every byte has been read.</summary>
    public readonly bool AtEnd => _position >= _data.Length;

    /// <summary>The underlying span.</summary>
    public readonly ReadOnlySpan<byte> Data => _data;

    /// <summary>Throws a <see cref="WasmDecodeException"/> at the current offset.</summary>
    public readonly WasmDecodeException Error(string reason) => new(reason, Offset);

    /// <summary>Reads one byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte ReadByte()
    {
        if ((uint)_position >= (uint)_data.Length) throw Error(_endReason);
        return _data[_position++];
    }

    /// <summary>The next byte without consuming it.</summary>
    public readonly byte PeekByte()
    {
        if ((uint)_position >= (uint)_data.Length) throw Error(_endReason);
        return _data[_position];
    }

    /// <summary>Reads <paramref name="count"/> raw bytes.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count < 0 || count > _data.Length - _position) throw Error(_endReason);
        ReadOnlySpan<byte> slice = _data.Slice(_position, count);
        _position += count;
        return slice;
    }

    /// <summary>Skips <paramref name="count"/> bytes.</summary>
    public void Skip(int count) => ReadBytes(count);

    /// <summary>Reads an unsigned 32-bit LEB128 integer (at most 5 bytes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint ReadU32()
    {
        if ((uint)_position < (uint)_data.Length)
        {
            byte b = _data[_position];
            if (b < 0x80)
            {
                _position++;
                return b;
            }
        }
        return ReadU32Slow();
    }

    private uint ReadU32Slow()
    {
        uint result = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = ReadByte();
            if (shift == 28)
            {
                if ((b & 0x80) != 0) throw LastByteError("integer representation too long");
                if ((b & 0x70) != 0) throw LastByteError("integer too large");
                return result | ((uint)b << 28);
            }
            result |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
    }

    /// <summary>Reads a signed 32-bit LEB128 integer (at most 5 bytes).</summary>
    public int ReadS32()
    {
        int result = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = ReadByte();
            if (shift == 28)
            {
                if ((b & 0x80) != 0) throw LastByteError("integer representation too long");
                int high = b & 0x78;
                if (high != 0 && high != 0x78) throw LastByteError("integer too large");
                return result | (b << 28);
            }
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                // Sign-extend from the last byte's bit 6.
                return (b & 0x40) != 0 ? result | (-1 << (shift + 7)) : result;
            }
        }
    }

    /// <summary>Reads a signed 33-bit LEB128 integer (block types), at most 5 bytes.</summary>
    public long ReadS33()
    {
        long result = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = ReadByte();
            if (shift == 28)
            {
                if ((b & 0x80) != 0) throw LastByteError("integer representation too long");
                int high = b & 0x70;
                if (high != 0 && high != 0x70) throw LastByteError("integer too large");
                result |= (long)(b & 0x7F) << 28;
                return (b & 0x40) != 0 ? result | (-1L << 35) : result;
            }
            result |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return (b & 0x40) != 0 ? result | (-1L << (shift + 7)) : result;
        }
    }

    /// <summary>Reads a signed 64-bit LEB128 integer (at most 10 bytes).</summary>
    public long ReadS64()
    {
        long result = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = ReadByte();
            if (shift == 63)
            {
                if ((b & 0x80) != 0) throw LastByteError("integer representation too long");
                int high = b & 0x7F;
                if (high != 0 && high != 0x7F) throw LastByteError("integer too large");
                return result | ((long)b << 63);
            }
            result |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return (b & 0x40) != 0 && shift + 7 < 64 ? result | (-1L << (shift + 7)) : result;
        }
    }

    /// <summary>Reads an unsigned 64-bit LEB128 integer (at most 10 bytes).</summary>
    public ulong ReadU64()
    {
        ulong result = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = ReadByte();
            if (shift == 63)
            {
                if ((b & 0x80) != 0) throw LastByteError("integer representation too long");
                if ((b & 0x7E) != 0) throw LastByteError("integer too large");
                return result | ((ulong)b << 63);
            }
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
    }

    private readonly WasmDecodeException LastByteError(string reason) => new(reason, Offset - 1);

    /// <summary>Reads the 4 little-endian bytes of an <c>f32</c> as its bit pattern.</summary>
    public uint ReadF32Bits() => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(ReadBytes(4));

    /// <summary>Reads the 8 little-endian bytes of an <c>f64</c> as its bit pattern.</summary>
    public ulong ReadF64Bits() => System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(ReadBytes(8));

    /// <summary>Reads a vector length and checks it is not larger than the bytes left (each item takes at least one byte).</summary>
    public int ReadCount()
    {
        int at = Offset;
        uint count = ReadU32();
        // Every item takes at least a byte, so a larger count cannot fit (and must not size an allocation).
        if (count > (uint)Remaining) throw new WasmDecodeException(_endReason, at);
        return (int)count;
    }

    /// <summary>Reads a length-prefixed UTF-8 name.</summary>
    public string ReadName()
    {
        int at = Offset;
        uint length = ReadU32();
        if (length > (uint)Remaining) throw new WasmDecodeException("length out of bounds", at);
        ReadOnlySpan<byte> bytes = ReadBytes((int)length);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new WasmDecodeException("malformed UTF-8 encoding", at);
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a value type (number or reference type).</summary>
    public ValType ReadValueType()
    {
        int at = Offset;
        byte b = ReadByte();
        switch (b)
        {
            case 0x7F: case 0x7E: case 0x7D: case 0x7C: case 0x70: case 0x6F:
                return (ValType)b;
            default:
                throw UnknownType(b, at, "malformed value type");
        }
    }

    /// <summary>Reads a reference type (<c>funcref</c> or <c>externref</c>).</summary>
    public ValType ReadReferenceType()
    {
        int at = Offset;
        byte b = ReadByte();
        if (b == 0x70 || b == 0x6F) return (ValType)b;
        throw UnknownType(b, at, "malformed reference type");
    }

    /// <summary>The error for a type byte that is not a 2.0 value type: unsupported proposal or malformed.</summary>
    internal static WasmDecodeException UnknownType(byte b, int offset, string malformedReason)
    {
        string? feature = b switch
        {
            0x7B => "SIMD (v128)",
            0x64 or 0x63 => "typed function references",
            >= 0x65 and <= 0x6E => "garbage collection (GC reference types)",
            0x5E or 0x5F or 0x60 or 0x4E or 0x4F or 0x50 => "garbage collection (GC types)",
            _ => null,
        };
        return feature is null ? new WasmDecodeException(malformedReason, offset) : Unsupported(feature, offset);
    }

    /// <summary>The error for a construct from a proposal outside WebAssembly 2.0.</summary>
    public static WasmDecodeException Unsupported(string feature, int offset) => new($"unsupported feature {feature}", offset);
}
