using System.Collections.Generic;
using WitSharp.Components.Model;

namespace WitSharp.Components.Binary;

/// <summary>Reads sorts, names, extern types, aliases, instances, imports, exports, start and value definitions.</summary>
internal static class DefinitionReader
{
    private const string SortExpected = "a sort (0x00 core, 0x01 func, 0x02 value, 0x03 type, 0x04 component, 0x05 instance)";
    private const string CoreSortExpected = "a core sort (0x00 func, 0x01 table, 0x02 memory, 0x03 global, 0x04 tag, 0x10 type, 0x11 module, 0x12 instance)";

    public static Sort ReadSort(ref ByteReader reader)
    {
        byte b = reader.ReadByte(SortExpected);
        return b switch
        {
            0x00 => ReadCoreSort(ref reader),
            0x01 => Sort.Func,
            0x02 => Sort.Value,
            0x03 => Sort.Type,
            0x04 => Sort.Component,
            0x05 => Sort.Instance,
            _ => throw reader.BadTag(SortExpected, b),
        };
    }

    public static Sort ReadCoreSort(ref ByteReader reader)
    {
        byte b = reader.ReadByte(CoreSortExpected);
        return b switch
        {
            0x00 => Sort.CoreFunc,
            0x01 => Sort.CoreTable,
            0x02 => Sort.CoreMemory,
            0x03 => Sort.CoreGlobal,
            0x04 => Sort.CoreTag,
            0x10 => Sort.CoreType,
            0x11 => Sort.CoreModule,
            0x12 => Sort.CoreInstance,
            _ => throw reader.BadTag(CoreSortExpected, b),
        };
    }

    public static SortIndex ReadSortIndex(ref ByteReader reader)
    {
        Sort sort = ReadSort(ref reader);
        return new SortIndex(sort, reader.ReadU32($"a {sort.ToText()} index"));
    }

    public static SortIndex ReadCoreSortIndex(ref ByteReader reader)
    {
        Sort sort = ReadCoreSort(ref reader);
        return new SortIndex(sort, reader.ReadU32($"a {sort.ToText()} index"));
    }

    /// <summary><c>nameattributes</c>: 0x00/0x01 and a name, or 0x02, a name and a vector of attributes.</summary>
    public static ExternName ReadExternName(ref ByteReader reader)
    {
        const string Expected = "an extern name (0x00, 0x01 or 0x02 with attributes)";
        byte tag = reader.ReadByte(Expected);
        if (tag > 0x02) throw reader.BadTag(Expected, tag);
        string name = reader.ReadName("an import or export name");
        if (tag != 0x02) return new ExternName(name, System.Array.Empty<ExternNameAttribute>());
        int count = reader.ReadCount("name attributes", 2);
        var attributes = new ExternNameAttribute[count];
        for (int i = 0; i < count; i++)
        {
            const string AttributeExpected = "a name attribute (0x00 implements, 0x01 versionsuffix, 0x02 external-id)";
            byte kind = reader.ReadByte(AttributeExpected);
            if (kind > 0x02) throw reader.BadTag(AttributeExpected, kind);
            attributes[i] = new ExternNameAttribute((ExternNameAttributeKind)kind, reader.ReadName("an attribute value"));
        }
        return new ExternName(name, attributes);
    }

    public static ExternType ReadExternType(ref ByteReader reader)
    {
        const string Expected = "an extern type (0x00 0x11 core module, 0x01 func, 0x02 value, 0x03 type, 0x04 component, 0x05 instance)";
        byte tag = reader.ReadByte(Expected);
        switch (tag)
        {
            case 0x00:
            {
                byte module = reader.ReadByte("0x11 (core module)");
                if (module != 0x11) throw reader.BadTag("0x11 (only core modules are core extern types)", module);
                return new ExternType(ExternKind.CoreModule, reader.ReadU32("a core module type index"));
            }
            case 0x01: return new ExternType(ExternKind.Func, reader.ReadU32("a function type index"));
            case 0x02:
            {
                byte bound = reader.ReadByte("a value bound (0x00 eq, 0x01 a value type)");
                if (bound == 0x00) return new ExternType(ExternKind.Value, reader.ReadU32("a value index"), ExternBound.Eq);
                if (bound != 0x01) throw reader.BadTag("a value bound (0x00 eq, 0x01 a value type)", bound);
                return new ExternType(ExternKind.Value, 0, ExternBound.ValueType, TypeReader.ReadValType(ref reader));
            }
            case 0x03:
            {
                byte bound = reader.ReadByte("a type bound (0x00 eq, 0x01 sub resource)");
                if (bound == 0x00) return new ExternType(ExternKind.Type, reader.ReadU32("a type index"), ExternBound.Eq);
                if (bound != 0x01) throw reader.BadTag("a type bound (0x00 eq, 0x01 sub resource)", bound);
                return new ExternType(ExternKind.Type, 0, ExternBound.SubResource);
            }
            case 0x04: return new ExternType(ExternKind.Component, reader.ReadU32("a component type index"));
            case 0x05: return new ExternType(ExternKind.Instance, reader.ReadU32("an instance type index"));
            default: throw reader.BadTag(Expected, tag);
        }
    }

    public static AliasDefinition ReadAlias(ref ByteReader reader)
    {
        int offset = reader.Offset;
        Sort sort = ReadSort(ref reader);
        const string Expected = "an alias target (0x00 export, 0x01 core export, 0x02 outer)";
        byte tag = reader.ReadByte(Expected);
        switch (tag)
        {
            case 0x00:
            {
                uint instance = reader.ReadU32("an instance index");
                return new ExportAlias(offset, sort, instance, reader.ReadName("an export name"));
            }
            case 0x01:
            {
                uint instance = reader.ReadU32("a core instance index");
                return new CoreExportAlias(offset, sort, instance, reader.ReadName("a core export name"));
            }
            case 0x02:
            {
                uint count = reader.ReadU32("an outer alias count");
                return new OuterAlias(offset, sort, count, reader.ReadU32("an outer alias index"));
            }
            default:
                throw reader.BadTag(Expected, tag);
        }
    }

    public static CoreInstanceDefinition ReadCoreInstance(ref ByteReader reader)
    {
        int offset = reader.Offset;
        const string Expected = "a core instance (0x00 instantiate, 0x01 exports)";
        byte tag = reader.ReadByte(Expected);
        if (tag == 0x00)
        {
            uint module = reader.ReadU32("a core module index");
            int count = reader.ReadCount("instantiation arguments", 3);
            var arguments = new CoreInstantiateArgument[count];
            for (int i = 0; i < count; i++)
            {
                string name = reader.ReadName("an argument name");
                arguments[i] = new CoreInstantiateArgument(name, ReadCoreSortIndex(ref reader));
            }
            return new CoreInstantiation(offset, module, arguments);
        }
        if (tag != 0x01) throw reader.BadTag(Expected, tag);
        int exportCount = reader.ReadCount("core inline exports", 3);
        var exports = new CoreInlineExport[exportCount];
        for (int i = 0; i < exportCount; i++)
        {
            string name = reader.ReadName("a core export name");
            exports[i] = new CoreInlineExport(name, ReadCoreSortIndex(ref reader));
        }
        return new CoreInlineExportInstance(offset, exports);
    }

    public static InstanceDefinition ReadInstance(ref ByteReader reader)
    {
        int offset = reader.Offset;
        const string Expected = "an instance (0x00 instantiate, 0x01 exports)";
        byte tag = reader.ReadByte(Expected);
        if (tag == 0x00)
        {
            uint component = reader.ReadU32("a component index");
            int count = reader.ReadCount("instantiation arguments", 3);
            var arguments = new InstantiateArgument[count];
            for (int i = 0; i < count; i++)
            {
                string name = reader.ReadName("an argument name");
                arguments[i] = new InstantiateArgument(name, ReadSortIndex(ref reader));
            }
            return new ComponentInstantiation(offset, component, arguments);
        }
        if (tag != 0x01) throw reader.BadTag(Expected, tag);
        int exportCount = reader.ReadCount("inline exports", 4);
        var exports = new InlineExport[exportCount];
        for (int i = 0; i < exportCount; i++)
        {
            ExternName name = ReadExternName(ref reader);
            exports[i] = new InlineExport(name, ReadSortIndex(ref reader));
        }
        return new InlineExportInstance(offset, exports);
    }

    public static ImportDefinition ReadImport(ref ByteReader reader)
    {
        int offset = reader.Offset;
        ExternName name = ReadExternName(ref reader);
        return new ImportDefinition(offset, name, ReadExternType(ref reader));
    }

    public static ExportDefinition ReadExport(ref ByteReader reader)
    {
        int offset = reader.Offset;
        ExternName name = ReadExternName(ref reader);
        SortIndex item = ReadSortIndex(ref reader);
        byte present = reader.ReadByte("0x00 or 0x01 (an optional export type)");
        ExternType? type = null;
        if (present == 1) type = ReadExternType(ref reader);
        else if (present != 0) throw reader.BadTag("0x00 or 0x01 (an optional export type)", present);
        return new ExportDefinition(offset, name, item, type);
    }

    public static StartDefinition ReadStart(ref ByteReader reader)
    {
        int offset = reader.Offset;
        uint func = reader.ReadU32("a start function index");
        int count = reader.ReadCount("start arguments");
        var arguments = new uint[count];
        for (int i = 0; i < count; i++) arguments[i] = reader.ReadU32("a value index");
        return new StartDefinition(offset, func, arguments, reader.ReadU32("the start result count"));
    }

    public static ValueDefinition ReadValue(ref ByteReader reader)
    {
        int offset = reader.Offset;
        ValType type = TypeReader.ReadValType(ref reader);
        uint length = reader.ReadU32("a value's length");
        if (length > (uint)reader.Remaining)
            throw reader.Failure($"a value of {length} bytes", $"only {reader.Remaining} bytes left");
        return new ValueDefinition(offset, type, reader.ReadBytes((int)length, "a value's bytes"));
    }

    /// <summary>Reads a vector of items with <paramref name="read"/>.</summary>
    public static void ReadVector<T>(ref ByteReader reader, string what, List<T> into, ReadItem<T> read)
    {
        int count = reader.ReadCount(what);
        for (int i = 0; i < count; i++) into.Add(read(ref reader));
    }

    /// <summary>Reads one item.</summary>
    public delegate T ReadItem<T>(ref ByteReader reader);
}
