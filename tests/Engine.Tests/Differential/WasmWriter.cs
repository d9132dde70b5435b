using System;
using System.Collections.Generic;
using System.Text;

namespace WitSharp.Engine.Tests.Differential;

/// <summary>A growable byte buffer with the encodings of the WebAssembly binary format (LEB128, names, sections).</summary>
internal sealed class WasmWriter
{
    private readonly List<byte> _bytes = new();

    public int Length => _bytes.Count;

    public WasmWriter Byte(byte value)
    {
        _bytes.Add(value);
        return this;
    }

    public WasmWriter Bytes(IEnumerable<byte> values)
    {
        _bytes.AddRange(values);
        return this;
    }

    public WasmWriter U32(uint value)
    {
        do
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            if (value != 0) b |= 0x80;
            _bytes.Add(b);
        } while (value != 0);
        return this;
    }

    public WasmWriter S64(long value)
    {
        while (true)
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            bool done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            _bytes.Add(done ? b : (byte)(b | 0x80));
            if (done) return this;
        }
    }

    public WasmWriter F32Bits(uint bits) => Bytes(BitConverter.GetBytes(bits));

    public WasmWriter F64Bits(ulong bits) => Bytes(BitConverter.GetBytes(bits));

    public WasmWriter Name(string name)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(name);
        U32((uint)utf8.Length);
        return Bytes(utf8);
    }

    /// <summary>Appends a section: id, size, then the content <paramref name="write"/> produces.</summary>
    public WasmWriter Section(byte id, Action<WasmWriter> write)
    {
        var content = new WasmWriter();
        write(content);
        Byte(id).U32((uint)content.Length);
        return Bytes(content._bytes);
    }

    /// <summary>Appends a length-prefixed vector of <paramref name="items"/>.</summary>
    public WasmWriter Vector<T>(IReadOnlyList<T> items, Action<WasmWriter, T> write)
    {
        U32((uint)items.Count);
        foreach (T item in items) write(this, item);
        return this;
    }

    public byte[] ToArray() => _bytes.ToArray();
}
