using System;
using System.Collections.Generic;
using WitSharp.Components.Model;

namespace WitSharp.Components.Binary;

/// <summary>
/// Reads just enough of a core module to know its imports and exports with their types (type, import, function, table,
/// memory, global, tag and export sections): what component validation needs to check core instantiations, aliases
/// and canonical signatures. Function bodies and everything else are left to the engine.
/// </summary>
internal static class CoreModuleSignatureReader
{
    public static CoreModuleSignature Read(ReadOnlyMemory<byte> module, int origin)
    {
        var reader = new ByteReader(module, origin);
        reader.Skip(WasmPreamble.Length, "the core module preamble");
        var types = new List<CoreDefinedType>();
        var imports = new List<CoreImportDeclaration>();
        var funcs = new List<CoreExternType>();
        var tables = new List<CoreExternType>();
        var memories = new List<CoreExternType>();
        var globals = new List<CoreExternType>();
        var tags = new List<CoreExternType>();
        var exports = new List<CoreExportDeclaration>();
        while (!reader.AtEnd)
        {
            byte id = reader.ReadByte("a core section id");
            uint size = reader.ReadU32("a core section size");
            if (size > (uint)reader.Remaining) throw reader.Failure($"a core section of {size} bytes", $"only {reader.Remaining} bytes left");
            ByteReader content = reader.ReadSubReader((int)size, "a core section");
            switch (id)
            {
                case 1:
                {
                    int count = content.ReadCount("core types");
                    for (int i = 0; i < count; i++)
                    {
                        CoreDefinedType type = CoreTypeReader.ReadCoreType(ref content, 0, ComponentDecoderOptions.Default, inCoreModule: true).Type;
                        if (type is CoreRecursiveGroup group) foreach (CoreSubType member in group.Types) types.Add(member.Composite);
                        else types.Add(type);
                    }
                    break;
                }
                case 2:
                {
                    int count = content.ReadCount("core imports", 4);
                    for (int i = 0; i < count; i++)
                    {
                        int offset = content.Offset;
                        string moduleName = content.ReadName("an import module name");
                        string name = content.ReadName("an import name");
                        CoreExternType type = CoreTypeReader.ReadExternType(ref content);
                        imports.Add(new CoreImportDeclaration(offset, moduleName, name, type));
                        SpaceOf(type.Sort, funcs, tables, memories, globals, tags).Add(type);
                    }
                    break;
                }
                case 3:
                {
                    int count = content.ReadCount("core functions");
                    for (int i = 0; i < count; i++) funcs.Add(new CoreFuncExtern(content.ReadU32("a function's type index")));
                    break;
                }
                case 4:
                {
                    int count = content.ReadCount("core tables", 3);
                    for (int i = 0; i < count; i++)
                    {
                        if (content.PeekByte("a table") == 0x40)
                            throw content.Failure("a table type", "a table with an initialiser (not supported here)");
                        tables.Add(ReadAs(ref content, 0x01));
                    }
                    break;
                }
                case 5:
                {
                    int count = content.ReadCount("core memories", 2);
                    for (int i = 0; i < count; i++) memories.Add(ReadAs(ref content, 0x02));
                    break;
                }
                case 6:
                {
                    int count = content.ReadCount("core globals", 3);
                    for (int i = 0; i < count; i++)
                    {
                        globals.Add(ReadAs(ref content, 0x03));
                        SkipConstantExpression(ref content);
                    }
                    break;
                }
                case 13:
                {
                    int count = content.ReadCount("core tags", 2);
                    for (int i = 0; i < count; i++) tags.Add(ReadAs(ref content, 0x04));
                    break;
                }
                case 7:
                {
                    int count = content.ReadCount("core exports", 3);
                    for (int i = 0; i < count; i++)
                    {
                        int offset = content.Offset;
                        string name = content.ReadName("an export name");
                        Sort sort = content.ReadByte("an export kind") switch
                        {
                            0x00 => Sort.CoreFunc,
                            0x01 => Sort.CoreTable,
                            0x02 => Sort.CoreMemory,
                            0x03 => Sort.CoreGlobal,
                            0x04 => Sort.CoreTag,
                            byte other => throw content.BadTag("a core export kind (0x00 to 0x04)", other),
                        };
                        uint index = content.ReadU32("an export index");
                        List<CoreExternType> space = SpaceOf(sort, funcs, tables, memories, globals, tags);
                        if (index >= (uint)space.Count)
                            throw new ComponentDecodeException(offset, $"an export of one of the module's {space.Count} {sort.ToText()}s", $"index {index}");
                        exports.Add(new CoreExportDeclaration(offset, name, space[(int)index]));
                    }
                    break;
                }
                default:
                    if (id == 0 || id <= 12) continue; // custom, start, element, code, data, data count: not part of the signature
                    throw new ComponentDecodeException(reader.Offset, "a core section id", id.ToString());
            }
        }
        return new CoreModuleSignature(types, imports, exports);
    }

    /// <summary>The definition sections hold the same encodings as import descriptions after their kind byte.</summary>
    private static CoreExternType ReadAs(ref ByteReader reader, byte kind) => CoreTypeReader.ReadExternTypeBody(ref reader, kind);

    private static List<CoreExternType> SpaceOf(Sort sort, List<CoreExternType> funcs, List<CoreExternType> tables,
        List<CoreExternType> memories, List<CoreExternType> globals, List<CoreExternType> tags) => sort switch
    {
        Sort.CoreFunc => funcs,
        Sort.CoreTable => tables,
        Sort.CoreMemory => memories,
        Sort.CoreGlobal => globals,
        _ => tags,
    };

    /// <summary>Skips a constant expression (up to its <c>end</c>), knowing only the opcodes constant expressions allow.</summary>
    private static void SkipConstantExpression(ref ByteReader reader)
    {
        while (true)
        {
            byte opcode = reader.ReadByte("a constant expression instruction");
            switch (opcode)
            {
                case 0x0b: return;                                   // end
                case 0x41: reader.SkipLeb128(5, "an i32 constant"); break;
                case 0x42: reader.SkipLeb128(10, "an i64 constant"); break;
                case 0x43: reader.Skip(4, "an f32 constant"); break;
                case 0x44: reader.Skip(8, "an f64 constant"); break;
                case 0x23: reader.ReadU32("a global index"); break;   // global.get
                case 0xd2: reader.ReadU32("a function index"); break; // ref.func
                case 0xd0: reader.ReadS33("a heap type"); break;      // ref.null
                case 0x6a: case 0x6b: case 0x6c: case 0x7c: case 0x7d: case 0x7e: break; // extended-const arithmetic
                case 0xfd:
                {
                    uint sub = reader.ReadU32("a SIMD opcode");
                    if (sub != 12) throw reader.Failure("v128.const in a constant expression", $"SIMD opcode {sub}");
                    reader.Skip(16, "a v128 constant");
                    break;
                }
                default:
                    throw reader.BadTag("a constant expression instruction", opcode);
            }
        }
    }
}

/// <summary>A core module's imports and exports with their types (exports resolved to their definitions' types).</summary>
/// <param name="Types">The module's core types (recursive groups flattened).</param>
/// <param name="Imports">The imports in order.</param>
/// <param name="Exports">The exports in order.</param>
internal sealed record CoreModuleSignature(
    IReadOnlyList<CoreDefinedType> Types,
    IReadOnlyList<CoreImportDeclaration> Imports,
    IReadOnlyList<CoreExportDeclaration> Exports);
