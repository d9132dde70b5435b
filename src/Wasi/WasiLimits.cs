using System;

namespace WitSharp.Wasi;

/// <summary>Bounds on what one WASI instance may use; a guest that reaches one gets an error or a trap, never the host's resources.</summary>
public sealed record WasiLimits
{
    /// <summary>The defaults: 1,024 open handles (descriptors, streams, sockets), 64 MiB per read or write request.</summary>
    public static WasiLimits Default { get; } = new();

    /// <summary>How many WASI handles (descriptors, streams, pollables, sockets) one instance may hold open at once.</summary>
    public int MaxOpenHandles { get; init; } = 1024;

    /// <summary>The largest single read or write a guest may ask for; larger requests are cut to this.</summary>
    public int MaxIoChunk { get; init; } = 64 * 1024 * 1024;

    /// <summary>How long a run may take before it is interrupted (null: no limit).</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// The most bytes each linear memory of the instance may grow to, rounded down to whole 64 KiB pages (at least one);
    /// null keeps the engine's own limit. Growth beyond fails as WebAssembly prescribes (<c>memory.grow</c> returns -1,
    /// so <c>malloc</c> returns NULL), and a component whose minimum is larger does not instantiate. Both engines
    /// enforce it through <c>CoreStore.MaxMemoryPages</c>. <see cref="WasiCommand"/> applies it; an HTTP handler's
    /// instances are bounded by <c>WasiHttpOptions.MaxMemoryPages</c> instead.
    /// </summary>
    public long? MaxMemoryBytes
    {
        get => _maxMemoryBytes;
        init => _maxMemoryBytes = value is < 0 ? throw new ArgumentOutOfRangeException(nameof(value), "a memory limit cannot be negative") : value;
    }

    private readonly long? _maxMemoryBytes;

    /// <summary><see cref="MaxMemoryBytes"/> in 64 KiB pages (at least one), or null when there is no limit.</summary>
    public uint? MaxMemoryPages => _maxMemoryBytes is { } bytes ? (uint)Math.Clamp(bytes / 65536, 1, uint.MaxValue) : null;
}
