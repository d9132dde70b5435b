using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace WitSharp.Engine;

/// <summary>
/// Counts the elements of one store's tables against <see cref="WasmStore.MaxTableElements"/>. Tables are held
/// weakly, so the ledger keeps nothing alive: a table of an instance the host dropped counts until the GC has
/// collected it. Before refusing, the ledger recounts and collects: refusing because of garbage would make limits
/// depend on GC timing. A forced collection runs again only if the store has instantiated since the last one, or
/// ten times as long as the last one took has passed: so a WebAssembly loop of failing grows spends at most about
/// a tenth of its time collecting, and calls from the host need no bookkeeping for it.
/// </summary>
internal sealed class TableLedger
{
    private readonly WeakList<WasmTable> _tables = new();
    private readonly WasmStore _store;
    private long _elements;
    // When the next forced collection may run without a new instantiation (Stopwatch ticks; 0: at once).
    private long _nextCollectionAt;
    private long _instantiationsAtCollection = -1;

    public TableLedger(WasmStore store) => _store = store;

    /// <summary>Starts counting <paramref name="table"/> (its elements were reserved before it was allocated).</summary>
    public void Add(WasmTable table)
    {
        _tables.Add(table);
    }

    /// <summary>The store's tables still alive.</summary>
    public List<WasmTable> Live() => _tables.Live();

    /// <summary>Reserves <paramref name="elements"/> more; false when <paramref name="limit"/> forbids it.</summary>
    public bool TryReserve(long elements, long limit)
    {
        if (_elements + elements > limit)
        {
            Recount();
            if (_elements + elements > limit
                && (_store.Instantiations != _instantiationsAtCollection || Stopwatch.GetTimestamp() >= _nextCollectionAt))
            {
                _instantiationsAtCollection = _store.Instantiations;
                long start = Stopwatch.GetTimestamp();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                long end = Stopwatch.GetTimestamp();
                _nextCollectionAt = end + 10 * (end - start);
                Recount();
            }
            if (_elements + elements > limit) return false;
        }
        _elements += elements;
        return true;
    }

    /// <summary>Gives back a reservation whose allocation failed.</summary>
    public void Release(long elements) => _elements -= elements;

    private void Recount()
    {
        long total = 0;
        foreach (WasmTable table in _tables.Live()) total += table.Size;
        _elements = total;
    }
}
