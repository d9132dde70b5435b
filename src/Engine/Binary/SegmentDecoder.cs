using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Binary;

/// <summary>Decodes element segments (binary forms 0–7) and data segments (forms 0–2).</summary>
internal static class SegmentDecoder
{
    public static ElementSegment ReadElement(ref WasmReader reader, ReadOnlyMemory<byte> module)
    {
        int at = reader.Offset;
        uint form = reader.ReadU32();
        if (form > 7) throw new WasmDecodeException("malformed elements segment kind", at);
        // Bit 0: passive or declarative (else active); bit 1: explicit table index (active) or declarative;
        // bit 2: items are expressions with an explicit reference type (else function indices with an elemkind).
        bool notActive = (form & 1) != 0;
        bool explicitTableOrDeclarative = (form & 2) != 0;
        bool expressions = (form & 4) != 0;
        SegmentMode mode = !notActive ? SegmentMode.Active : explicitTableOrDeclarative ? SegmentMode.Declarative : SegmentMode.Passive;

        uint table = 0;
        ConstantExpression? offset = null;
        if (mode == SegmentMode.Active)
        {
            if (explicitTableOrDeclarative) table = reader.ReadU32();
            offset = ConstantExpressionDecoder.Read(ref reader, module);
        }

        ValType elementType = ValType.FuncRef;
        bool hasTypeByte = notActive || explicitTableOrDeclarative;
        if (hasTypeByte)
        {
            if (expressions)
            {
                elementType = reader.ReadReferenceType();
            }
            else
            {
                int kindAt = reader.Offset;
                if (reader.ReadByte() != 0x00) throw new WasmDecodeException("malformed element kind", kindAt);
            }
        }

        int count = reader.ReadCount();
        var items = new ConstantExpression[count];
        for (int i = 0; i < count; i++)
        {
            if (expressions)
            {
                items[i] = ConstantExpressionDecoder.Read(ref reader, module);
            }
            else
            {
                int itemAt = reader.Offset;
                items[i] = ConstantExpression.FunctionReference(reader.ReadU32(), itemAt);
            }
        }
        return new ElementSegment
        {
            Mode = mode,
            TableIndex = table,
            Offset = offset,
            ElementType = elementType,
            Items = ImmutableCollectionsMarshal.AsImmutableArray(items),
            Form = (byte)form,
        };
    }

    public static DataSegment ReadData(ref WasmReader reader, ReadOnlyMemory<byte> module)
    {
        int at = reader.Offset;
        uint form = reader.ReadU32();
        uint memory = 0;
        ConstantExpression? offset = null;
        SegmentMode mode;
        switch (form)
        {
            case 0:
                mode = SegmentMode.Active;
                offset = ConstantExpressionDecoder.Read(ref reader, module);
                break;
            case 1:
                mode = SegmentMode.Passive;
                break;
            case 2:
                mode = SegmentMode.Active;
                memory = reader.ReadU32();
                offset = ConstantExpressionDecoder.Read(ref reader, module);
                break;
            default:
                throw new WasmDecodeException("malformed data segment kind", at);
        }
        int lengthAt = reader.Offset;
        uint length = reader.ReadU32();
        if (length > (uint)reader.Remaining) throw new WasmDecodeException(WasmReader.SectionEndReason, lengthAt);
        int dataOffset = reader.Offset;
        reader.Skip((int)length);
        return new DataSegment { Mode = mode, MemoryIndex = memory, Offset = offset, Data = module.Slice(dataOffset, (int)length) };
    }
}
