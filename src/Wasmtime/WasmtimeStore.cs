using System;
using System.Collections.Generic;
using System.Threading;
using WitSharp.Engine;
using WitSharp.Engine.Components.Engines;
using WitSharp.Wasmtime.Core;
using WitSharp.Wasmtime.Native;
using WitSharp.WitParser.Abi;

namespace WitSharp.Wasmtime;

/// <summary>
/// A Wasmtime store behind the seam: where one component instance's core instances live, with its limits. Fuel maps
/// to Wasmtime's fuel, <see cref="InterruptToken"/> to epoch interruption, <see cref="MaxMemoryPages"/> to the store's
/// resource limiter. Single-threaded, like every store. Dispose it to free its native memory: its host functions and
/// epoch callback are native callbacks that refer back to it, so an undisposed store is never collected.
/// </summary>
public sealed class WasmtimeStore : CoreStore
{
    private readonly WasmtimeEngine _engine;
    private CancellationToken _interruptToken;
    private CancellationTokenRegistration _interruptRegistration;
    private uint _maxMemoryPages;
    private int _depth;
    private bool _disposeRequested;

    /// <summary>A new store of <paramref name="engine"/>.</summary>
    public WasmtimeStore(WasmtimeEngine engine)
    {
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        Native = new global::Wasmtime.Store(engine.Native);
        Context = WrapperHandles.Context(Native);
        MaxMemoryPages = engine.Options.MaxMemoryPages;
        if (engine.Options.Interruptible)
        {
            // Epochs are engine-wide: any store's token bumps them. Each tick, the callback stops this store only if
            // its own token is signalled and otherwise lets it run to the next tick.
            Native.SetEpochDeadline(1);
            Native.SetEpochDeadlineCallback(_ => _interruptToken.IsCancellationRequested
                ? throw new WasmTrapException(TrapKind.Interrupted, WasmTrapException.Describe(TrapKind.Interrupted))
                : 1UL);
        }
    }

    /// <summary>The Wasmtime store underneath.</summary>
    public global::Wasmtime.Store Native { get; }

    /// <summary>The store's <c>wasmtime_context_t*</c> for direct calls; valid while the store is not disposed.</summary>
    internal IntPtr Context { get; }

    /// <summary>Bumped whenever WebAssembly may have run (a call's start and end, a host function's entry), so cached memory spans know to refresh.</summary>
    internal int Generation;

    /// <summary>True once <see cref="Dispose"/> ran.</summary>
    public bool IsDisposed { get; private set; }

    /// <inheritdoc/>
    public override CoreEngine Engine => _engine;

    /// <inheritdoc/>
    public override CancellationToken InterruptToken
    {
        get => _interruptToken;
        set
        {
            if (!_engine.Options.Interruptible && value.CanBeCanceled)
            {
                throw new InvalidOperationException("the engine was made with WasmtimeEngineOptions.Interruptible off, so its stores cannot be interrupted");
            }
            _interruptRegistration.Dispose();
            _interruptToken = value;
            global::Wasmtime.Engine native = _engine.Native;
            _interruptRegistration = value.Register(native.IncrementEpoch);
        }
    }

    /// <inheritdoc/>
    public override bool ConsumesFuel => _engine.Options.ConsumeFuel;

    /// <inheritdoc/>
    public override long Fuel
    {
        get
        {
            RequireFuel();
            return (long)Math.Min(Native.Fuel, long.MaxValue);
        }
        set
        {
            RequireFuel();
            Native.Fuel = (ulong)Math.Max(value, 0);
        }
    }

    /// <inheritdoc/>
    public override uint MaxMemoryPages
    {
        get => _maxMemoryPages;
        set
        {
            _maxMemoryPages = Math.Min(value, WasmMemory.MaxSupportedPages);
            Native.SetLimits(memorySize: (long)_maxMemoryPages * 65536);
        }
    }

    /// <inheritdoc/>
    public override CoreInstance Instantiate(CoreModule module, ReadOnlySpan<CoreExtern> imports)
    {
        ThrowIfDisposed();
        if (module is not WasmtimeModule compiled || compiled.Engine != _engine) throw new ArgumentException("the module was compiled by another engine", nameof(module));
        var items = new object[imports.Length];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = imports[i] switch
            {
                WasmtimeFunction function when function.Store == this => function.Native,
                WasmtimeMemory memory when memory.Store == this => memory.Native,
                WasmtimeItem item when item.Store == this => item.Native,
                null => throw new WasmLinkException("import " + i + " of the module is missing"),
                _ => throw new WasmLinkException("import " + i + " of the module comes from another store or engine"),
            };
        }
        Generation++;
        _depth++;
        try
        {
            return new WasmtimeInstance(this, new global::Wasmtime.Instance(Native, compiled.Native, items));
        }
        catch (global::Wasmtime.TrapException e)
        {
            throw TrapMapping.FromWasmtime(e);
        }
        catch (global::Wasmtime.WasmtimeException e) when (e.InnerException != null)
        {
            // A start function that called the host, which threw.
            throw TrapMapping.FromWasmtime(e);
        }
        catch (global::Wasmtime.WasmtimeException e)
        {
            throw InstantiationFailure(e);
        }
        finally
        {
            Leave();
        }
    }

    /// <inheritdoc/>
    public override CoreFunction CreateHostFunction(IReadOnlyList<CoreValueType> parameters, IReadOnlyList<CoreValueType> results, CoreHostCallback callback)
    {
        ThrowIfDisposed();
        return HostFunctions.Create(this, parameters, results, callback ?? throw new ArgumentNullException(nameof(callback)));
    }

    /// <summary>
    /// Frees the native store. Called while a call into the store runs (from a host function), it waits until that
    /// call returns; later calls throw <see cref="ObjectDisposedException"/>.
    /// </summary>
    public override void Dispose()
    {
        if (IsDisposed) return;
        IsDisposed = true;
        // A new generation makes every memory of the store ask again before it gives out a span, and asking a disposed
        // store throws: a span is never made over freed native memory.
        Generation++;
        _interruptRegistration.Dispose();
        if (_depth == 0) Native.Dispose();
        else _disposeRequested = true;
    }

    /// <summary>Starts a call into the store; returns its context.</summary>
    internal IntPtr Enter()
    {
        ThrowIfDisposed();
        Generation++;
        _depth++;
        return Context;
    }

    /// <summary>Ends a call into the store.</summary>
    internal void Leave()
    {
        Generation++;
        if (--_depth == 0 && _disposeRequested)
        {
            _disposeRequested = false;
            Native.Dispose();
        }
    }

    internal void ThrowIfDisposed()
    {
        if (IsDisposed) throw new ObjectDisposedException(nameof(WasmtimeStore));
    }

    private void RequireFuel()
    {
        if (!ConsumesFuel) throw new InvalidOperationException("fuel is off: make the engine with WasmtimeEngineOptions.ConsumeFuel");
    }

    // Wasmtime words a limit as "... exceeds memory limits" or "... limit ..."; anything else is a bad import.
    private static WasmLinkException InstantiationFailure(global::Wasmtime.WasmtimeException e) =>
        e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("exceeds", StringComparison.OrdinalIgnoreCase)
            ? new WasmResourceLimitException("instantiation needs more than the store's limits allow: " + e.Message, e)
            : new WasmLinkException("Wasmtime cannot instantiate the module: " + e.Message, e);
}
