using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Binary;

/// <summary>Collects the sections of one module as <see cref="ModuleDecoder"/> reads them, then checks cross-section counts.</summary>
internal sealed class ModuleBuilder
{
    private readonly ReadOnlyMemory<byte> _module;
    private ImmutableArray<FuncType> _types = ImmutableArray<FuncType>.Empty;
    private ImmutableArray<Import> _imports = ImmutableArray<Import>.Empty;
    private uint[]? _functionTypes;
    private ImmutableArray<FunctionBody> _bodies = ImmutableArray<FunctionBody>.Empty;
    private int _codeSectionOffset = -1;
    private ImmutableArray<TableType> _tables = ImmutableArray<TableType>.Empty;
    private ImmutableArray<MemoryType> _memories = ImmutableArray<MemoryType>.Empty;
    private ImmutableArray<GlobalDefinition> _globals = ImmutableArray<GlobalDefinition>.Empty;
    private ImmutableArray<Export> _exports = ImmutableArray<Export>.Empty;
    private uint? _start;
    private ImmutableArray<ElementSegment> _elements = ImmutableArray<ElementSegment>.Empty;
    private ImmutableArray<DataSegment> _datas = ImmutableArray<DataSegment>.Empty;
    private int _dataSectionOffset = -1;
    private uint? _dataCount;
    private ImmutableArray<CustomSection>.Builder? _customs;
    private NameSection _names = NameSection.Empty;

    public ModuleBuilder(ReadOnlyMemory<byte> module)
    {
        _module = module;
    }

    public void ReadSection(SectionId id, ref WasmReader r)
    {
        switch (id)
        {
            case SectionId.Custom: ReadCustom(ref r); break;
            case SectionId.Type: _types = ReadVector(ref r, ImplementationLimits.MaxTypes, "types", static (ref WasmReader x, ModuleBuilder _) => TypeDecoder.ReadFuncType(ref x)); break;
            case SectionId.Import: _imports = ReadVector(ref r, ImplementationLimits.MaxImports, "imports", static (ref WasmReader x, ModuleBuilder _) => ReadImport(ref x)); break;
            case SectionId.Function:
            {
                int count = ReadLimitedCount(ref r, ImplementationLimits.MaxFunctions, "functions");
                _functionTypes = new uint[count];
                for (int i = 0; i < count; i++) _functionTypes[i] = r.ReadU32();
                break;
            }
            case SectionId.Table: _tables = ReadVector(ref r, ImplementationLimits.MaxTables, "tables", static (ref WasmReader x, ModuleBuilder _) => TypeDecoder.ReadTableType(ref x)); break;
            case SectionId.Memory: _memories = ReadVector(ref r, int.MaxValue, "memories", static (ref WasmReader x, ModuleBuilder _) => TypeDecoder.ReadMemoryType(ref x)); break;
            case SectionId.Global: _globals = ReadVector(ref r, ImplementationLimits.MaxGlobals, "globals", static (ref WasmReader x, ModuleBuilder b) => new GlobalDefinition(TypeDecoder.ReadGlobalType(ref x), ConstantExpressionDecoder.Read(ref x, b._module))); break;
            case SectionId.Export: _exports = ReadVector(ref r, ImplementationLimits.MaxExports, "exports", static (ref WasmReader x, ModuleBuilder _) => ReadExport(ref x)); break;
            case SectionId.Start: _start = r.ReadU32(); break;
            case SectionId.Element: _elements = ReadVector(ref r, ImplementationLimits.MaxElementSegments, "element segments", static (ref WasmReader x, ModuleBuilder b) => SegmentDecoder.ReadElement(ref x, b._module)); break;
            case SectionId.DataCount: _dataCount = r.ReadU32(); break;
            case SectionId.Code:
                _codeSectionOffset = r.BaseOffset;
                _bodies = ReadVector(ref r, ImplementationLimits.MaxFunctions, "function bodies", static (ref WasmReader x, ModuleBuilder b) => b.ReadBody(ref x));
                break;
            case SectionId.Data:
                _dataSectionOffset = r.BaseOffset;
                _datas = ReadVector(ref r, ImplementationLimits.MaxDataSegments, "data segments", static (ref WasmReader x, ModuleBuilder b) => SegmentDecoder.ReadData(ref x, b._module));
                break;
        }
    }

    public ModuleDefinition Build()
    {
        int functionCount = _functionTypes?.Length ?? 0;
        int bodyCount = _bodies.Length;
        if (functionCount != bodyCount)
        {
            throw new WasmDecodeException("function and code section have inconsistent lengths", Math.Max(_codeSectionOffset, 0));
        }
        if (_dataCount is uint declared && declared != (uint)_datas.Length)
        {
            throw new WasmDecodeException("data count and data section have inconsistent lengths", Math.Max(_dataSectionOffset, 0));
        }
        int tableCount = _tables.Length;
        foreach (Import import in _imports) if (import.Kind == ExternalKind.Table) tableCount++;
        ImplementationLimits.Check((ulong)tableCount, ImplementationLimits.MaxTables, "tables (imported ones included)", 0);
        var functions = new FunctionDefinition[functionCount];
        for (int i = 0; i < functionCount; i++) functions[i] = new FunctionDefinition(_functionTypes![i], _bodies[i]);
        return new ModuleDefinition
        {
            Bytes = _module,
            Types = _types,
            Imports = _imports,
            Functions = ImmutableCollectionsMarshal.AsImmutableArray(functions),
            Tables = _tables,
            Memories = _memories,
            Globals = _globals,
            Exports = _exports,
            Start = _start,
            Elements = _elements,
            Datas = _datas,
            DataCount = _dataCount,
            CustomSections = _customs?.ToImmutable() ?? ImmutableArray<CustomSection>.Empty,
            Names = _names,
        };
    }

    private delegate T ItemReader<T>(ref WasmReader reader, ModuleBuilder builder);

    private ImmutableArray<T> ReadVector<T>(ref WasmReader reader, int limit, string what, ItemReader<T> read)
    {
        int count = ReadLimitedCount(ref reader, limit, what);
        if (count == 0) return ImmutableArray<T>.Empty;
        var items = new T[count];
        for (int i = 0; i < count; i++) items[i] = read(ref reader, this);
        // The decoder's arrays are filled once and never escape otherwise, so they are wrapped, not copied.
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    private static Import ReadImport(ref WasmReader r)
    {
        string module = r.ReadName();
        string name = r.ReadName();
        int at = r.Offset;
        byte kind = r.ReadByte();
        return kind switch
        {
            0 => new Import { Module = module, Name = name, Kind = ExternalKind.Function, FunctionTypeIndex = r.ReadU32() },
            1 => new Import { Module = module, Name = name, Kind = ExternalKind.Table, Table = TypeDecoder.ReadTableType(ref r) },
            2 => new Import { Module = module, Name = name, Kind = ExternalKind.Memory, Memory = TypeDecoder.ReadMemoryType(ref r) },
            3 => new Import { Module = module, Name = name, Kind = ExternalKind.Global, Global = TypeDecoder.ReadGlobalType(ref r) },
            4 => throw WasmReader.Unsupported("exception handling (tag import)", at),
            _ => throw new WasmDecodeException("malformed import kind", at),
        };
    }

    private static Export ReadExport(ref WasmReader r)
    {
        string name = r.ReadName();
        int at = r.Offset;
        byte kind = r.ReadByte();
        if (kind == 4) throw WasmReader.Unsupported("exception handling (tag export)", at);
        if (kind > 3) throw new WasmDecodeException("malformed export kind", at);
        return new Export(name, (ExternalKind)kind, r.ReadU32());
    }

    private FunctionBody ReadBody(ref WasmReader r)
    {
        int functionIndex = ImportedFunctionCount() + _bodiesRead++;
        int sizeAt = r.Offset;
        uint size = r.ReadU32();
        ImplementationLimits.Check(size, ImplementationLimits.MaxFunctionBodySize, $"bytes in the body of function {functionIndex}", sizeAt);
        if (size > (uint)r.Remaining) throw new WasmDecodeException(WasmReader.SectionEndReason, sizeAt);
        int bodyStart = r.Offset;
        var body = new WasmReader(r.ReadBytes((int)size), bodyStart, WasmReader.SectionEndReason);

        int runCount = body.ReadCount();
        var runs = new LocalDeclaration[runCount];
        // Summed in 64 bits, parameters first, and checked at every run: no count ever wraps or reaches an int cast unchecked.
        ulong parameters = ParameterCount(_bodiesRead - 1);
        ulong total = 0;
        for (int i = 0; i < runCount; i++)
        {
            int at = body.Offset;
            uint n = body.ReadU32();
            total += n;
            ImplementationLimits.Check(parameters + total, ImplementationLimits.MaxFunctionLocals, $"locals in function {functionIndex} (parameters included)", at);
            runs[i] = new LocalDeclaration(n, body.ReadValueType());
        }
        if (body.AtEnd) throw new WasmDecodeException(WasmReader.SectionEndReason, body.Offset);
        int codeOffset = body.Offset;
        ReadOnlyMemory<byte> code = _module.Slice(codeOffset, body.Remaining);
        return new FunctionBody(ImmutableCollectionsMarshal.AsImmutableArray(runs), (uint)total, code, codeOffset);
    }

    private int _bodiesRead;

    /// <summary>The parameter count of defined function <paramref name="definedIndex"/>, or 0 while its type is unknown (the validator reports that).</summary>
    private ulong ParameterCount(int definedIndex)
    {
        if (_functionTypes is null || definedIndex >= _functionTypes.Length) return 0;
        uint type = _functionTypes[definedIndex];
        return type < (uint)_types.Length ? (ulong)_types[(int)type].Parameters.Length : 0;
    }

    private int _importedFunctions = -1;

    // Counted once: the import section comes before the code section and is not read again.
    private int ImportedFunctionCount()
    {
        if (_importedFunctions >= 0) return _importedFunctions;
        int count = 0;
        foreach (Import import in _imports) if (import.Kind == ExternalKind.Function) count++;
        return _importedFunctions = count;
    }

    /// <summary>Reads a vector length, checking the implementation limit first and then that the items can fit in the bytes left.</summary>
    private static int ReadLimitedCount(ref WasmReader reader, int limit, string what)
    {
        int at = reader.Offset;
        uint count = reader.ReadU32();
        ImplementationLimits.Check(count, limit, what, at);
        if (count > (uint)reader.Remaining) throw new WasmDecodeException(WasmReader.SectionEndReason, at);
        return (int)count;
    }

    private void ReadCustom(ref WasmReader r)
    {
        string name = r.ReadName();
        int contentOffset = r.Offset;
        ReadOnlyMemory<byte> content = _module.Slice(contentOffset, r.Remaining);
        r.Skip(r.Remaining);
        (_customs ??= ImmutableArray.CreateBuilder<CustomSection>()).Add(new CustomSection(name, content, contentOffset));
        if (name == "name") _names = NameSectionDecoder.TryDecode(content, contentOffset) ?? NameSection.Empty;
    }
}
