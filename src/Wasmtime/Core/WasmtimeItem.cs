using WitSharp.Engine.Components.Engines;

namespace WitSharp.Wasmtime.Core;

/// <summary>A Wasmtime table or global, passed from one instance's exports to another's imports unopened.</summary>
internal sealed class WasmtimeItem(WasmtimeStore store, object native, CoreExternKind kind) : CoreExtern
{
    public WasmtimeStore Store { get; } = store;

    public object Native { get; } = native;

    public override CoreExternKind Kind { get; } = kind;
}
