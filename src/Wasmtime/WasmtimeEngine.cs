using System;
using WitSharp.Engine;
using WitSharp.Engine.Components.Engines;
using WitSharp.Wasmtime.Core;

namespace WitSharp.Wasmtime;

/// <summary>
/// Wasmtime (Cranelift) as the engine of the component runtime: pass it where a <see cref="WasmEngine"/> goes
/// (<c>Component.FromFile(new WasmtimeEngine(), path)</c>, <c>new ComponentLinker(engine)</c>) and the same components,
/// linker and generated bindings run compiled to native code. Core modules compile through Wasmtime's core API; the
/// Canonical ABI, resources and linking stay WitSharp's own. Thread-safe; dispose it after its stores.
/// </summary>
/// <remarks>
/// Errors are the managed engine's types: an invalid module throws the same <see cref="WasmException"/> the managed
/// engine would, traps are <see cref="WasmTrapException"/>s with the same <see cref="TrapKind"/>, limits throw
/// <see cref="WasmResourceLimitException"/>. Needs the native library of the Wasmtime package for the platform
/// (linux-x64, linux-arm64, osx-x64, osx-arm64, win-x64, win-arm64).
/// </remarks>
public sealed class WasmtimeEngine : CoreEngine, IDisposable
{
    private readonly Lazy<global::Wasmtime.Engine>? _epochNative;

    /// <summary>An engine with default options (no fuel, interruptible, Cranelift optimising for speed).</summary>
    public WasmtimeEngine() : this(new WasmtimeEngineOptions())
    {
    }

    /// <summary>An engine with <paramref name="options"/>.</summary>
    public WasmtimeEngine(WasmtimeEngineOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        // Epoch checks cost up to 3.5x on float loops (Cranelift spills the loop's float registers around the check's
        // cold call), so by default code runs without them and a second native engine with them is made, and each
        // module compiled for it, only when a store gets an interrupt token before it first runs code.
        bool epochsEverywhere = options.Interruptible && options.InterruptibleAfterInstantiation;
        Native = NewNative(options, epochs: epochsEverywhere);
        if (epochsEverywhere) _epochNative = new Lazy<global::Wasmtime.Engine>(Native);
        else if (options.Interruptible) _epochNative = new Lazy<global::Wasmtime.Engine>(() => NewNative(options, epochs: true));
    }

    /// <summary>The options the engine was made with.</summary>
    public WasmtimeEngineOptions Options { get; }

    /// <summary>
    /// The Wasmtime engine underneath that every module is compiled for first: without epoch checks, unless
    /// <see cref="WasmtimeEngineOptions.InterruptibleAfterInstantiation"/> is on.
    /// </summary>
    public global::Wasmtime.Engine Native { get; }

    /// <summary>The native engine with epoch checks (made on first use; <see cref="Native"/> itself when every store checks epochs); null when the engine is not interruptible.</summary>
    internal global::Wasmtime.Engine? EpochNative => _epochNative?.Value;

    /// <summary>True when each store runs on the native engine with or without epoch checks by its token (the default).</summary>
    internal bool ChoosesPerStore => Options.Interruptible && !Options.InterruptibleAfterInstantiation;

    /// <inheritdoc/>
    public override string Name => "wasmtime";

    /// <inheritdoc/>
    public override CoreModule Compile(ReadOnlyMemory<byte> bytes) => WasmtimeModule.Compile(this, bytes);

    /// <inheritdoc/>
    public override CoreStore CreateStore() => new WasmtimeStore(this);

    /// <summary>Releases the native engines; their stores and modules must no longer be used.</summary>
    public void Dispose()
    {
        if (_epochNative is { IsValueCreated: true } epoch && epoch.Value != Native) epoch.Value.Dispose();
        Native.Dispose();
    }

    private static global::Wasmtime.Engine NewNative(WasmtimeEngineOptions options, bool epochs)
    {
        using var config = new global::Wasmtime.Config()
            .WithFuelConsumption(options.ConsumeFuel)
            .WithEpochInterruption(epochs)
            .WithOptimizationLevel(options.OptimizationLevel)
            .WithParallelCompilation(options.ParallelCompilation);
        return new global::Wasmtime.Engine(config);
    }
}
