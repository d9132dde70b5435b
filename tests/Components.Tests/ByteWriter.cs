using System;
using System.Collections.Generic;
using System.Text;

namespace WitSharp.Components.Tests;

/// <summary>Emits the primitive encodings of the binary format (bytes, LEB128, names) for hand-built test binaries.</summary>
internal sealed class ByteWriter
{
    private readonly List<byte> _bytes = new();

    public int Length => _bytes.Count;

    public ByteWriter Byte(params byte[] bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }

    public ByteWriter U32(uint value)
    {
        do
        {
            byte b = (byte)(value & 0x7f);
            value >>= 7;
            if (value != 0) b |= 0x80;
            _bytes.Add(b);
        }
        while (value != 0);
        return this;
    }

    /// <summary>A non-negative type index as the s33 that <c>valtype</c> uses.</summary>
    public ByteWriter S33(long value)
    {
        while (true)
        {
            byte b = (byte)(value & 0x7f);
            value >>= 7;
            bool done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            if (!done) b |= 0x80;
            _bytes.Add(b);
            if (done) return this;
        }
    }

    public ByteWriter Name(string name)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(name);
        U32((uint)utf8.Length);
        _bytes.AddRange(utf8);
        return this;
    }

    /// <summary>A length-prefixed raw byte string (for invalid UTF-8 names).</summary>
    public ByteWriter RawName(params byte[] bytes)
    {
        U32((uint)bytes.Length);
        _bytes.AddRange(bytes);
        return this;
    }

    public ByteWriter Bytes(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes) _bytes.Add(b);
        return this;
    }

    public ByteWriter Vec<T>(IReadOnlyList<T> items, Action<ByteWriter, T> write)
    {
        U32((uint)items.Count);
        foreach (T item in items) write(this, item);
        return this;
    }

    /// <summary><c>nameattributes</c> with the plain 0x00 encoding.</summary>
    public ByteWriter ExternName(string name) => Byte(0x00).Name(name);

    public byte[] ToArray() => _bytes.ToArray();
}
