using System.Collections.Generic;

namespace WitSharp.Engine.Benchmarks;

/// <summary>
/// <c>small.wasm</c> (one memory page, a data segment, ten functions) loaded once, for the instantiate and
/// host→wasm call micro-benchmarks.
/// </summary>
public sealed class SmallModule
{
    // The benchmark holds each store's instances until it moves to a new store (64 KiB of memory each), as a host
    // holds what it instantiates to use it. The store itself kept them before issue #10 and no longer does; holding
    // them here gives both engines in `compare.sh 0441b86` the same object lifetimes, where otherwise the comparison
    // would time the collector's reaction to the leak #10 removed (with nothing surviving, gen 0 stays at its smallest
    // budget: a collection every 32 instantiations instead of 82). The loop starts a new store every few
    // instantiations: with 1,000 per store the live set reaches 64 MB and gen-2 collections dominate (~150 µs each
    // instantiation measured), which is the benchmark's artifact, not instantiation. Store creation (~3 µs) is
    // spread over this many instantiations.
    private const int InstancesPerStore = 16;

    private readonly List<WasmInstance> _held = new(InstancesPerStore);

    private readonly WasmEngine _engine = new();
    private readonly WasmModule _module;
    private readonly WasmLinker _linker;
    private readonly WasmFunc<int, int, int> _add;
    private WasmStore _store;
    private int _instancesInStore;

    private SmallModule(string path)
    {
        _module = _engine.LoadModuleFile(path);
        _linker = new WasmLinker(_engine);
        _store = new WasmStore(_engine);
        _add = _linker.Instantiate(_store, _module).GetFunction<int, int, int>("add");
    }

    /// <summary>Decodes and validates <paramref name="path"/> and instantiates it once for <see cref="CallAddMany"/>.</summary>
    public static SmallModule Load(string path) => new(path);

    /// <summary>Instantiates the module <paramref name="count"/> times.</summary>
    public void InstantiateMany(int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (++_instancesInStore > InstancesPerStore)
            {
                _store = new WasmStore(_engine);
                _instancesInStore = 1;
                _held.Clear();
            }
            _held.Add(_linker.Instantiate(_store, _module));
        }
    }

    /// <summary>Calls <c>add(acc, i)</c> <paramref name="count"/> times through the typed export view; returns the sum.</summary>
    public int CallAddMany(int count)
    {
        int acc = 0;
        for (int i = 0; i < count; i++) acc = _add.Invoke(acc, i);
        return acc;
    }
}
