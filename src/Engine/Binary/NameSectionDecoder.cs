using System;
using System.Collections.Generic;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Binary;

/// <summary>
/// Decodes the <c>name</c> custom section (module, function and local names). The spec lets implementations
/// ignore a malformed custom section, so any malformation yields null instead of an error.
/// </summary>
public static class NameSectionDecoder
{
    /// <summary>Decodes a <c>name</c> section's content, or returns null when it is malformed.</summary>
    public static NameSection? TryDecode(ReadOnlyMemory<byte> content, int offset)
    {
        try
        {
            return Decode(content.Span, offset);
        }
        catch (WasmDecodeException)
        {
            return null;
        }
    }

    private static NameSection Decode(ReadOnlySpan<byte> content, int offset)
    {
        var reader = new WasmReader(content, offset);
        string? moduleName = null;
        var functionNames = new Dictionary<uint, string>();
        var localNames = new Dictionary<uint, IReadOnlyDictionary<uint, string>>();
        int lastId = -1;
        while (!reader.AtEnd)
        {
            byte id = reader.ReadByte();
            uint size = reader.ReadU32();
            if (id <= lastId && id <= 2) throw reader.Error("name subsections out of order");
            lastId = Math.Max(lastId, id);
            int subOffset = reader.Offset;
            var sub = new WasmReader(reader.ReadBytes(checked((int)Math.Min(size, int.MaxValue))), subOffset);
            switch (id)
            {
                case 0:
                    moduleName = sub.ReadName();
                    break;
                case 1:
                    ReadNameMap(ref sub, functionNames);
                    break;
                case 2:
                {
                    int count = sub.ReadCount();
                    for (int i = 0; i < count; i++)
                    {
                        uint function = sub.ReadU32();
                        var locals = new Dictionary<uint, string>();
                        ReadNameMap(ref sub, locals);
                        localNames[function] = locals;
                    }
                    break;
                }
                default:
                    // Later subsections (labels, types, ...) are skipped whole.
                    sub.Skip(sub.Remaining);
                    break;
            }
            if (!sub.AtEnd) throw sub.Error("name subsection size mismatch");
        }
        return new NameSection { ModuleName = moduleName, FunctionNames = functionNames, LocalNames = localNames };
    }

    private static void ReadNameMap(ref WasmReader reader, Dictionary<uint, string> map)
    {
        int count = reader.ReadCount();
        for (int i = 0; i < count; i++)
        {
            uint index = reader.ReadU32();
            map[index] = reader.ReadName();
        }
    }
}
