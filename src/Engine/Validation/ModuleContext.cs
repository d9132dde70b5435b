using System.Collections.Immutable;
using System.Runtime.InteropServices;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Validation;

/// <summary>
/// The validation context C of the spec for one module: types, the joined index spaces, segment counts and
/// the set of function references declared outside function bodies (C.refs), with lookups that report
/// the spec's "unknown …" errors.
/// </summary>
internal sealed class ModuleContext
{
    private readonly ImmutableArray<uint> _functionTypes;
    private readonly ImmutableArray<TableType> _tables;
    private readonly ImmutableArray<MemoryType> _memories;
    private readonly ImmutableArray<GlobalType> _globals;
    private readonly bool[] _declaredReferences;

    public ModuleContext(ModuleDefinition module)
    {
        Module = module;
        Types = ImmutableCollectionsMarshal.AsArray(module.Types) ?? System.Array.Empty<FuncType>(); // read only
        _functionTypes = module.FunctionTypeIndices;
        _tables = module.AllTables;
        _memories = module.AllMemories;
        _globals = module.AllGlobals;
        _declaredReferences = CollectDeclaredReferences(module);
    }

    public ModuleDefinition Module { get; }

    public FuncType[] Types { get; }

    public int FunctionCount => _functionTypes.Length;

    public int GlobalCount => _globals.Length;

    public FuncType FunctionType(uint index, TypeStack errors)
    {
        if (index >= (uint)_functionTypes.Length) throw errors.Error($"unknown function {index}");
        uint typeIndex = _functionTypes[(int)index];
        if (typeIndex >= (uint)Types.Length) throw errors.Error($"unknown type {typeIndex}");
        return Types[typeIndex];
    }

    public TableType Table(uint index, TypeStack errors)
    {
        if (index >= (uint)_tables.Length) throw errors.Error($"unknown table {index}");
        return _tables[(int)index];
    }

    public void RequireMemory(uint index, TypeStack errors)
    {
        if (index >= (uint)_memories.Length) throw errors.Error($"unknown memory {index}");
    }

    public GlobalType Global(uint index, TypeStack errors)
    {
        if (index >= (uint)_globals.Length) throw errors.Error($"unknown global {index}");
        return _globals[(int)index];
    }

    public ValType ElementType(uint segment, TypeStack errors)
    {
        if (segment >= (uint)Module.Elements.Length) throw errors.Error($"unknown elem segment {segment}");
        return Module.Elements[(int)segment].ElementType;
    }

    /// <summary>Checks a data segment index; using one at all needs the data count section (a binary-format rule).</summary>
    public void RequireData(uint segment, TypeStack errors)
    {
        uint count;
        if (Module.DataCount is uint declared)
        {
            count = declared;
        }
        else if (Module.Datas.Length > 0)
        {
            throw new WasmDecodeException("data count section required", errors.ErrorOffset);
        }
        else
        {
            // No data at all: the index is simply unknown (how the reference interpreter and the suite treat it).
            count = 0;
        }
        if (segment >= count) throw errors.Error($"unknown data segment {segment}");
    }

    public bool IsDeclaredReference(uint function) => function < (uint)_declaredReferences.Length && _declaredReferences[function];

    // Indexed by function index; indices outside the function space are invalid anyway and are reported where they occur.
    private static bool[] CollectDeclaredReferences(ModuleDefinition module)
    {
        var refs = new bool[module.FunctionTypeIndices.Length];
        foreach (GlobalDefinition g in module.Globals) AddReferences(g.Initializer, refs);
        foreach (ElementSegment e in module.Elements)
        {
            foreach (ConstantExpression item in e.Items) AddReferences(item, refs);
        }
        foreach (Export export in module.Exports)
        {
            if (export.Kind == ExternalKind.Function) Declare(refs, export.Index);
        }
        return refs;
    }

    private static void AddReferences(ConstantExpression expression, bool[] refs)
    {
        if (expression.Kind == ConstantExpressionKind.RefFunc) Declare(refs, expression.Index);
    }

    private static void Declare(bool[] refs, uint function)
    {
        if (function < (uint)refs.Length) refs[function] = true;
    }
}
