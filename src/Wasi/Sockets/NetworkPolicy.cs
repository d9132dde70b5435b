using System.Collections.Generic;
using System.Linq;
using System.Net;

namespace WitSharp.Wasi.Sockets;

/// <summary>
/// What the configuration's network grants allow (<see cref="WasiConfiguration.AllowTcp"/>, <c>AllowUdp</c>,
/// <c>AllowNameLookup</c>): nothing unless a grant covers the protocol, the address and the port.
/// </summary>
internal sealed class NetworkPolicy(IReadOnlyList<WasiNetworkGrant> grants)
{
    /// <summary>True when some grant names <paramref name="protocol"/> at all (creating a socket is then allowed).</summary>
    public bool Allows(WasiNetworkProtocol protocol) => grants.Any(g => g.Protocol == protocol);

    /// <summary>True when a grant for <paramref name="protocol"/> covers <paramref name="endpoint"/>; port 0 (any free port) needs a grant for every port.</summary>
    public bool Allows(WasiNetworkProtocol protocol, IPEndPoint endpoint) =>
        grants.Any(g => g.Protocol == protocol
            && g.Network is { } network && network.Contains(Normalize(endpoint.Address))
            && (g.Port is null || g.Port == endpoint.Port));

    // An IPv4-mapped IPv6 address is the IPv4 address it maps, whichever family the grant was written in.
    internal static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
