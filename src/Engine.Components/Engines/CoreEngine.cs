using System;

namespace WitSharp.Engine.Components.Engines;

/// <summary>
/// The engine that compiles and runs a component's core modules: the one seam between the component runtime
/// (planning, the Canonical ABI, resources) and a WebAssembly engine. The managed engine (<see cref="WasmEngine"/>,
/// through <see cref="ManagedCoreEngine"/>) is the default; another engine (Wasmtime, in <c>WitSharp.Wasmtime</c>)
/// implements the same abstract members.
/// </summary>
/// <remarks>
/// <para>An engine is thread-safe: it compiles modules from any thread, and a <see cref="CoreModule"/> it returns is
/// shared by every instance. Stores (<see cref="CreateStore"/>) are single-threaded.</para>
/// <para>Errors come out as the managed engine's exception types whichever engine runs, so a host catches one set:
/// <see cref="WasmException"/> (decode or validation) from <see cref="Compile"/>, <see cref="WasmLinkException"/> and
/// <see cref="WasmResourceLimitException"/> from instantiation, <see cref="WasmTrapException"/> (with its
/// <see cref="TrapKind"/>) from running code.</para>
/// <para>A <see cref="WasmEngine"/> converts implicitly, so code written for the managed engine compiles unchanged:
/// <c>Component.FromFile(new WasmEngine(), path)</c>.</para>
/// </remarks>
public abstract class CoreEngine
{
    /// <summary>A short name of the engine for messages and test names, e.g. <c>managed</c> or <c>wasmtime</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Decodes, validates and compiles a core module.</summary>
    /// <exception cref="WasmException">The bytes are not a valid core module (a <see cref="Binary.WasmDecodeException"/> or
    /// <see cref="Validation.WasmValidationException"/> where the engine tells the two apart).</exception>
    public abstract CoreModule Compile(ReadOnlyMemory<byte> bytes);

    /// <summary>A new store with this engine's default limits.</summary>
    public abstract CoreStore CreateStore();

    /// <summary>The managed engine behind the seam (the same adapter for the same engine every time).</summary>
    public static implicit operator CoreEngine(WasmEngine engine) => ManagedCoreEngine.For(engine);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
