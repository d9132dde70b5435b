using System;
using System.Collections.Generic;

namespace WitSharp.Engine;

/// <summary>
/// Counts the elements of one store's tables against <see cref="WasmStore.MaxTableElements"/>. Tables are held
/// weakly, so the ledger keeps nothing alive: a table of an instance the host dropped counts until the GC has
/// collected it. Before refusing, the ledger recounts and, if the host has done something since its last forced
/// collection (instantiated, called in: the only ways it can have dropped instances in between), collects once:
/// refusing because of garbage would make limits depend on GC timing, and a wasm loop of failing grows must not
/// force a collection per iteration.
/// </summary>
internal sealed class TableLedger
{
    private readonly WeakList<WasmTable> _tables = new();
    private long _elements;
    private bool _hostActedSinceCollection = true;

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
            if (_elements + elements > limit && _hostActedSinceCollection)
            {
                _hostActedSinceCollection = false;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                Recount();
            }
            if (_elements + elements > limit) return false;
        }
        _elements += elements;
        return true;
    }

    /// <summary>Notes a host action (instantiation, a call from the host) after which a forced collection may find garbage.</summary>
    public void HostActed() => _hostActedSinceCollection = true;

    /// <summary>Gives back a reservation whose allocation failed.</summary>
    public void Release(long elements) => _elements -= elements;

    private void Recount()
    {
        long total = 0;
        foreach (WasmTable table in _tables.Live()) total += table.Size;
        _elements = total;
    }
}
