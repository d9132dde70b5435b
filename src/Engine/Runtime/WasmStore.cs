using System;
using System.Collections.Generic;
using System.Threading;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

/// <summary>
/// Owns runtime objects (instances, functions, memories, tables, globals) and the execution stack they run on.
/// A store is single-threaded: run one call at a time on it. A trap leaves it usable.
/// A store does not keep what the host has let go of: an instance, and the memory and tables it defines, are
/// collected once the host holds neither it nor anything of it (a function, an export, a table or global of
/// another live instance that refers to it), and a host object passed as an <c>externref</c> is released once no
/// table or global of the store holds it. So a long-lived store can instantiate modules without end. Disposing is
/// optional: <see cref="Dispose"/> hands the linear memories back for reuse at once, which spares a server that
/// makes a store per request most of its garbage collection.
/// </summary>
public sealed class WasmStore : IDisposable
{
    /// <summary>Creates a store for modules of <paramref name="engine"/>.</summary>
    public WasmStore(WasmEngine engine)
    {
        Engine = engine ?? throw new ArgumentNullException(nameof(engine));
        int poll = engine.Options.StressPollInterval > 0 ? engine.Options.StressPollInterval : ExecutionStack.DefaultPollInterval;
        Stack = new ExecutionStack(this, engine.Options.MaxCallDepth, engine.Options.MaxValueStackSlots, poll);
        Stack.FuelEnabled = engine.Options.ConsumeFuel;
        MaxMemoryPages = engine.Options.MaxMemoryPages;
        MaxTableElements = engine.Options.MaxTableElementsPerStore;
        if (Stack.FuelEnabled) Stack.Budget = 0;
    }

    /// <summary>
    /// Pages any memory instantiated in this store may reach (growth beyond fails with -1, a larger minimum is a
    /// link error). Starts at <see cref="WasmEngineOptions.MaxMemoryPages"/>; lower it to sandbox one store.
    /// </summary>
    public uint MaxMemoryPages
    {
        get => _maxMemoryPages;
        set => _maxMemoryPages = Math.Min(value, WasmMemory.MaxSupportedPages);
    }

    private uint _maxMemoryPages;

    /// <summary>
    /// Elements all live tables of this store may hold together (instantiation beyond throws
    /// <see cref="WasmResourceLimitException"/>, growth beyond fails with -1). Starts at
    /// <see cref="WasmEngineOptions.MaxTableElementsPerStore"/>; lower it to sandbox one store.
    /// </summary>
    public long MaxTableElements { get; set; }

    /// <summary>The elements of the store's tables, counted against <see cref="MaxTableElements"/> (made with the first table).</summary>
    internal TableLedger Tables => _tables ??= new TableLedger(this);

    private TableLedger? _tables;

    /// <summary>The store's live tables (none if it never made one).</summary>
    internal System.Collections.Generic.List<WasmTable> LiveTables() => _tables?.Live() ?? new System.Collections.Generic.List<WasmTable>();

    /// <summary>
    /// The memories instantiations defined in this store, for <see cref="Dispose"/>: the first
    /// <see cref="PooledMemoriesPerStore"/> of them, held strongly (a store made per instance, as a server makes, has
    /// one or two). A store that makes more is a long-lived one: it forgets them all and leaves its memories to the
    /// collector, so that it never keeps what the host let go of beyond this bound.
    /// </summary>
    private WasmMemory?[]? _memories;

    private int _memoryCount;

    /// <summary>Memories a store remembers for reuse (see <see cref="_memories"/>).</summary>
    internal const int PooledMemoriesPerStore = 4;

    /// <summary>True once <see cref="Dispose"/> ran: instantiating in the store throws, and its memories are empty.</summary>
    public bool IsDisposed { get; private set; }

    /// <summary>Records a memory an instantiation in this store defined.</summary>
    internal void Track(WasmMemory memory)
    {
        int index = _memoryCount++;
        if (index < PooledMemoriesPerStore) (_memories ??= new WasmMemory?[PooledMemoriesPerStore])[index] = memory;
        else _memories = null;
    }

    /// <summary>
    /// Ends the store: the linear memories its instances defined are emptied (later accesses trap, and the host's
    /// spans of them must not be used again) and their buffers reused by later instances of any store, so no garbage
    /// collection is needed to reclaim them. Only a store that made at most four memories (one made per instance, as
    /// a server makes) hands them back; a long-lived store that made more leaves them to the collector. Instantiating in a disposed store throws <see cref="ObjectDisposedException"/>.
    /// Call it when no call into the store runs; called from a host function the store is running, it still empties
    /// the memories but leaves their buffers to the collector, because the running WebAssembly frames below may
    /// hold them until they return.
    /// </summary>
    public void Dispose()
    {
        if (IsDisposed) return;
        IsDisposed = true;
        if (_memories is null) return;
        bool reuse = !InAction;
        foreach (WasmMemory? memory in _memories) memory?.Release(reuse);
        _memories = null;
    }

    /// <summary>The engine whose settings apply.</summary>
    public WasmEngine Engine { get; }

    /// <summary>When signalled, running WebAssembly stops with a <see cref="TrapKind.Interrupted"/> trap at its next loop iteration or call.</summary>
    public CancellationToken InterruptToken { get; set; }

    /// <summary>
    /// Fuel left (one unit per loop iteration and per call). Only available when <see cref="WasmEngineOptions.ConsumeFuel"/> is on;
    /// running out traps with <see cref="TrapKind.OutOfFuel"/>.
    /// </summary>
    public long Fuel
    {
        get
        {
            RequireFuel();
            return Stack.FuelReserve + Math.Max(Stack.Budget, 0);
        }
        set
        {
            RequireFuel();
            if (value < 0) throw new ArgumentOutOfRangeException(nameof(value));
            Stack.FuelReserve = value;
            Stack.Budget = 0;
        }
    }

    internal ExecutionStack Stack { get; }

    /// <summary>
    /// The handles of the store's reference values, made when the first reference is: most stores of plain modules
    /// never need one, and its weak table (a finalizable container) is not free to create for every store.
    /// </summary>
    internal HandleTable Handles => _handles ??= new HandleTable(this);

    private HandleTable? _handles;

    /// <summary>Sweeps the handle table if it exists and is due; call only when nothing is in flight.</summary>
    internal void SweepHandlesIfDue() => _handles?.SweepIfDue();

    /// <summary>Instantiations, and marshallings of several arguments, in progress: their handles are held only by locals.</summary>
    internal int SweepBlockers;

    /// <summary>Instantiations begun in this store, ever (the table ledger collects again after one).</summary>
    internal long Instantiations;

    /// <summary>
    /// True while handles may be in flight where a sweep cannot see them: a host function is running (so a
    /// WebAssembly call may be in progress below it, with handles in its frames), an instantiation is in progress,
    /// or arguments are being marshalled. Outside these, no WebAssembly frame exists and the host is at a safe point.
    /// </summary>
    internal bool InAction => Stack.HostCallDepth != 0 || SweepBlockers != 0;

    /// <summary>The slot handle for a host object passed as an <c>externref</c> (0 for null).</summary>
    internal ulong ExternHandle(object? value) => value is null ? 0 : Handles.ExternHandle(value);

    internal object? FromHandle(ulong handle) => Handles.Get(handle);

    internal WasmFunction FunctionFromHandle(ulong handle) => (WasmFunction)Handles.Get(handle)!;

    /// <summary>
    /// The slot bits of a value owned by this store. Called only by the host's APIs (never by running WebAssembly),
    /// so a reference marshalled outside <see cref="InAction"/> is a safe point at which to sweep the handles first.
    /// </summary>
    internal ulong ToSlot(in WasmValue value)
    {
        if (!value.Type.IsReference()) return value.Bits;
        if (!InAction) SweepHandlesIfDue();
        return value.Type == ValType.FuncRef
            ? value.Reference is WasmFunction f ? OwnHandle(f) : 0
            : ExternHandle(value.Reference);
    }

    internal WasmValue FromSlot(ValType type, ulong bits) => type switch
    {
        ValType.FuncRef => WasmValue.FuncRef((WasmFunction?)FromHandle(bits)),
        ValType.ExternRef => WasmValue.ExternRef(FromHandle(bits)),
        _ => WasmValue.FromBits(type, bits),
    };

    private ulong OwnHandle(WasmFunction function)
    {
        if (!ReferenceEquals(function.Store, this)) throw new ArgumentException("the function belongs to another store");
        return function.Handle;
    }

    private void RequireFuel()
    {
        if (!Stack.FuelEnabled) throw new InvalidOperationException("fuel is off: set WasmEngineOptions.ConsumeFuel");
    }
}
