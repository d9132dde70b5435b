using System.Collections.Generic;
using WitSharp.Components.Model;

namespace WitSharp.Components.Binary;

/// <summary>Reads the core-level productions a component embeds: core types, module types, core extern types and value types.</summary>
internal static class CoreTypeReader
{
    /// <summary>
    /// A <c>core:type</c>. In a component 0x50 opens a module type and a non-final sub type is 0x00 0x50; inside a core
    /// module's own type section (<paramref name="inCoreModule"/>) 0x50 is the non-final sub type itself.
    /// </summary>
    public static CoreTypeDefinition ReadCoreType(ref ByteReader reader, int depth, ComponentDecoderOptions options, bool inCoreModule = false)
    {
        int offset = reader.Offset;
        byte tag = reader.PeekByte("a core type");
        if (inCoreModule && tag == 0x50)
        {
            reader.ReadByte("a non-final core subtype");
            return new CoreTypeDefinition(offset, new CoreRecursiveGroup(new[] { ReadSubTypeBody(ref reader, isFinal: false) }));
        }
        if (inCoreModule && tag == 0x00) throw reader.BadTag("a core module type (0x60 func, 0x4e rec, 0x50/0x4f sub)", tag);
        switch (tag)
        {
            case 0x50:
                reader.ReadByte("a core module type");
                return new CoreTypeDefinition(offset, ReadModuleType(ref reader, depth + 1, options));
            case 0x4e:
            {
                reader.ReadByte("a recursive type group");
                int count = reader.ReadCount("recursive group members");
                var members = new List<CoreSubType>(count);
                for (int i = 0; i < count; i++) members.Add(ReadSubType(ref reader, inRecGroup: true));
                return new CoreTypeDefinition(offset, new CoreRecursiveGroup(members));
            }
            case 0x00:
            {
                reader.ReadByte("a non-final core subtype");
                byte sub = reader.ReadByte("0x50 (a non-final sub type)");
                if (sub != 0x50) throw reader.BadTag("0x50 after 0x00 (a non-final sub type)", sub);
                return new CoreTypeDefinition(offset, new CoreRecursiveGroup(new[] { ReadSubTypeBody(ref reader, isFinal: false) }));
            }
            case 0x4f:
                reader.ReadByte("a final core subtype");
                return new CoreTypeDefinition(offset, new CoreRecursiveGroup(new[] { ReadSubTypeBody(ref reader, isFinal: true) }));
            default:
                return new CoreTypeDefinition(offset, ReadCompositeType(ref reader));
        }
    }

    private static CoreSubType ReadSubType(ref ByteReader reader, bool inRecGroup)
    {
        byte tag = reader.PeekByte("a core subtype");
        if (tag == 0x50 && inRecGroup) { reader.ReadByte("sub"); return ReadSubTypeBody(ref reader, isFinal: false); }
        if (tag == 0x4f) { reader.ReadByte("sub final"); return ReadSubTypeBody(ref reader, isFinal: true); }
        return new CoreSubType(true, System.Array.Empty<uint>(), ReadCompositeType(ref reader));
    }

    private static CoreSubType ReadSubTypeBody(ref ByteReader reader, bool isFinal)
    {
        int count = reader.ReadCount("supertypes");
        var supertypes = new uint[count];
        for (int i = 0; i < count; i++) supertypes[i] = reader.ReadU32("a supertype index");
        return new CoreSubType(isFinal, supertypes, ReadCompositeType(ref reader));
    }

    private static CoreDefinedType ReadCompositeType(ref ByteReader reader)
    {
        byte tag = reader.ReadByte("a core type (0x60 func, 0x5f struct, 0x5e array, 0x50 module, 0x4e rec)");
        switch (tag)
        {
            case 0x60:
            {
                CoreValType[] parameters = ReadValTypes(ref reader, "core parameter types");
                CoreValType[] results = ReadValTypes(ref reader, "core result types");
                return new CoreFuncType(parameters, results);
            }
            case 0x5f:
            {
                int count = reader.ReadCount("struct fields", 2);
                var fields = new CoreFieldType[count];
                for (int i = 0; i < count; i++) fields[i] = ReadFieldType(ref reader);
                return new CoreStructType(fields);
            }
            case 0x5e:
                return new CoreArrayType(ReadFieldType(ref reader));
            default:
                throw reader.BadTag("a core type (0x60 func, 0x5f struct, 0x5e array, 0x50 module, 0x4e rec)", tag);
        }
    }

    private static CoreFieldType ReadFieldType(ref ByteReader reader)
    {
        byte b = reader.PeekByte("a storage type");
        CoreValType storage;
        if (b == 0x78) { reader.ReadByte("i8"); storage = new CoreValType(CoreValKind.I8); }
        else if (b == 0x77) { reader.ReadByte("i16"); storage = new CoreValType(CoreValKind.I16); }
        else storage = ReadValType(ref reader);
        byte mutability = reader.ReadByte("a field mutability (0x00 or 0x01)");
        if (mutability > 1) throw reader.BadTag("a field mutability (0x00 or 0x01)", mutability);
        return new CoreFieldType(storage, mutability == 1);
    }

    private static CoreValType[] ReadValTypes(ref ByteReader reader, string what)
    {
        int count = reader.ReadCount(what);
        var types = new CoreValType[count];
        for (int i = 0; i < count; i++) types[i] = ReadValType(ref reader);
        return types;
    }

    /// <summary>A core value type: a number type, v128, or a reference type (shorthand or <c>ref null? ht</c>).</summary>
    public static CoreValType ReadValType(ref ByteReader reader)
    {
        const string Expected = "a core value type";
        byte b = reader.ReadByte(Expected);
        switch (b)
        {
            case 0x7f: return CoreValType.I32;
            case 0x7e: return CoreValType.I64;
            case 0x7d: return CoreValType.F32;
            case 0x7c: return CoreValType.F64;
            case 0x7b: return new CoreValType(CoreValKind.V128);
            case 0x64:
            case 0x63:
                return new CoreValType(CoreValKind.Ref, b == 0x63, ReadHeapType(ref reader));
            default:
                // Abstract heap type shorthands (0x69 exn … 0x74 noexn) are nullable references; s33 code = byte - 0x80.
                if (b >= 0x69 && b <= 0x74) return new CoreValType(CoreValKind.Ref, true, b - 0x80);
                throw reader.BadTag(Expected, b);
        }
    }

    private static long ReadHeapType(ref ByteReader reader)
    {
        int start = reader.Offset;
        long code = reader.ReadS33("a heap type");
        if (code < 0 && (code < -0x17 || code > -0x0c))
            throw new ComponentDecodeException(start, "a heap type (a type index or an abstract heap type)", code.ToString());
        return code;
    }

    private static CoreModuleType ReadModuleType(ref ByteReader reader, int depth, ComponentDecoderOptions options)
    {
        if (depth > options.MaxNestingDepth)
            throw reader.Failure($"at most {options.MaxNestingDepth} levels of nested types", "deeper nesting");
        int count = reader.ReadCount("module type declarations");
        var declarations = new List<Definition>(count);
        for (int i = 0; i < count; i++)
        {
            int offset = reader.Offset;
            byte tag = reader.ReadByte("a module type declaration (0x00 import, 0x01 type, 0x02 alias, 0x03 export)");
            switch (tag)
            {
                case 0x00:
                {
                    string module = reader.ReadName("an import module name");
                    string name = reader.ReadName("an import name");
                    declarations.Add(new CoreImportDeclaration(offset, module, name, ReadExternType(ref reader)));
                    break;
                }
                case 0x01:
                    declarations.Add(ReadCoreType(ref reader, depth, options));
                    break;
                case 0x02:
                {
                    byte sort = reader.ReadByte("0x10 (the core type sort of an outer alias)");
                    if (sort != 0x10) throw reader.BadTag("0x10 (module types alias only core types)", sort);
                    byte kind = reader.ReadByte("0x01 (an outer alias)");
                    if (kind != 0x01) throw reader.BadTag("0x01 (module types have only outer aliases)", kind);
                    uint count2 = reader.ReadU32("the outer alias count");
                    uint index = reader.ReadU32("the outer alias index");
                    declarations.Add(new OuterAlias(offset, Sort.CoreType, count2, index));
                    break;
                }
                case 0x03:
                {
                    string name = reader.ReadName("an export name");
                    declarations.Add(new CoreExportDeclaration(offset, name, ReadExternType(ref reader)));
                    break;
                }
                default:
                    throw reader.BadTag("a module type declaration (0x00 import, 0x01 type, 0x02 alias, 0x03 export)", tag);
            }
        }
        return new CoreModuleType(declarations);
    }

    /// <summary>A core import/export description (<c>core:externtype</c>).</summary>
    public static CoreExternType ReadExternType(ref ByteReader reader)
    {
        return ReadExternTypeBody(ref reader, reader.ReadByte(ExternTypeExpected));
    }

    private const string ExternTypeExpected = "a core extern type (0x00 func, 0x01 table, 0x02 memory, 0x03 global, 0x04 tag)";

    /// <summary>A core extern type after its kind byte <paramref name="tag"/> (also the encoding of a core module's definition sections).</summary>
    public static CoreExternType ReadExternTypeBody(ref ByteReader reader, byte tag)
    {
        switch (tag)
        {
            case 0x00:
                return new CoreFuncExtern(reader.ReadU32("a core function type index"));
            case 0x01:
            {
                CoreValType element = ReadValType(ref reader);
                if (element.Kind != CoreValKind.Ref)
                    throw reader.Failure("a reference type for a table's elements", element.ToString());
                byte flags = reader.ReadByte("table limits flags");
                if ((flags & ~0x05) != 0) throw reader.BadTag("table limits flags (0x00, 0x01, 0x04 or 0x05)", flags);
                return new CoreTableExtern(element, ReadLimits(ref reader, flags));
            }
            case 0x02:
            {
                byte flags = reader.ReadByte("memory limits flags");
                if ((flags & ~0x07) != 0) throw reader.BadTag("memory limits flags (0x00 to 0x07)", flags);
                return new CoreMemoryExtern(ReadLimits(ref reader, flags), (flags & 2) != 0, (flags & 4) != 0);
            }
            case 0x03:
            {
                CoreValType type = ReadValType(ref reader);
                byte mutability = reader.ReadByte("a global mutability (0x00 or 0x01)");
                if (mutability > 1) throw reader.BadTag("a global mutability (0x00 or 0x01)", mutability);
                return new CoreGlobalExtern(type, mutability == 1);
            }
            case 0x04:
            {
                byte attribute = reader.ReadByte("a tag attribute (0x00)");
                if (attribute != 0) throw reader.BadTag("a tag attribute (0x00)", attribute);
                return new CoreTagExtern(reader.ReadU32("a tag's function type index"));
            }
            default:
                throw reader.BadTag(ExternTypeExpected, tag);
        }
    }

    private static CoreLimits ReadLimits(ref ByteReader reader, byte flags)
    {
        bool is64 = (flags & 4) != 0;
        ulong minimum = is64 ? reader.ReadU64("a minimum size") : reader.ReadU32("a minimum size");
        ulong? maximum = null;
        if ((flags & 1) != 0) maximum = is64 ? reader.ReadU64("a maximum size") : reader.ReadU32("a maximum size");
        return new CoreLimits(minimum, maximum);
    }
}
