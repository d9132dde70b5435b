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
    /// <summary>An engine with default options (no fuel, interruptible, Cranelift optimising for speed).</summary>
    public WasmtimeEngine() : this(new WasmtimeEngineOptions())
    {
    }

    /// <summary>An engine with <paramref name="options"/>.</summary>
    public WasmtimeEngine(WasmtimeEngineOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        using var config = new global::Wasmtime.Config()
            .WithFuelConsumption(options.ConsumeFuel)
            .WithEpochInterruption(options.Interruptible)
            .WithOptimizationLevel(options.OptimizationLevel)
            .WithParallelCompilation(options.ParallelCompilation);
        Native = new global::Wasmtime.Engine(config);
    }

    /// <summary>The options the engine was made with.</summary>
    public WasmtimeEngineOptions Options { get; }

    /// <summary>The Wasmtime engine underneath.</summary>
    public global::Wasmtime.Engine Native { get; }

    /// <inheritdoc/>
    public override string Name => "wasmtime";

    /// <inheritdoc/>
    public override CoreModule Compile(ReadOnlyMemory<byte> bytes) => WasmtimeModule.Compile(this, bytes);

    /// <inheritdoc/>
    public override CoreStore CreateStore() => new WasmtimeStore(this);

    /// <summary>Releases the native engine; its stores and modules must no longer be used.</summary>
    public void Dispose() => Native.Dispose();
}
