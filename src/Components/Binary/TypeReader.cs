using System.Collections.Generic;
using WitSharp.Components.Model;

namespace WitSharp.Components.Binary;

/// <summary>Reads component-level types: <c>deftype</c>, <c>valtype</c>, function, component, instance and resource types.</summary>
internal static class TypeReader
{
    public static TypeDefinition ReadType(ref ByteReader reader, int depth, ComponentDecoderOptions options)
    {
        int offset = reader.Offset;
        return new TypeDefinition(offset, ReadDefinedType(ref reader, depth, options));
    }

    private static DefinedType ReadDefinedType(ref ByteReader reader, int depth, ComponentDecoderOptions options)
    {
        const string Expected = "a type (a value type, 0x40 func, 0x41 component, 0x42 instance or 0x3f resource)";
        byte tag = reader.ReadByte(Expected);
        if (PrimitiveValueTypeExtensions.IsPrimitiveOpcode(tag)) return new PrimitiveType((PrimitiveValueType)tag);
        switch (tag)
        {
            case 0x72:
            {
                int count = reader.ReadCount("record fields", 2);
                var fields = new LabeledValType[count];
                for (int i = 0; i < count; i++) fields[i] = ReadLabeled(ref reader, "a record field label");
                return new RecordType(fields);
            }
            case 0x71:
            {
                int count = reader.ReadCount("variant cases", 3);
                var cases = new VariantCase[count];
                for (int i = 0; i < count; i++)
                {
                    string label = reader.ReadName("a variant case label");
                    ValType? payload = ReadOptionalValType(ref reader, "a variant case payload");
                    byte refines = reader.ReadByte("0x00 (the end of a variant case)");
                    if (refines != 0) throw reader.BadTag("0x00 (the end of a variant case; `refines` is gone)", refines);
                    cases[i] = new VariantCase(label, payload);
                }
                return new VariantType(cases);
            }
            case 0x70: return new ListType(ReadValType(ref reader));
            case 0x67:
            {
                ValType element = ReadValType(ref reader);
                return new FixedListType(element, reader.ReadU32("a fixed list length"));
            }
            case 0x6f:
            {
                int count = reader.ReadCount("tuple types");
                var types = new ValType[count];
                for (int i = 0; i < count; i++) types[i] = ReadValType(ref reader);
                return new TupleType(types);
            }
            case 0x6e: return new FlagsType(ReadLabels(ref reader, "flag"));
            case 0x6d: return new EnumType(ReadLabels(ref reader, "enum case"));
            case 0x6b: return new OptionType(ReadValType(ref reader));
            case 0x6a:
            {
                ValType? ok = ReadOptionalValType(ref reader, "a result's ok type");
                ValType? error = ReadOptionalValType(ref reader, "a result's error type");
                return new ResultType(ok, error);
            }
            case 0x69: return new OwnType(reader.ReadU32("a resource type index"));
            case 0x68: return new BorrowType(reader.ReadU32("a resource type index"));
            case 0x66: return new StreamType(ReadOptionalValType(ref reader, "a stream element type"));
            case 0x65: return new FutureType(ReadOptionalValType(ref reader, "a future value type"));
            case 0x63:
            {
                ValType key = ReadValType(ref reader);
                return new MapType(key, ReadValType(ref reader));
            }
            case 0x40:
            case 0x43:
                return ReadFuncType(ref reader, tag == 0x43);
            case 0x41:
                return new ComponentType(ReadDeclarations(ref reader, depth + 1, options, isComponentType: true));
            case 0x42:
                return new InstanceType(ReadDeclarations(ref reader, depth + 1, options, isComponentType: false));
            case 0x3f:
            {
                CoreValType representation = CoreTypeReader.ReadValType(ref reader);
                uint? destructor = null;
                byte present = reader.ReadByte("0x00 or 0x01 (an optional destructor)");
                if (present == 1) destructor = reader.ReadU32("a destructor's core function index");
                else if (present != 0) throw reader.BadTag("0x00 or 0x01 (an optional destructor)", present);
                return new ResourceType(representation, destructor);
            }
            default:
                throw reader.BadTag(Expected, tag);
        }
    }

    private static FuncType ReadFuncType(ref ByteReader reader, bool isAsync)
    {
        int count = reader.ReadCount("function parameters", 2);
        var parameters = new LabeledValType[count];
        for (int i = 0; i < count; i++) parameters[i] = ReadLabeled(ref reader, "a parameter name");
        byte kind = reader.ReadByte("a result list (0x00 one type, 0x01 0x00 none)");
        ValType? result;
        if (kind == 0x00) result = ReadValType(ref reader);
        else if (kind == 0x01)
        {
            byte zero = reader.ReadByte("0x00 (no named results)");
            if (zero != 0) throw reader.BadTag("0x00 (named results are no longer allowed)", zero);
            result = null;
        }
        else throw reader.BadTag("a result list (0x00 one type, 0x01 0x00 none)", kind);
        return new FuncType(isAsync, parameters, result);
    }

    private static List<Definition> ReadDeclarations(ref ByteReader reader, int depth, ComponentDecoderOptions options, bool isComponentType)
    {
        if (depth > options.MaxNestingDepth)
            throw reader.Failure($"at most {options.MaxNestingDepth} levels of nested types", "deeper nesting");
        string what = isComponentType ? "component type declarations" : "instance type declarations";
        string expected = isComponentType
            ? "a component type declaration (0x00 core type, 0x01 type, 0x02 alias, 0x03 import, 0x04 export)"
            : "an instance type declaration (0x00 core type, 0x01 type, 0x02 alias, 0x04 export)";
        int count = reader.ReadCount(what);
        var declarations = new List<Definition>(count);
        for (int i = 0; i < count; i++)
        {
            int offset = reader.Offset;
            byte tag = reader.ReadByte(expected);
            switch (tag)
            {
                case 0x00: declarations.Add(CoreTypeReader.ReadCoreType(ref reader, depth, options)); break;
                case 0x01: declarations.Add(ReadType(ref reader, depth, options)); break;
                case 0x02: declarations.Add(DefinitionReader.ReadAlias(ref reader)); break;
                case 0x03 when isComponentType:
                {
                    ExternName name = DefinitionReader.ReadExternName(ref reader);
                    declarations.Add(new ImportDefinition(offset, name, DefinitionReader.ReadExternType(ref reader)));
                    break;
                }
                case 0x04:
                {
                    ExternName name = DefinitionReader.ReadExternName(ref reader);
                    declarations.Add(new ExportDeclaration(offset, name, DefinitionReader.ReadExternType(ref reader)));
                    break;
                }
                default:
                    throw reader.BadTag(expected, tag);
            }
        }
        return declarations;
    }

    /// <summary>A <c>valtype</c>: a primitive opcode, else a non-negative s33 type index.</summary>
    public static ValType ReadValType(ref ByteReader reader)
    {
        byte b = reader.PeekByte("a value type");
        if (PrimitiveValueTypeExtensions.IsPrimitiveOpcode(b))
        {
            reader.ReadByte("a primitive value type");
            return ValType.Of((PrimitiveValueType)b);
        }
        int start = reader.Offset;
        long index = reader.ReadS33("a value type (a primitive or a type index)");
        if (index < 0) throw new ComponentDecodeException(start, "a value type (a primitive or a type index)", $"the opcode 0x{b:x2}");
        return ValType.Indexed((uint)index);
    }

    private static ValType? ReadOptionalValType(ref ByteReader reader, string what)
    {
        byte present = reader.ReadByte($"0x00 or 0x01 (an optional {what})");
        if (present == 0) return null;
        if (present != 1) throw reader.BadTag($"0x00 or 0x01 (an optional {what})", present);
        return ReadValType(ref reader);
    }

    private static LabeledValType ReadLabeled(ref ByteReader reader, string what)
    {
        string label = reader.ReadName(what);
        return new LabeledValType(label, ReadValType(ref reader));
    }

    private static string[] ReadLabels(ref ByteReader reader, string what)
    {
        int count = reader.ReadCount($"{what} labels");
        var labels = new string[count];
        for (int i = 0; i < count; i++) labels[i] = reader.ReadName($"a {what} label");
        return labels;
    }
}
