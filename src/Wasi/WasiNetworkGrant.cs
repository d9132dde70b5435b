using System.Net;

namespace WitSharp.Wasi;

/// <summary>What kind of network use a <see cref="WasiNetworkGrant"/> allows.</summary>
public enum WasiNetworkProtocol
{
    /// <summary>TCP connect, bind and listen.</summary>
    Tcp,
    /// <summary>UDP bind, send and receive.</summary>
    Udp,
    /// <summary>Name lookup through the host's resolver.</summary>
    NameLookup,
}

/// <summary>One network permission: a protocol, the addresses it covers (null for name lookup) and a port (null: all).</summary>
public sealed record WasiNetworkGrant(WasiNetworkProtocol Protocol, IPNetwork? Network, int? Port);
