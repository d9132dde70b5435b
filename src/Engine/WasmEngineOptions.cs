namespace WitSharp.Engine;

/// <summary>Settings shared by every store and module of a <see cref="WasmEngine"/>.</summary>
public sealed class WasmEngineOptions
{
    /// <summary>
    /// Charge fuel and trap with <see cref="TrapKind.OutOfFuel"/> when it runs out. One unit per loop iteration and
    /// call, plus one per 64 bytes of memory (8 table elements) that a bulk instruction or a grow touches, charged
    /// before the instruction writes anything. Off by default.
    /// </summary>
    public bool ConsumeFuel { get; init; }

    /// <summary>
    /// How functions run: interpreted, compiled to CIL when hot, or compiled to CIL up front (see
    /// <see cref="CompilationMode"/>). Where dynamic code is not supported (NativeAOT), every mode interprets.
    /// Interpreter by default.
    /// </summary>
    public CompilationMode Compilation { get; init; } = CompilationMode.Interpreter;

    /// <summary>Nested WebAssembly calls allowed before a <see cref="TrapKind.CallStackExhausted"/> trap.</summary>
    public int MaxCallDepth { get; init; } = 100_000;

    /// <summary>Value-stack slots (8 bytes each) a store may use for locals and operands before trapping.</summary>
    public int MaxValueStackSlots { get; init; } = 1 << 23;

    /// <summary>Pages any one memory may reach (growth beyond fails with -1); at most <see cref="WasmMemory.MaxSupportedPages"/>.</summary>
    public uint MaxMemoryPages { get; init; } = WasmMemory.MaxSupportedPages;

    /// <summary>
    /// Table elements (8 bytes each) that the tables one instance defines may hold together, by their declared
    /// minimums and by growth. Over it, instantiation throws <see cref="WasmResourceLimitException"/> and
    /// <c>table.grow</c> returns -1. Default 10,000,000 (80 MB), the web's limit for one table.
    /// </summary>
    public long MaxTableElementsPerInstance { get; init; } = WasmTable.MaxSupportedElements;

    /// <summary>
    /// Table elements that all live tables of one store may hold together (instances the host has dropped stop
    /// counting once collected; the store collects before it refuses). Over it, instantiation throws
    /// <see cref="WasmResourceLimitException"/> and <c>table.grow</c> returns -1. Default 100,000,000 (800 MB).
    /// Lower it per store with <see cref="WasmStore.MaxTableElements"/>.
    /// </summary>
    public long MaxTableElementsPerStore { get; init; } = 100_000_000;

    /// <summary>
    /// For tests of the tiering: when positive, the interpreter polls (and so samples for the CIL tier) every that
    /// many work units instead of every 16,384, and a function is compiled at its first sample or first call from
    /// compiled code. With <see cref="CompilationMode.Tiered"/>, nearly every loop then moves to CIL in the middle
    /// of a call (on-stack replacement), which is where the tier transition's bugs would show.
    /// </summary>
    internal int StressPollInterval { get; init; }
}
