namespace WitSharp.Engine;

/// <summary>Settings shared by every store and module of a <see cref="WasmEngine"/>.</summary>
public sealed class WasmEngineOptions
{
    /// <summary>Charge fuel (one unit per loop iteration and call) and trap when it runs out. Off by default.</summary>
    public bool ConsumeFuel { get; init; }

    /// <summary>Nested WebAssembly calls allowed before a <see cref="TrapKind.CallStackExhausted"/> trap.</summary>
    public int MaxCallDepth { get; init; } = 100_000;

    /// <summary>Value-stack slots (8 bytes each) a store may use for locals and operands before trapping.</summary>
    public int MaxValueStackSlots { get; init; } = 1 << 23;

    /// <summary>Pages any one memory may reach (growth beyond fails with -1); at most <see cref="WasmMemory.MaxSupportedPages"/>.</summary>
    public uint MaxMemoryPages { get; init; } = WasmMemory.MaxSupportedPages;
}
