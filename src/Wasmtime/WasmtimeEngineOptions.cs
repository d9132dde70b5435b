using WitSharp.Engine;

namespace WitSharp.Wasmtime;

/// <summary>Settings of a <see cref="WasmtimeEngine"/>, shared by every store and module it makes.</summary>
public sealed class WasmtimeEngineOptions
{
    /// <summary>
    /// Charge fuel and trap with <see cref="TrapKind.OutOfFuel"/> when it runs out (Wasmtime's fuel: about one unit per
    /// instruction, so budgets differ from the managed engine's). Off by default: counting costs speed.
    /// </summary>
    public bool ConsumeFuel { get; init; }

    /// <summary>
    /// Let a store's <c>InterruptToken</c> stop running code (Wasmtime's epoch interruption: a check at each loop
    /// header and function entry). On by default, as the managed engine always honours the token. Only a store whose
    /// token can be cancelled when it first instantiates a module or makes a host function runs code with the checks
    /// (each module is compiled a second time for those stores, on first need); every other store runs code without
    /// them, at full speed, and refuses a cancelable token set later (see <see cref="InterruptibleAfterInstantiation"/>).
    /// Off, no store takes a cancelable token.
    /// </summary>
    public bool Interruptible { get; init; } = true;

    /// <summary>
    /// Compile every module with epoch checks, so that a token set on a store after it has instantiated still
    /// interrupts it. Off by default: the checks slow loops down (up to 3.5x on float kernels), and a store that gets
    /// its token before instantiating is interruptible without this. With it off, setting a cancelable
    /// <c>InterruptToken</c> on a store that already runs code without checks throws
    /// <see cref="System.InvalidOperationException"/>. Ignored when <see cref="Interruptible"/> is off.
    /// </summary>
    public bool InterruptibleAfterInstantiation { get; init; }

    /// <summary>
    /// Whether Cranelift compiles a module's functions on worker threads. Off by default: a component's core modules
    /// are compiled one by one and are mostly small, and on a busy machine waiting for the workers cost far more than
    /// compiling (0.9 ms on one thread against 1–12 ms in parallel for one small module). Turn it on for large modules
    /// on an otherwise idle machine.
    /// </summary>
    public bool ParallelCompilation { get; init; }

    /// <summary>Cranelift's optimisation level. <see cref="global::Wasmtime.OptimizationLevel.Speed"/> by default.</summary>
    public global::Wasmtime.OptimizationLevel OptimizationLevel { get; init; } = global::Wasmtime.OptimizationLevel.Speed;

    /// <summary>
    /// Pages (64 KiB) any one memory may reach: growth beyond fails with -1, a larger minimum fails instantiation. At
    /// most <see cref="WasmMemory.MaxSupportedPages"/>, as on the managed engine, so a memory always fits one span.
    /// </summary>
    public uint MaxMemoryPages { get; init; } = WasmMemory.MaxSupportedPages;
}
