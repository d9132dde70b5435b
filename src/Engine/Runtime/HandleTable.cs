using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WitSharp.Engine;

/// <summary>
/// The slot-sized handles (index + 1; 0 is null) by which a store's tables, globals and value stack hold reference
/// values: functions (funcref) and host objects (externref). A handle is made when a value first becomes a
/// reference, not when a function is created, so instances whose functions never become references are never
/// held here. The store frees a handle whose value nothing outside the store holds and no live table, reference
/// global or element segment of the store holds: a sweep pins each such holder's values to the holder itself
/// (so an instance dropped together with its tables pins nothing), holds the rest only weakly through a full
/// collection, and frees the handles of what was collected. Sweeps run only at the host's safe points (before it
/// marshals a reference value or instantiates), never while <see cref="WasmStore.InAction"/> (a host function
/// running, so perhaps WebAssembly frames below it; arguments being marshalled; an instantiation), and only once
/// the handle count has doubled since the last one, so their cost is amortised over the handles made. Calls from
/// the host pay nothing for this. A raw handle the host keeps from a raw-slot call (<see cref="WasmHostCallback"/>,
/// <see cref="WasmFunction.Invoke(ReadOnlySpan{ulong}, Span{ulong})"/>) is valid only while a table, global or
/// segment of the store holds the value, or until the host next marshals a reference or instantiates.
/// </summary>
internal sealed class HandleTable
{
    private const int FirstSweep = 1024;

    private readonly WasmStore _store;
    private readonly List<object?> _targets = new();
    private readonly Stack<int> _free = new();
    // Keyed weakly, so the map itself keeps no host object alive.
    private ConditionalWeakTable<object, StrongBox<ulong>>? _externHandles;
    private readonly WeakList<WasmGlobal> _globals = new();
    private readonly WeakList<WasmInstance> _segmentHolders = new();
    private int _live;
    private long _sweepAt = FirstSweep;

    public HandleTable(WasmStore store) => _store = store;

    /// <summary>Handles in use (for tests and diagnostics).</summary>
    public int Count => _live;

    /// <summary>A new handle for <paramref name="function"/> (it caches it; see <see cref="WasmFunction.Handle"/>).</summary>
    public ulong Register(WasmFunction function) => Add(function);

    /// <summary>The handle of a host object passed as an <c>externref</c>; the same object keeps its handle while held.</summary>
    public ulong ExternHandle(object value)
    {
        _externHandles ??= new ConditionalWeakTable<object, StrongBox<ulong>>();
        if (_externHandles.TryGetValue(value, out StrongBox<ulong>? known)) return known.Value;
        ulong handle = Add(value);
        _externHandles.Add(value, new StrongBox<ulong>(handle));
        return handle;
    }

    public object? Get(ulong handle) => handle == 0 ? null : _targets[(int)(handle - 1)];

    /// <summary>Makes the sweep look at <paramref name="global"/> (a reference-typed global) while it lives.</summary>
    public void Track(WasmGlobal global) => _globals.Add(global);

    /// <summary>Makes the sweep look at the element segments <paramref name="instance"/> keeps while it lives.</summary>
    public void Track(WasmInstance instance) => _segmentHolders.Add(instance);

    /// <summary>Sweeps if enough handles were made since the last sweep; call only when nothing holds a handle in flight.</summary>
    public void SweepIfDue()
    {
        if (_live >= _sweepAt) Sweep();
    }

    private ulong Add(object target)
    {
        int slot;
        if (_free.Count > 0)
        {
            slot = _free.Pop();
            _targets[slot] = target;
        }
        else
        {
            slot = _targets.Count;
            _targets.Add(target);
        }
        _live++;
        return (ulong)slot + 1;
    }

    private void Sweep()
    {
        long scanned = 0;
        var pins = new ConditionalWeakTable<object, object[]>();
        GCHandle[] weak = PinHeldAndWeaken(pins, ref scanned);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.KeepAlive(pins);
        for (int i = 0; i < weak.Length; i++)
        {
            if (!weak[i].IsAllocated) continue;
            object? target = weak[i].Target;
            weak[i].Free();
            if (target is null)
            {
                _free.Push(i);
                _live--;
            }
            else
            {
                _targets[i] = target;
            }
        }
        // The next sweep waits until the handles have doubled and has paid for scanning the tables again.
        _sweepAt = Math.Max(FirstSweep, 2L * _live + scanned / 8);
    }

    /// <summary>
    /// Pins to each live holder (table, reference global, instance with element segments) the values it holds, then
    /// leaves every handle not produced for the host recently held only weakly. A separate method, so that the lists
    /// of holders are out of scope before the collection.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private GCHandle[] PinHeldAndWeaken(ConditionalWeakTable<object, object[]> pins, ref long scanned)
    {
        var seenBy = new int[_targets.Count];
        int holderId = 0;
        foreach (WasmTable table in _store.LiveTables())
        {
            Pin(pins, table, table.Elements, seenBy, ++holderId);
            scanned += table.Elements.Length;
        }
        foreach (WasmGlobal global in _globals.Live()) Pin(pins, global, new[] { global.Bits }, seenBy, ++holderId);
        foreach (WasmInstance instance in _segmentHolders.Live())
        {
            var held = new List<object>();
            foreach (ulong[] segment in instance.ElementSegments)
            {
                if (segment is null) continue;
                Collect(held, segment, seenBy, ++holderId);
                scanned += segment.Length;
            }
            pins.AddOrUpdate(instance, held.ToArray());
        }
        var weak = new GCHandle[_targets.Count];
        for (int i = 0; i < _targets.Count; i++)
        {
            if (_targets[i] is null) continue;
            weak[i] = GCHandle.Alloc(_targets[i], GCHandleType.Weak);
            _targets[i] = null;
        }
        return weak;
    }

    private void Pin(ConditionalWeakTable<object, object[]> pins, object holder, ReadOnlySpan<ulong> handles, int[] seenBy, int holderId)
    {
        var held = new List<object>();
        Collect(held, handles, seenBy, holderId);
        if (held.Count > 0) pins.AddOrUpdate(holder, held.ToArray());
    }

    /// <summary>Adds the values of <paramref name="handles"/> to <paramref name="held"/>, each once per holder.</summary>
    private void Collect(List<object> held, ReadOnlySpan<ulong> handles, int[] seenBy, int holderId)
    {
        foreach (ulong handle in handles)
        {
            if (handle == 0 || handle - 1 >= (ulong)seenBy.Length) continue;
            int slot = (int)(handle - 1);
            if (seenBy[slot] == holderId || _targets[slot] is not object target) continue;
            seenBy[slot] = holderId;
            held.Add(target);
        }
    }
}
