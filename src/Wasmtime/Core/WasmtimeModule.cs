using System;
using System.Collections.Generic;
using WitSharp.Engine;
using WitSharp.Engine.Components.Engines;

namespace WitSharp.Wasmtime.Core;

/// <summary>
/// A core module compiled by Wasmtime (Cranelift); shared by every store of its engine. Compiled for the engine's
/// <see cref="WasmtimeEngine.Native"/> at once and, the first time a store with epoch checks instantiates it, again for
/// <see cref="WasmtimeEngine.EpochNative"/> (the two native engines' code cannot be shared).
/// </summary>
internal sealed class WasmtimeModule : CoreModule
{
    private readonly Lazy<global::Wasmtime.Module>? _epochNative;

    private WasmtimeModule(WasmtimeEngine engine, global::Wasmtime.Module module, byte[]? bytes)
    {
        Engine = engine;
        Native = module;
        if (bytes != null)
        {
            _epochNative = new Lazy<global::Wasmtime.Module>(() => global::Wasmtime.Module.FromBytes(engine.EpochNative!, "module", bytes));
        }
        var imports = new List<CoreModuleImport>();
        foreach (global::Wasmtime.Import import in module.Imports) imports.Add(new CoreModuleImport(import.ModuleName, import.Name, KindOf(import)));
        Imports = imports;
        var exports = new List<CoreModuleExport>();
        foreach (global::Wasmtime.Export export in module.Exports) exports.Add(new CoreModuleExport(export.Name, KindOf(export)));
        Exports = exports;
    }

    public global::Wasmtime.Module Native { get; }

    /// <summary>The module compiled for <paramref name="engine"/>, one of its engine's two native engines.</summary>
    public global::Wasmtime.Module For(global::Wasmtime.Engine engine) =>
        engine == ((WasmtimeEngine)Engine).Native ? Native : _epochNative?.Value ?? throw new InvalidOperationException("the module was not compiled for that engine");

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
            // The bytes are kept (copied: the caller may reuse its buffer) only for a second compilation with epoch checks.
            global::Wasmtime.Module module = global::Wasmtime.Module.FromBytes(engine.Native, "module", bytes.Span);
            return new WasmtimeModule(engine, module, engine.ChoosesPerStore ? bytes.ToArray() : null);
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
