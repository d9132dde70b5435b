using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using WitSharp.Engine.Model;
using WitSharp.WitParser.Abi;

namespace WitSharp.Engine.Components.Engines;

/// <summary>A store of the managed engine (<see cref="Engine.WasmStore"/>) behind the seam.</summary>
public sealed class ManagedCoreStore : CoreStore
{
    /// <summary>The store <paramref name="store"/> behind the seam.</summary>
    public ManagedCoreStore(WasmStore store) : this(ManagedCoreEngine.For((store ?? throw new ArgumentNullException(nameof(store))).Engine), store)
    {
    }

    internal ManagedCoreStore(ManagedCoreEngine engine, WasmStore store)
    {
        Engine = engine;
        WasmStore = store;
    }

    /// <summary>The managed store underneath.</summary>
    public WasmStore WasmStore { get; }

    /// <inheritdoc/>
    public override CoreEngine Engine { get; }

    /// <inheritdoc/>
    public override CancellationToken InterruptToken
    {
        get => WasmStore.InterruptToken;
        set => WasmStore.InterruptToken = value;
    }

    /// <inheritdoc/>
    public override bool ConsumesFuel => WasmStore.Engine.Options.ConsumeFuel;

    /// <inheritdoc/>
    public override long Fuel
    {
        get => WasmStore.Fuel;
        set => WasmStore.Fuel = value;
    }

    /// <inheritdoc/>
    public override uint MaxMemoryPages
    {
        get => WasmStore.MaxMemoryPages;
        set => WasmStore.MaxMemoryPages = value;
    }

    /// <inheritdoc/>
    public override CoreInstance Instantiate(CoreModule module, ReadOnlySpan<CoreExtern> imports)
    {
        if (module is not ManagedCoreModule managed) throw new ArgumentException("the module was compiled by another engine", nameof(module));
        var items = new object[imports.Length];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = imports[i] switch
            {
                ManagedCoreFunction function => function.Function,
                ManagedCoreMemory memory => memory.Memory,
                ManagedCoreItem item => item.Item,
                null => throw new WasmLinkException("import " + i + " of the module is missing"),
                _ => throw new WasmLinkException("import " + i + " of the module comes from another engine"),
            };
        }
        return new ManagedCoreInstance(WasmLinker.InstantiateResolved(WasmStore, managed.Module, items));
    }

    /// <summary>
    /// Disposes the managed store: its linear memories are emptied and their buffers reused by later stores (see
    /// <see cref="Engine.WasmStore.Dispose"/>), which spares a per-request server most of its garbage collection.
    /// </summary>
    public override void Dispose() => WasmStore.Dispose();

    /// <inheritdoc/>
    public override CoreFunction CreateHostFunction(IReadOnlyList<CoreValueType> parameters, IReadOnlyList<CoreValueType> results, CoreHostCallback callback)
    {
        if (callback is null) throw new ArgumentNullException(nameof(callback));
        var type = new FuncType(ManagedTypes.Of(parameters), ManagedTypes.Of(results));
        return new ManagedCoreFunction(WasmLinker.CreateHostFunction(WasmStore, type, (_, args, slots) => callback(args, slots)));
    }
}
