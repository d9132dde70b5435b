using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
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
/// <remarks>
/// The native store is made when the store first instantiates a module or makes a host function. If its
/// <see cref="InterruptToken"/> can be cancelled by then (or the engine has
/// <see cref="WasmtimeEngineOptions.InterruptibleAfterInstantiation"/>), its code checks epochs and the token stops it;
/// otherwise its code runs without the checks, at full speed, and a cancelable token set later is refused with
/// <see cref="InvalidOperationException"/>. <see cref="IsInterruptible"/> tells which.
/// </remarks>
public sealed class WasmtimeStore : CoreStore
{
    private readonly WasmtimeEngine _engine;
    private global::Wasmtime.Store? _native;
    private global::Wasmtime.Engine? _nativeEngine;
    private bool _checksEpochs;
    private CancellationToken _interruptToken;
    private CancellationTokenRegistration _interruptRegistration;
    private uint _maxMemoryPages;
    private ulong _fuel;
    private int _depth;
    private bool _disposeRequested;

    /// <summary>A new store of <paramref name="engine"/>.</summary>
    public WasmtimeStore(WasmtimeEngine engine)
    {
        _engine = engine ?? throw new ArgumentNullException(nameof(engine));
        MaxMemoryPages = engine.Options.MaxMemoryPages;
    }

    /// <summary>
    /// The Wasmtime store underneath. Asking for it makes it if the store has not run anything yet, which fixes whether
    /// the store's code checks epochs (see <see cref="IsInterruptible"/>).
    /// </summary>
    public global::Wasmtime.Store Native => _native ?? CreateNative();

    /// <summary>
    /// True when code in this store checks epochs, so that a cancelled <see cref="InterruptToken"/> stops it. Fixed when
    /// the store first instantiates a module or makes a host function: true if the engine is interruptible and the
    /// token could be cancelled by then, or if the engine has <see cref="WasmtimeEngineOptions.InterruptibleAfterInstantiation"/>.
    /// Before that, what the store would choose now.
    /// </summary>
    public bool IsInterruptible => _native != null ? _checksEpochs : WouldCheckEpochs;

    /// <summary>The store's <c>wasmtime_context_t*</c> for direct calls; valid while the store is not disposed.</summary>
    internal IntPtr Context { get; private set; }

    /// <summary>Bumped whenever WebAssembly may have run (a call's start and end, a host function's entry), so cached memory spans know to refresh.</summary>
    internal int Generation;

    /// <summary>True once <see cref="Dispose"/> ran.</summary>
    public bool IsDisposed { get; private set; }

    /// <inheritdoc/>
    public override CoreEngine Engine => _engine;

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">
    /// The token can be cancelled and the engine is not interruptible, or this store already runs code without epoch
    /// checks (it had no cancelable token when it first instantiated; see <see cref="IsInterruptible"/>).
    /// </exception>
    public override CancellationToken InterruptToken
    {
        get => _interruptToken;
        set
        {
            if (value.CanBeCanceled && !_engine.Options.Interruptible)
            {
                throw new InvalidOperationException("the engine was made with WasmtimeEngineOptions.Interruptible off, so its stores cannot be interrupted");
            }
            if (value.CanBeCanceled && _native != null && !_checksEpochs)
            {
                throw new InvalidOperationException("this store already runs code compiled without epoch checks (it had no cancelable InterruptToken when it first "
                    + "instantiated), so it cannot be interrupted: set InterruptToken before instantiating, or make the engine with "
                    + "WasmtimeEngineOptions.InterruptibleAfterInstantiation");
            }
            _interruptRegistration.Dispose();
            _interruptToken = value;
            // Epochs are engine-wide: a token's cancellation bumps the epoch of every store with checks, and each
            // store's deadline callback decides by its own token.
            _interruptRegistration = value.CanBeCanceled ? value.Register(_engine.EpochNative!.IncrementEpoch) : default;
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
            return (long)Math.Min(_native?.Fuel ?? _fuel, long.MaxValue);
        }
        set
        {
            RequireFuel();
            // Before the native store exists the fuel waits here, so that setting it fixes nothing about the store.
            if (_native is null) _fuel = (ulong)Math.Max(value, 0);
            else _native.Fuel = (ulong)Math.Max(value, 0);
        }
    }

    /// <inheritdoc/>
    public override uint MaxMemoryPages
    {
        get => _maxMemoryPages;
        set
        {
            _maxMemoryPages = Math.Min(value, WasmMemory.MaxSupportedPages);
            _native?.SetLimits(memorySize: (long)_maxMemoryPages * 65536);
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
        global::Wasmtime.Store native = Native;
        Generation++;
        _depth++;
        try
        {
            return new WasmtimeInstance(this, new global::Wasmtime.Instance(native, compiled.For(_nativeEngine!), items));
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
        if (_depth == 0) _native?.Dispose();
        else _disposeRequested = true;
    }

    /// <summary>Starts a call into the store; returns its context.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal IntPtr Enter()
    {
        if (IsDisposed) ThrowDisposed();
        Generation++;
        _depth++;
        return Context;
    }

    /// <summary>Ends a call into the store.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Leave()
    {
        Generation++;
        if (--_depth == 0 && _disposeRequested) DisposeRequested();
    }

    internal void ThrowIfDisposed()
    {
        if (IsDisposed) ThrowDisposed();
    }

    // Kept out of Enter and Leave so that those inline into every call.
    private void DisposeRequested()
    {
        _disposeRequested = false;
        _native?.Dispose();
    }

    private bool WouldCheckEpochs => _engine.Options.Interruptible && (_engine.Options.InterruptibleAfterInstantiation || _interruptToken.CanBeCanceled);

    // The store's first instantiation or host function: the token set by now decides whether its code checks epochs.
    private global::Wasmtime.Store CreateNative()
    {
        ThrowIfDisposed();
        _checksEpochs = WouldCheckEpochs;
        _nativeEngine = _checksEpochs ? _engine.EpochNative! : _engine.Native;
        var native = new global::Wasmtime.Store(_nativeEngine);
        Context = WrapperHandles.Context(native);
        native.SetLimits(memorySize: (long)_maxMemoryPages * 65536);
        if (ConsumesFuel) native.Fuel = _fuel;
        if (_checksEpochs)
        {
            // Each tick, the callback stops this store only if its own token is signalled and otherwise lets it run
            // to the next tick.
            native.SetEpochDeadline(1);
            native.SetEpochDeadlineCallback(_ => _interruptToken.IsCancellationRequested
                ? throw new WasmTrapException(TrapKind.Interrupted, WasmTrapException.Describe(TrapKind.Interrupted))
                : 1UL);
        }
        _native = native;
        return native;
    }

    [DoesNotReturn]
    private static void ThrowDisposed() => throw new ObjectDisposedException(nameof(WasmtimeStore));

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
