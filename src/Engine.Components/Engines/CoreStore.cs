using System;
using System.Collections.Generic;
using System.Threading;
using WitSharp.WitParser.Abi;

namespace WitSharp.Engine.Components.Engines;

/// <summary>
/// Where core instances live and run, with the limits that bound them: fuel, interruption and memory size. One
/// component instance runs in one store. Single-threaded: one call at a time.
/// </summary>
/// <remarks>A <see cref="WasmStore"/> converts implicitly (an adapter over it), so existing code that passes one keeps
/// compiling.</remarks>
public abstract class CoreStore : IDisposable
{
    /// <summary>The engine whose modules this store instantiates.</summary>
    public abstract CoreEngine Engine { get; }

    /// <summary>
    /// When signalled, running WebAssembly stops with a <see cref="WasmTrapException"/> of kind
    /// <see cref="TrapKind.Interrupted"/> at its next loop iteration or call.
    /// </summary>
    public abstract CancellationToken InterruptToken { get; set; }

    /// <summary>True when the engine counts fuel (then <see cref="Fuel"/> can be read and set).</summary>
    public abstract bool ConsumesFuel { get; }

    /// <summary>
    /// Fuel left; running out traps with <see cref="TrapKind.OutOfFuel"/>. One unit is roughly one loop iteration or
    /// call; engines count differently, so budgets bound work rather than meter it exactly.
    /// </summary>
    /// <exception cref="InvalidOperationException">The engine does not count fuel (<see cref="ConsumesFuel"/> is false).</exception>
    public abstract long Fuel { get; set; }

    /// <summary>
    /// Pages (64 KiB) any memory of this store may reach: growth beyond fails with -1, a larger minimum fails
    /// instantiation with <see cref="WasmResourceLimitException"/>. Set it before instantiating.
    /// </summary>
    public abstract uint MaxMemoryPages { get; set; }

    /// <summary>
    /// Instantiates <paramref name="module"/> with one item per import, in the module's import order (functions,
    /// memories, tables and globals from this store's instances, or host functions from <see cref="CreateHostFunction"/>).
    /// </summary>
    /// <exception cref="WasmLinkException">An import has the wrong kind or type.</exception>
    /// <exception cref="WasmResourceLimitException">A memory or table exceeds the store's limits.</exception>
    /// <exception cref="WasmTrapException">A segment did not fit or the start function trapped.</exception>
    public abstract CoreInstance Instantiate(CoreModule module, ReadOnlySpan<CoreExtern> imports);

    /// <summary>
    /// A host function of this store with the given core signature. <paramref name="callback"/> receives one slot per
    /// parameter and writes one per result (see <see cref="CoreFunction.Invoke"/> for the encoding). An exception it
    /// throws ends the WebAssembly call as a <see cref="WasmTrapException"/> of kind <see cref="TrapKind.HostError"/>
    /// whose inner exception is the one thrown (a <see cref="WasmTrapException"/> passes through as itself).
    /// </summary>
    public abstract CoreFunction CreateHostFunction(IReadOnlyList<CoreValueType> parameters, IReadOnlyList<CoreValueType> results, CoreHostCallback callback);

    /// <summary>Releases what the engine holds for the store (native memory, for a native engine); nothing for the managed one.</summary>
    public virtual void Dispose()
    {
    }

    /// <summary>The managed store behind the seam.</summary>
    public static implicit operator CoreStore(WasmStore store) => new ManagedCoreStore(store);
}
