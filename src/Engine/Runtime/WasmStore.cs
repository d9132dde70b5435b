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
/// table or global of the store holds it. So a long-lived store can instantiate modules without end; there is
/// nothing to dispose.
/// </summary>
public sealed class WasmStore
{
    /// <summary>Creates a store for modules of <paramref name="engine"/>.</summary>
    public WasmStore(WasmEngine engine)
    {
        Engine = engine ?? throw new ArgumentNullException(nameof(engine));
        Stack = new ExecutionStack(this, engine.Options.MaxCallDepth, engine.Options.MaxValueStackSlots);
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

    /// <summary>The elements of the store's tables, counted against <see cref="MaxTableElements"/>.</summary>
    internal readonly TableLedger Tables = new();

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

    /// <summary>Calls and instantiations in progress; the handle table is swept only when there are none.</summary>
    internal int Busy;

    /// <summary>The host calls in: one more call in progress, and the table ledger may collect again before refusing.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void EnterFromHost()
    {
        Busy++;
        Tables.HostActed();
    }

    /// <summary>A call or instantiation ends (see <see cref="Busy"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void Leave()
    {
        if (--Busy == 0 && _handles is { HasRecent: true } handles) handles.ForgetRecent();
    }

    /// <summary>The slot handle for a host object passed as an <c>externref</c> (0 for null).</summary>
    internal ulong ExternHandle(object? value) => value is null ? 0 : Handles.ExternHandle(value);

    internal object? FromHandle(ulong handle) => Handles.Get(handle);

    internal WasmFunction FunctionFromHandle(ulong handle) => (WasmFunction)Handles.Get(handle)!;

    /// <summary>The slot bits of a value owned by this store.</summary>
    internal ulong ToSlot(in WasmValue value) => value.Type switch
    {
        ValType.FuncRef => value.Reference is WasmFunction f ? OwnHandle(f) : 0,
        ValType.ExternRef => ExternHandle(value.Reference),
        _ => value.Bits,
    };

    internal WasmValue FromSlot(ValType type, ulong bits) => type switch
    {
        ValType.FuncRef => WasmValue.FuncRef((WasmFunction?)FromHandle(bits)),
        ValType.ExternRef => WasmValue.ExternRef(FromHandle(bits)),
        _ => WasmValue.FromBits(type, bits),
    };

    private ulong OwnHandle(WasmFunction function)
    {
        if (!ReferenceEquals(function.Store, this)) throw new ArgumentException("the function belongs to another store");
        ulong handle = function.Handle;
        Handles.Touch(handle);
        return handle;
    }

    private void RequireFuel()
    {
        if (!Stack.FuelEnabled) throw new InvalidOperationException("fuel is off: set WasmEngineOptions.ConsumeFuel");
    }
}
