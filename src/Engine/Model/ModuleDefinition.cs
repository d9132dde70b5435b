using System;
using System.Collections.Immutable;

namespace WitSharp.Engine.Model;

/// <summary>
/// A decoded WebAssembly 2.0 module. Immutable. Index spaces (functions, tables, memories, globals) list
/// imports first, then definitions; the <c>Get…</c> helpers resolve an index in the whole space.
/// A decoded module is not necessarily valid: run the validator before use.
/// </summary>
public sealed class ModuleDefinition
{
    private IndexSpaces? _spaces;

    /// <summary>The whole module binary; bodies, data and custom sections are slices of it.</summary>
    public ReadOnlyMemory<byte> Bytes { get; init; }

    /// <summary>The type section.</summary>
    public ImmutableArray<FuncType> Types { get; init; } = ImmutableArray<FuncType>.Empty;

    /// <summary>The import section.</summary>
    public ImmutableArray<Import> Imports { get; init; } = ImmutableArray<Import>.Empty;

    /// <summary>Defined functions (function section joined with the code section).</summary>
    public ImmutableArray<FunctionDefinition> Functions { get; init; } = ImmutableArray<FunctionDefinition>.Empty;

    /// <summary>Defined tables.</summary>
    public ImmutableArray<TableType> Tables { get; init; } = ImmutableArray<TableType>.Empty;

    /// <summary>Defined memories.</summary>
    public ImmutableArray<MemoryType> Memories { get; init; } = ImmutableArray<MemoryType>.Empty;

    /// <summary>Defined globals.</summary>
    public ImmutableArray<GlobalDefinition> Globals { get; init; } = ImmutableArray<GlobalDefinition>.Empty;

    /// <summary>The export section.</summary>
    public ImmutableArray<Export> Exports { get; init; } = ImmutableArray<Export>.Empty;

    /// <summary>The start function's index, if any.</summary>
    public uint? Start { get; init; }

    /// <summary>The element section.</summary>
    public ImmutableArray<ElementSegment> Elements { get; init; } = ImmutableArray<ElementSegment>.Empty;

    /// <summary>The data section.</summary>
    public ImmutableArray<DataSegment> Datas { get; init; } = ImmutableArray<DataSegment>.Empty;

    /// <summary>The data count section's value, if the section is present.</summary>
    public uint? DataCount { get; init; }

    /// <summary>All custom sections in order (including <c>name</c>).</summary>
    public ImmutableArray<CustomSection> CustomSections { get; init; } = ImmutableArray<CustomSection>.Empty;

    /// <summary>Names from a well-formed <c>name</c> section; empty when absent or malformed.</summary>
    public NameSection Names { get; init; } = NameSection.Empty;

    /// <summary>The number of imported functions (they take the first function indices).</summary>
    public int ImportedFunctionCount => Spaces.ImportedFunctions;

    /// <summary>The number of imported tables.</summary>
    public int ImportedTableCount => Spaces.ImportedTables;

    /// <summary>The number of imported memories.</summary>
    public int ImportedMemoryCount => Spaces.ImportedMemories;

    /// <summary>The number of imported globals.</summary>
    public int ImportedGlobalCount => Spaces.ImportedGlobals;

    /// <summary>The type index of every function in the function index space.</summary>
    public ImmutableArray<uint> FunctionTypeIndices => Spaces.FunctionTypeIndices;

    /// <summary>Every table type in the table index space.</summary>
    public ImmutableArray<TableType> AllTables => Spaces.Tables;

    /// <summary>Every memory type in the memory index space.</summary>
    public ImmutableArray<MemoryType> AllMemories => Spaces.Memories;

    /// <summary>Every global type in the global index space.</summary>
    public ImmutableArray<GlobalType> AllGlobals => Spaces.Globals;

    /// <summary>The signature of function <paramref name="functionIndex"/> (import or definition).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index or its type index is out of range.</exception>
    public FuncType GetFunctionType(uint functionIndex)
    {
        ImmutableArray<uint> indices = Spaces.FunctionTypeIndices;
        if (functionIndex >= (uint)indices.Length) throw new ArgumentOutOfRangeException(nameof(functionIndex));
        uint typeIndex = indices[(int)functionIndex];
        if (typeIndex >= (uint)Types.Length) throw new ArgumentOutOfRangeException(nameof(functionIndex), "the function's type index is out of range");
        return Types[(int)typeIndex];
    }

    private IndexSpaces Spaces => _spaces ??= new IndexSpaces(this);

    /// <summary>Index spaces joined from imports and definitions; computed once on first use.</summary>
    private sealed class IndexSpaces
    {
        public readonly int ImportedFunctions, ImportedTables, ImportedMemories, ImportedGlobals;
        public readonly ImmutableArray<uint> FunctionTypeIndices;
        public readonly ImmutableArray<TableType> Tables;
        public readonly ImmutableArray<MemoryType> Memories;
        public readonly ImmutableArray<GlobalType> Globals;

        public IndexSpaces(ModuleDefinition module)
        {
            var functions = ImmutableArray.CreateBuilder<uint>();
            var tables = ImmutableArray.CreateBuilder<TableType>();
            var memories = ImmutableArray.CreateBuilder<MemoryType>();
            var globals = ImmutableArray.CreateBuilder<GlobalType>();
            foreach (Import import in module.Imports)
            {
                switch (import.Kind)
                {
                    case ExternalKind.Function: functions.Add(import.FunctionTypeIndex); break;
                    case ExternalKind.Table: tables.Add(import.Table); break;
                    case ExternalKind.Memory: memories.Add(import.Memory); break;
                    case ExternalKind.Global: globals.Add(import.Global); break;
                }
            }
            ImportedFunctions = functions.Count;
            ImportedTables = tables.Count;
            ImportedMemories = memories.Count;
            ImportedGlobals = globals.Count;
            foreach (FunctionDefinition f in module.Functions) functions.Add(f.TypeIndex);
            tables.AddRange(module.Tables);
            memories.AddRange(module.Memories);
            foreach (GlobalDefinition g in module.Globals) globals.Add(g.Type);
            FunctionTypeIndices = functions.ToImmutable();
            Tables = tables.ToImmutable();
            Memories = memories.ToImmutable();
            Globals = globals.ToImmutable();
        }
    }
}
