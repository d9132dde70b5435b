using WitSharp.Engine.Components.Engines;

namespace WitSharp.Wasmtime.Core;

/// <summary>A Wasmtime core instance behind the seam.</summary>
internal sealed class WasmtimeInstance(WasmtimeStore store, global::Wasmtime.Instance instance) : CoreInstance
{
    public override CoreExtern? GetExport(string name, CoreExternKind kind)
    {
        store.ThrowIfDisposed();
        return kind switch
        {
            CoreExternKind.Function => instance.GetFunction(name) is { } function ? new WasmtimeFunction(store, function) : null,
            CoreExternKind.Memory => instance.GetMemory(name) is { } memory ? new WasmtimeMemory(store, memory) : null,
            CoreExternKind.Table => instance.GetTable(name) is { } table ? new WasmtimeItem(store, table, kind) : null,
            _ => instance.GetGlobal(name) is { } global ? new WasmtimeItem(store, global, kind) : null,
        };
    }
}
