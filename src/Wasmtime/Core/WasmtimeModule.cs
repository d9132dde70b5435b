using System;
using System.Collections.Generic;
using WitSharp.Engine;
using WitSharp.Engine.Components.Engines;

namespace WitSharp.Wasmtime.Core;

/// <summary>A core module compiled by Wasmtime (Cranelift); shared by every store of its engine.</summary>
internal sealed class WasmtimeModule : CoreModule
{
    private WasmtimeModule(WasmtimeEngine engine, global::Wasmtime.Module module)
    {
        Engine = engine;
        Native = module;
        var imports = new List<CoreModuleImport>();
        foreach (global::Wasmtime.Import import in module.Imports) imports.Add(new CoreModuleImport(import.ModuleName, import.Name, KindOf(import)));
        Imports = imports;
        var exports = new List<CoreModuleExport>();
        foreach (global::Wasmtime.Export export in module.Exports) exports.Add(new CoreModuleExport(export.Name, KindOf(export)));
        Exports = exports;
    }

    public global::Wasmtime.Module Native { get; }

    public override CoreEngine Engine { get; }

    public override IReadOnlyList<CoreModuleImport> Imports { get; }

    public override IReadOnlyList<CoreModuleExport> Exports { get; }

    /// <summary>
    /// Compiles <paramref name="bytes"/>. When Wasmtime rejects them, the managed engine's decoder and validator run to
    /// throw the very exception (type, offset, message) the managed engine would; only a module the managed engine
    /// accepts but Wasmtime does not (a proposal it lacks) gets Wasmtime's own message.
    /// </summary>
    public static WasmtimeModule Compile(WasmtimeEngine engine, ReadOnlyMemory<byte> bytes)
    {
        try
        {
            return new WasmtimeModule(engine, global::Wasmtime.Module.FromBytes(engine.Native, "module", bytes.Span));
        }
        catch (global::Wasmtime.WasmtimeException e)
        {
            new WasmEngine().LoadModule(bytes);
            throw new WasmException("Wasmtime cannot compile the module: " + e.Message, -1, e);
        }
    }

    private static CoreExternKind KindOf(global::Wasmtime.Import import) => import switch
    {
        global::Wasmtime.FunctionImport => CoreExternKind.Function,
        global::Wasmtime.MemoryImport => CoreExternKind.Memory,
        global::Wasmtime.TableImport => CoreExternKind.Table,
        _ => CoreExternKind.Global,
    };

    private static CoreExternKind KindOf(global::Wasmtime.Export export) => export switch
    {
        global::Wasmtime.FunctionExport => CoreExternKind.Function,
        global::Wasmtime.MemoryExport => CoreExternKind.Memory,
        global::Wasmtime.TableExport => CoreExternKind.Table,
        _ => CoreExternKind.Global,
    };
}
