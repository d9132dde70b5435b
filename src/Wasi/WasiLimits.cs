using System;
using System.Threading;
using WitSharp.Engine.Components.Engines;

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

    /// <summary>
    /// How long a run may take before it is interrupted (null: no limit). For an HTTP handler's request, the lower of
    /// this and <c>WasiHttpOptions.RequestTimeout</c> holds.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// The most bytes each linear memory of the instance may grow to, rounded down to whole 64 KiB pages (at least one);
    /// null keeps the engine's own limit. Growth beyond fails as WebAssembly prescribes (<c>memory.grow</c> returns -1,
    /// so <c>malloc</c> returns NULL), and a component whose minimum is larger does not instantiate. Both engines
    /// enforce it through <c>CoreStore.MaxMemoryPages</c>. <see cref="WasiCommand"/> applies it to each run and
    /// <c>WasiHttpHandler</c> to each request's instance (with <c>WasiHttpOptions.MaxMemoryPages</c>: the lower one holds).
    /// </summary>
    public long? MaxMemoryBytes
    {
        get => _maxMemoryBytes;
        init => _maxMemoryBytes = value is < 0 ? throw new ArgumentOutOfRangeException(nameof(value), "a memory limit cannot be negative") : value;
    }

    private readonly long? _maxMemoryBytes;

    /// <summary><see cref="MaxMemoryBytes"/> in 64 KiB pages (at least one), or null when there is no limit.</summary>
    public uint? MaxMemoryPages => _maxMemoryBytes is { } bytes ? (uint)Math.Clamp(bytes / 65536, 1, uint.MaxValue) : null;

    /// <summary>
    /// Bounds <paramref name="store"/> by these limits before anything is instantiated in it: its memories by
    /// <see cref="MaxMemoryBytes"/> (never raising a lower limit the store already has), and its run by the lower of
    /// <see cref="Timeout"/> and <paramref name="atMost"/>, after which the store is interrupted. Returns the source of
    /// that interruption, to dispose when the run ends (null when neither bounds the time).
    /// </summary>
    public CancellationTokenSource? ApplyTo(CoreStore store, TimeSpan? atMost = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (MaxMemoryPages is { } pages) store.MaxMemoryPages = Math.Min(store.MaxMemoryPages, pages);
        if (atMost == System.Threading.Timeout.InfiniteTimeSpan) atMost = null;
        TimeSpan? timeout = Timeout is { } own && (atMost is null || own < atMost) ? own : atMost;
        if (timeout is null) return null;
        var deadline = new CancellationTokenSource(timeout.Value);
        store.InterruptToken = deadline.Token;
        return deadline;
    }
}
