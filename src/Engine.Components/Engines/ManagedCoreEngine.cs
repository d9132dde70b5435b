using System;
using System.Runtime.CompilerServices;

namespace WitSharp.Engine.Components.Engines;

/// <summary>
/// The managed engine (<see cref="Engine.WasmEngine"/>) behind the seam: no native dependency, the default. Made by
/// <see cref="For"/> or implicitly from a <see cref="Engine.WasmEngine"/>.
/// </summary>
public sealed class ManagedCoreEngine : CoreEngine
{
    // One adapter per engine, so components, linkers and stores made from the same WasmEngine agree that their engine
    // is the same object (the runtime compares engines by reference).
    private static readonly ConditionalWeakTable<WasmEngine, ManagedCoreEngine> s_adapters = new();

    private ManagedCoreEngine(WasmEngine engine) => WasmEngine = engine;

    /// <summary>The adapter of <paramref name="engine"/>: the same object for the same engine.</summary>
    public static ManagedCoreEngine For(WasmEngine engine)
    {
        if (engine is null) throw new ArgumentNullException(nameof(engine));
        return s_adapters.GetValue(engine, e => new ManagedCoreEngine(e));
    }

    /// <summary>The managed engine underneath.</summary>
    public WasmEngine WasmEngine { get; }

    /// <inheritdoc/>
    public override string Name => "managed";

    /// <inheritdoc/>
    public override CoreModule Compile(ReadOnlyMemory<byte> bytes) => new ManagedCoreModule(this, WasmEngine.LoadModule(bytes));

    /// <inheritdoc/>
    public override CoreStore CreateStore() => new ManagedCoreStore(this, new WasmStore(WasmEngine));
}
