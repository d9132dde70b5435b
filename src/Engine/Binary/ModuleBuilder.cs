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
            case SectionId.Type: _types = ReadVector(ref r, static (ref WasmReader x, ModuleBuilder _) => TypeDecoder.ReadFuncType(ref x)); break;
            case SectionId.Import: _imports = ReadVector(ref r, static (ref WasmReader x, ModuleBuilder _) => ReadImport(ref x)); break;
            case SectionId.Function:
            {
                int count = r.ReadCount();
                _functionTypes = new uint[count];
                for (int i = 0; i < count; i++) _functionTypes[i] = r.ReadU32();
                break;
            }
            case SectionId.Table: _tables = ReadVector(ref r, static (ref WasmReader x, ModuleBuilder _) => TypeDecoder.ReadTableType(ref x)); break;
            case SectionId.Memory: _memories = ReadVector(ref r, static (ref WasmReader x, ModuleBuilder _) => TypeDecoder.ReadMemoryType(ref x)); break;
            case SectionId.Global: _globals = ReadVector(ref r, static (ref WasmReader x, ModuleBuilder b) => new GlobalDefinition(TypeDecoder.ReadGlobalType(ref x), ConstantExpressionDecoder.Read(ref x, b._module))); break;
            case SectionId.Export: _exports = ReadVector(ref r, static (ref WasmReader x, ModuleBuilder _) => ReadExport(ref x)); break;
            case SectionId.Start: _start = r.ReadU32(); break;
            case SectionId.Element: _elements = ReadVector(ref r, static (ref WasmReader x, ModuleBuilder b) => SegmentDecoder.ReadElement(ref x, b._module)); break;
            case SectionId.DataCount: _dataCount = r.ReadU32(); break;
            case SectionId.Code:
                _codeSectionOffset = r.BaseOffset;
                _bodies = ReadVector(ref r, static (ref WasmReader x, ModuleBuilder b) => b.ReadBody(ref x));
                break;
            case SectionId.Data:
                _dataSectionOffset = r.BaseOffset;
                _datas = ReadVector(ref r, static (ref WasmReader x, ModuleBuilder b) => SegmentDecoder.ReadData(ref x, b._module));
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

    private ImmutableArray<T> ReadVector<T>(ref WasmReader reader, ItemReader<T> read)
    {
        int count = reader.ReadCount();
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
        int sizeAt = r.Offset;
        uint size = r.ReadU32();
        if (size > (uint)r.Remaining) throw new WasmDecodeException(WasmReader.SectionEndReason, sizeAt);
        int bodyStart = r.Offset;
        var body = new WasmReader(r.ReadBytes((int)size), bodyStart, WasmReader.SectionEndReason);

        int runCount = body.ReadCount();
        var runs = new LocalDeclaration[runCount];
        ulong total = 0;
        for (int i = 0; i < runCount; i++)
        {
            int at = body.Offset;
            uint n = body.ReadU32();
            total += n;
            if (total > uint.MaxValue) throw new WasmDecodeException("too many locals", at);
            runs[i] = new LocalDeclaration(n, body.ReadValueType());
        }
        if (body.AtEnd) throw new WasmDecodeException(WasmReader.SectionEndReason, body.Offset);
        int codeOffset = body.Offset;
        ReadOnlyMemory<byte> code = _module.Slice(codeOffset, body.Remaining);
        return new FunctionBody(ImmutableCollectionsMarshal.AsImmutableArray(runs), (uint)total, code, codeOffset);
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
