using System;
using System.Collections.Generic;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

/// <summary>
/// Resolves a module's imports by (module, name) against host functions and values defined here, then
/// instantiates it. A missing or mistyped import throws <see cref="WasmLinkException"/> (the spec's "unlinkable").
/// </summary>
public sealed partial class WasmLinker
{
    private readonly Dictionary<(string Module, string Name), object> _definitions = new();

    /// <summary>Creates an empty linker for modules of <paramref name="engine"/>.</summary>
    public WasmLinker(WasmEngine engine)
    {
        Engine = engine ?? throw new ArgumentNullException(nameof(engine));
    }

    /// <summary>The engine.</summary>
    public WasmEngine Engine { get; }

    /// <summary>A host function not yet bound to a store.</summary>
    private sealed record HostFunction(FuncType Type, WasmHostCallback Callback);

    /// <summary>Defines an untyped host function (see <see cref="WasmHostCallback"/> for the slot encoding).</summary>
    public WasmLinker DefineFunction(string module, string name, FuncType type, WasmHostCallback callback)
    {
        if (type is null) throw new ArgumentNullException(nameof(type));
        if (callback is null) throw new ArgumentNullException(nameof(callback));
        _definitions[(module, name)] = new HostFunction(type, callback);
        return this;
    }

    /// <summary>Defines an import as an existing function of a store.</summary>
    public WasmLinker Define(string module, string name, WasmFunction function) => DefineObject(module, name, function);

    /// <summary>Defines an import as a memory.</summary>
    public WasmLinker Define(string module, string name, WasmMemory memory) => DefineObject(module, name, memory);

    /// <summary>Defines an import as a table.</summary>
    public WasmLinker Define(string module, string name, WasmTable table) => DefineObject(module, name, table);

    /// <summary>Defines an import as a global.</summary>
    public WasmLinker Define(string module, string name, WasmGlobal global) => DefineObject(module, name, global);

    /// <summary>Defines every export of <paramref name="instance"/> under module name <paramref name="module"/>.</summary>
    public WasmLinker DefineInstance(string module, WasmInstance instance)
    {
        foreach (KeyValuePair<string, object> export in instance.Exports) DefineObject(module, export.Key, export.Value);
        return this;
    }

    private WasmLinker DefineObject(string module, string name, object value)
    {
        if (module is null) throw new ArgumentNullException(nameof(module));
        if (name is null) throw new ArgumentNullException(nameof(name));
        _definitions[(module, name)] = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Instantiates <paramref name="module"/> in <paramref name="store"/>, running its start function.</summary>
    /// <exception cref="WasmLinkException">An import is missing or incompatible.</exception>
    /// <exception cref="WasmResourceLimitException">A memory or table exceeds the limits, or cannot be allocated.</exception>
    /// <exception cref="WasmTrapException">A segment did not fit or the start function trapped.</exception>
    public WasmInstance Instantiate(WasmStore store, WasmModule module) => Instantiate(store, module, null);

    /// <summary>
    /// Instantiates <paramref name="module"/> in <paramref name="store"/> under per-instance
    /// <paramref name="limits"/> (null: the store's), running its start function.
    /// </summary>
    /// <exception cref="WasmLinkException">An import is missing or incompatible.</exception>
    /// <exception cref="WasmResourceLimitException">A memory or table exceeds the limits, or cannot be allocated.</exception>
    /// <exception cref="WasmTrapException">A segment did not fit or the start function trapped.</exception>
    public WasmInstance Instantiate(WasmStore store, WasmModule module, WasmInstanceLimits? limits)
    {
        if (store is null) throw new ArgumentNullException(nameof(store));
        if (module is null) throw new ArgumentNullException(nameof(module));
        object[] imports = module.Imports.Count == 0 ? Array.Empty<object>() : new object[module.Imports.Count];
        for (int i = 0; i < imports.Length; i++) imports[i] = Resolve(store, module, module.Imports[i]);
        return Instantiator.Instantiate(store, module, imports, limits);
    }

    private object Resolve(WasmStore store, WasmModule module, Import import)
    {
        if (!_definitions.TryGetValue((import.Module, import.Name), out object? value))
            throw new WasmLinkException($"unknown import: {import.Module}::{import.Name}");
        if (value is HostFunction host) value = new WasmFunction(store, host.Type, null, -1, host.Callback);
        string? problem = ImportMatcher.Check(store, module, import, value);
        if (problem != null) throw new WasmLinkException($"incompatible import type for {import.Module}::{import.Name}: {problem}");
        return value;
    }
}
