using System;
using System.Collections.Generic;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

/// <summary>An instantiated module: its functions, memory, tables and globals, reachable through exports.</summary>
public sealed partial class WasmInstance
{
    internal WasmInstance(WasmStore store, WasmModule module)
    {
        Store = store;
        Module = module;
        ModuleDefinition definition = module.Definition;
        Functions = new WasmFunction[module.FunctionTypes.Length];
        // Empty arrays are shared and the data segments copied by span rather than Array.Clone (a runtime helper):
        // instantiation is per request for a server, and each allocation it saves is garbage not collected.
        Tables = definition.AllTables.Length == 0 ? Array.Empty<WasmTable>() : new WasmTable[definition.AllTables.Length];
        Globals = definition.AllGlobals.Length == 0 ? Array.Empty<WasmGlobal>() : new WasmGlobal[definition.AllGlobals.Length];
        TypeIds = module.TypeIds;
        ReadOnlyMemory<byte>[] data = module.DataBytes;
        DataSegments = data.Length == 0 ? Array.Empty<ReadOnlyMemory<byte>>() : data.AsSpan().ToArray();
        ElementSegments = definition.Elements.Length == 0 ? Array.Empty<ulong[]>() : new ulong[definition.Elements.Length][];
    }

    /// <summary>The store that owns the instance.</summary>
    public WasmStore Store { get; }

    /// <summary>The module this is an instance of.</summary>
    public WasmModule Module { get; }

    internal readonly WasmFunction[] Functions;
    internal readonly WasmTable[] Tables;
    internal readonly WasmGlobal[] Globals;
    internal readonly int[] TypeIds;
    internal readonly ReadOnlyMemory<byte>[] DataSegments;
    internal readonly ulong[][] ElementSegments;
    internal WasmMemory? Memory;

    /// <summary>The memory's visible bytes (empty without a memory); replaced, not resized, when it grows.</summary>
    internal Span<byte> MemorySpan => Memory is null ? Span<byte>.Empty : Memory.Span;

    /// <summary>The exported function, memory, table or global named <paramref name="name"/>, or null.</summary>
    public object? GetExport(string name)
    {
        if (!Module.TryGetExport(name, out Export export)) return null;
        return export.Kind switch
        {
            ExternalKind.Function => Functions[export.Index],
            ExternalKind.Table => Tables[export.Index],
            ExternalKind.Memory => Memory,
            _ => Globals[export.Index],
        };
    }

    /// <summary>Every export by name, in the module's order.</summary>
    public IEnumerable<KeyValuePair<string, object>> Exports
    {
        get
        {
            foreach (Export export in Module.Exports) yield return new(export.Name, GetExport(export.Name)!);
        }
    }

    /// <summary>The exported function <paramref name="name"/>, or null.</summary>
    public WasmFunction? GetFunction(string name) => GetExport(name) as WasmFunction;

    /// <summary>The exported memory <paramref name="name"/>, or null.</summary>
    public WasmMemory? GetMemory(string name) => GetExport(name) as WasmMemory;

    /// <summary>The exported table <paramref name="name"/>, or null.</summary>
    public WasmTable? GetTable(string name) => GetExport(name) as WasmTable;

    /// <summary>The exported global <paramref name="name"/>, or null.</summary>
    public WasmGlobal? GetGlobal(string name) => GetExport(name) as WasmGlobal;

    internal WasmFunction RequireFunction(string name) =>
        GetFunction(name) ?? throw new KeyNotFoundException($"the instance exports no function named '{name}'");
}
