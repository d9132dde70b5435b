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
}
