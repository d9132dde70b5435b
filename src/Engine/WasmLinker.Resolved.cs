using System;
using System.Collections.Generic;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

public sealed partial class WasmLinker
{
    /// <summary>
    /// Instantiates <paramref name="module"/> with imports already resolved, one per import in the module's import
    /// order (a <see cref="WasmFunction"/>, <see cref="WasmTable"/>, <see cref="WasmMemory"/> or <see cref="WasmGlobal"/>
    /// of <paramref name="store"/>), without name lookups: the path of a component runtime that resolved its core
    /// instances' imports ahead of time. Each import is still type-checked.
    /// </summary>
    /// <exception cref="WasmLinkException">An import is missing or incompatible.</exception>
    /// <exception cref="WasmResourceLimitException">A memory or table exceeds the limits, or cannot be allocated.</exception>
    /// <exception cref="WasmTrapException">A segment did not fit or the start function trapped.</exception>
    public static WasmInstance InstantiateResolved(WasmStore store, WasmModule module, IReadOnlyList<object> imports, WasmInstanceLimits? limits = null)
    {
        if (store is null) throw new ArgumentNullException(nameof(store));
        if (module is null) throw new ArgumentNullException(nameof(module));
        if (imports is null) throw new ArgumentNullException(nameof(imports));
        if (imports.Count != module.Imports.Count)
            throw new WasmLinkException($"the module has {module.Imports.Count} imports, {imports.Count} were given");
        for (int i = 0; i < imports.Count; i++)
        {
            Import import = module.Imports[i];
            object value = imports[i] ?? throw new WasmLinkException($"unknown import: {import.Module}::{import.Name}");
            string? problem = ImportMatcher.Check(store, module, import, value);
            if (problem != null) throw new WasmLinkException($"incompatible import type for {import.Module}::{import.Name}: {problem}");
        }
        return Instantiator.Instantiate(store, module, imports, limits);
    }

    /// <summary>
    /// A host function of <paramref name="store"/> with signature <paramref name="type"/>, to pass to
    /// <see cref="InstantiateResolved"/> (see <see cref="WasmHostCallback"/> for the slot encoding).
    /// </summary>
    public static WasmFunction CreateHostFunction(WasmStore store, FuncType type, WasmHostCallback callback)
    {
        if (store is null) throw new ArgumentNullException(nameof(store));
        if (type is null) throw new ArgumentNullException(nameof(type));
        if (callback is null) throw new ArgumentNullException(nameof(callback));
        return new WasmFunction(store, type, null, -1, callback);
    }
}
