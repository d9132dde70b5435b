namespace WitSharp.Engine.Components.Engines;

/// <summary>An instance of the managed engine behind the seam.</summary>
internal sealed class ManagedCoreInstance(WasmInstance instance) : CoreInstance
{
    public override CoreExtern? GetExport(string name, CoreExternKind kind) => (instance.GetExport(name), kind) switch
    {
        (WasmFunction function, CoreExternKind.Function) => new ManagedCoreFunction(function),
        (WasmMemory memory, CoreExternKind.Memory) => new ManagedCoreMemory(memory),
        (WasmTable table, CoreExternKind.Table) => new ManagedCoreItem(table, kind),
        (WasmGlobal global, CoreExternKind.Global) => new ManagedCoreItem(global, kind),
        _ => null,
    };
}
