using System;
using System.Collections.Immutable;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Binary;

/// <summary>
/// Decodes a WebAssembly 2.0 module binary into a <see cref="ModuleDefinition"/>. Checks the binary format
/// (section order and sizes, LEB128, vectors, UTF-8, counts that must agree); function bodies are kept as byte
/// ranges and decoded later by the validator. Never throws anything but <see cref="WasmDecodeException"/> for bad input.
/// </summary>
public static class ModuleDecoder
{
    private static ReadOnlySpan<byte> Magic => new byte[] { 0x00, 0x61, 0x73, 0x6D };

    /// <summary>Decodes <paramref name="bytes"/>; the module keeps slices of this memory, so do not mutate it afterwards.</summary>
    /// <exception cref="WasmDecodeException">The binary is malformed or uses a feature outside WebAssembly 2.0.</exception>
    public static ModuleDefinition Decode(ReadOnlyMemory<byte> bytes)
    {
        ImplementationLimits.Check((ulong)bytes.Length, ImplementationLimits.MaxModuleSize, "bytes in the module", 0);
        var reader = new WasmReader(bytes.Span);
        if (reader.Remaining < 4) throw new WasmDecodeException("unexpected end", 0);
        if (!reader.ReadBytes(4).SequenceEqual(Magic)) throw new WasmDecodeException("magic header not detected", 0);
        if (reader.Remaining < 4) throw new WasmDecodeException("unexpected end", reader.Offset);
        ReadOnlySpan<byte> version = reader.ReadBytes(4);
        if (version[0] != 1 || version[1] != 0 || version[2] != 0 || version[3] != 0)
        {
            bool component = version[2] == 0x01 && version[3] == 0x00;
            throw new WasmDecodeException(component ? "unknown binary version (this is a component, not a core module)" : "unknown binary version", 4);
        }

        var builder = new ModuleBuilder(bytes);
        int lastOrder = 0;
        while (!reader.AtEnd)
        {
            int idOffset = reader.Offset;
            byte id = reader.ReadByte();
            int sizeOffset = reader.Offset;
            uint size = reader.ReadU32();
            if (size > (uint)reader.Remaining) throw new WasmDecodeException("length out of bounds", sizeOffset);
            int start = reader.Offset;
            reader.Skip((int)size);
            if (id > (byte)SectionId.DataCount)
            {
                throw id == 13 ? WasmReader.Unsupported("exception handling (tag section)", idOffset) : new WasmDecodeException("malformed section id", idOffset);
            }
            if (id != (byte)SectionId.Custom)
            {
                int order = SectionOrder((SectionId)id);
                if (order <= lastOrder) throw new WasmDecodeException("unexpected content after last section", idOffset);
                lastOrder = order;
            }
            var section = new WasmReader(bytes.Span.Slice(start, (int)size), start, WasmReader.SectionEndReason);
            builder.ReadSection((SectionId)id, ref section);
            if (!section.AtEnd) throw new WasmDecodeException("section size mismatch", section.Offset);
        }
        return builder.Build();
    }

    /// <summary>Decodes a module from a byte array.</summary>
    /// <exception cref="WasmDecodeException">The binary is malformed or uses a feature outside WebAssembly 2.0.</exception>
    public static ModuleDefinition Decode(byte[] bytes) => Decode(new ReadOnlyMemory<byte>(bytes));

    // The data count section sits between element and code in the required order.
    private static int SectionOrder(SectionId id) => id switch
    {
        SectionId.DataCount => 10,
        SectionId.Code => 11,
        SectionId.Data => 12,
        _ => (int)id,
    };
}
