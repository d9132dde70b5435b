using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Compilation;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Model;
using WitSharp.Engine.Validation;

namespace WitSharp.Engine;

/// <summary>
/// A decoded and validated module. Everything that does not depend on an instance (types, export map,
/// translated function code) is computed here once and shared by all instances.
/// </summary>
public sealed class WasmModule
{
    private readonly CompiledFunction?[] _compiled;
    private readonly Dictionary<string, Export> _exports = new(StringComparer.Ordinal);

    internal WasmModule(WasmEngine engine, ReadOnlyMemory<byte> bytes)
    {
        Engine = engine;
        Definition = ModuleDecoder.Decode(bytes);
        ModuleValidator.Validate(Definition);
        _compiled = new CompiledFunction?[Definition.Functions.Length];
        TypeIds = new int[Definition.Types.Length];
        for (int i = 0; i < TypeIds.Length; i++) TypeIds[i] = FunctionTypeRegistry.GetId(Definition.Types[i]);
        FunctionTypes = new FuncType[Definition.FunctionTypeIndices.Length];
        FunctionTypeIds = new int[FunctionTypes.Length];
        for (int i = 0; i < FunctionTypes.Length; i++)
        {
            FunctionTypes[i] = Definition.Types[(int)Definition.FunctionTypeIndices[i]];
            FunctionTypeIds[i] = TypeIds[(int)Definition.FunctionTypeIndices[i]];
        }
        foreach (Export export in Definition.Exports) _exports[export.Name] = export;
        DataBytes = new ReadOnlyMemory<byte>[Definition.Datas.Length];
        for (int i = 0; i < DataBytes.Length; i++) DataBytes[i] = Definition.Datas[i].Data;
        if (CilModule.Enabled(engine.Options.Compilation, RuntimeFeature.IsDynamicCodeSupported))
        {
            Cil = new CilModule(this, stress: engine.Options.StressPollInterval > 0);
            if (engine.Options.Compilation == CompilationMode.Compiled) Cil.CompileAll();
        }
    }

    /// <summary>The CIL tier of this module, or null when functions are only interpreted.</summary>
    internal CilModule? Cil { get; }

    /// <summary>The engine the module was loaded by.</summary>
    public WasmEngine Engine { get; }

    /// <summary>The decoded module.</summary>
    public ModuleDefinition Definition { get; }

    /// <summary>The module's imports, in order.</summary>
    public IReadOnlyList<Import> Imports => Definition.Imports;

    /// <summary>The module's exports, in order.</summary>
    public IReadOnlyList<Export> Exports => Definition.Exports;

    internal int[] TypeIds { get; }

    /// <summary>The type of every function in the function index space.</summary>
    internal FuncType[] FunctionTypes { get; }

    /// <summary>The type id of every function in the function index space.</summary>
    internal int[] FunctionTypeIds { get; }

    internal ReadOnlyMemory<byte>[] DataBytes { get; }

    internal bool TryGetExport(string name, out Export export) => _exports.TryGetValue(name, out export!);

    /// <summary>Translates a defined function on first use (instance-independent, so cached here).</summary>
    internal CompiledFunction GetCompiled(int functionIndex)
    {
        int defined = functionIndex - Definition.ImportedFunctionCount;
        CompiledFunction? compiled = Volatile.Read(ref _compiled[defined]);
        if (compiled != null) return compiled;
        // Translation is deterministic, so a race only wastes work.
        compiled = Translator.Translate(Definition, functionIndex);
        Volatile.Write(ref _compiled[defined], compiled);
        return compiled;
    }

    /// <summary>Translates every function now instead of on first call.</summary>
    public void Precompile()
    {
        for (int i = 0; i < _compiled.Length; i++) GetCompiled(i + Definition.ImportedFunctionCount);
    }

    internal string? GetFunctionName(int functionIndex) =>
        functionIndex >= 0 && Definition.Names.FunctionNames.TryGetValue((uint)functionIndex, out string? name) ? name : null;
}
