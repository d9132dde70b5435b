using System.Collections.Generic;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Components.Engines;

/// <summary>A module compiled by the managed engine.</summary>
internal sealed class ManagedCoreModule : CoreModule
{
    public ManagedCoreModule(ManagedCoreEngine engine, WasmModule module)
    {
        Engine = engine;
        Module = module;
        var imports = new CoreModuleImport[module.Imports.Count];
        for (int i = 0; i < imports.Length; i++)
        {
            Import import = module.Imports[i];
            imports[i] = new CoreModuleImport(import.Module, import.Name, KindOf(import.Kind));
        }
        Imports = imports;
        var exports = new CoreModuleExport[module.Exports.Count];
        for (int i = 0; i < exports.Length; i++) exports[i] = new CoreModuleExport(module.Exports[i].Name, KindOf(module.Exports[i].Kind));
        Exports = exports;
    }

    public WasmModule Module { get; }

    public override CoreEngine Engine { get; }

    public override IReadOnlyList<CoreModuleImport> Imports { get; }

    public override IReadOnlyList<CoreModuleExport> Exports { get; }

    private static CoreExternKind KindOf(ExternalKind kind) => kind switch
    {
        ExternalKind.Function => CoreExternKind.Function,
        ExternalKind.Table => CoreExternKind.Table,
        ExternalKind.Memory => CoreExternKind.Memory,
        _ => CoreExternKind.Global,
    };
}
