using System.Collections.Immutable;
using System.Runtime.InteropServices;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Binary;

/// <summary>Decodes the type encodings shared by several sections: function, table, memory and global types, limits.</summary>
internal static class TypeDecoder
{
    public static FuncType ReadFuncType(ref WasmReader reader)
    {
        int at = reader.Offset;
        byte form = reader.ReadByte();
        if (form != 0x60)
        {
            throw form is 0x5E or 0x5F or 0x50 or 0x4E or 0x4F
                ? WasmReader.Unsupported("garbage collection (composite types)", at)
                : new WasmDecodeException("integer representation too long", at);
        }
        ImmutableArray<ValType> parameters = ReadValueTypes(ref reader, ImplementationLimits.MaxFunctionParameters, "parameters in a function type");
        ImmutableArray<ValType> results = ReadValueTypes(ref reader, ImplementationLimits.MaxFunctionResults, "results in a function type");
        return new FuncType(parameters, results);
    }

    private static ImmutableArray<ValType> ReadValueTypes(ref WasmReader reader, int limit, string what)
    {
        int at = reader.Offset;
        int count = reader.ReadCount();
        ImplementationLimits.Check((uint)count, limit, what, at);
        if (count == 0) return ImmutableArray<ValType>.Empty;
        var types = new ValType[count];
        for (int i = 0; i < count; i++) types[i] = reader.ReadValueType();
        return ImmutableCollectionsMarshal.AsImmutableArray(types);
    }

    public static Limits ReadLimits(ref WasmReader reader, bool memory)
    {
        int at = reader.Offset;
        byte flags = reader.ReadByte();
        switch (flags)
        {
            case 0x00:
                return new Limits(reader.ReadU32(), null);
            case 0x01:
            {
                uint min = reader.ReadU32();
                return new Limits(min, reader.ReadU32());
            }
            case 0x02 or 0x03 when memory:
                throw WasmReader.Unsupported("threads (shared memory)", at);
            case >= 0x04 and <= 0x07 when memory:
                throw WasmReader.Unsupported("memory64", at);
            default:
                // The flags are a u32 LEB128 in the reference interpreter, hence its wording.
                throw new WasmDecodeException(flags >= 0x80 ? "integer representation too long" : "integer too large", at);
        }
    }

    public static TableType ReadTableType(ref WasmReader reader)
    {
        ValType element = reader.ReadReferenceType();
        return new TableType(element, ReadLimits(ref reader, memory: false));
    }

    public static MemoryType ReadMemoryType(ref WasmReader reader) => new(ReadLimits(ref reader, memory: true));

    public static GlobalType ReadGlobalType(ref WasmReader reader)
    {
        ValType type = reader.ReadValueType();
        int at = reader.Offset;
        byte mutability = reader.ReadByte();
        if (mutability > 1) throw new WasmDecodeException("malformed mutability", at);
        return new GlobalType(type, mutability == 1);
    }
}
