using System;
using System.Collections.Generic;

namespace WitSharp.Wasi.Http;

/// <summary>
/// How a wasi:http component is served: limits per request and what its outgoing requests may reach. Deny by
/// default: no outgoing request is allowed until an authority is granted with <see cref="AllowOutgoing"/>.
/// </summary>
public sealed class WasiHttpOptions
{
    private readonly HashSet<string> _allowedAuthorities = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The WASI context of each request's instance (stdio, environment…); nothing granted by default.</summary>
    public WasiConfiguration Wasi { get; set; } = new();

    /// <summary>How long one request may run in the component before it is interrupted (503) and its instance dropped.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most bytes of request body a component may read; a larger request gets 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>How many requests run in components at once; more wait for a slot.</summary>
    public int MaxConcurrentRequests { get; set; } = Environment.ProcessorCount * 16;

    /// <summary>How long a request waits for a slot before it gets 503.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most 64 KiB pages each instance's memories may reach (4096 = 256 MiB).</summary>
    public uint MaxMemoryPages { get; set; } = 4096;

    /// <summary>The largest chunk one body read hands the guest.</summary>
    public int MaxReadChunk { get; set; } = 64 * 1024;

    /// <summary>Receives one line per failed request (a trap, a timeout, a host error), for the server's log.</summary>
    public Action<string>? Log { get; set; }

    /// <summary>Authorities (<c>host</c> or <c>host:port</c>) outgoing requests may reach.</summary>
    public IReadOnlyCollection<string> AllowedOutgoingAuthorities => _allowedAuthorities;

    /// <summary>
    /// Allows outgoing requests to <paramref name="authority"/>: <c>api.example.com</c> (any port) or
    /// <c>127.0.0.1:8080</c> (that port only).
    /// </summary>
    public WasiHttpOptions AllowOutgoing(string authority)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authority);
        _allowedAuthorities.Add(authority.Trim());
        return this;
    }

    /// <summary>True when an outgoing request to <paramref name="host"/>:<paramref name="port"/> is allowed.</summary>
    public bool IsOutgoingAllowed(string host, int port) =>
        _allowedAuthorities.Contains(host) || _allowedAuthorities.Contains($"{host}:{port}");
}
