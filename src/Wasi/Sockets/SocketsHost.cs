using System;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.InstanceNetwork;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.IpNameLookup;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Network;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Tcp;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.TcpCreateSocket;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Udp;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.UdpCreateSocket;

namespace WitSharp.Wasi.Sockets;

/// <summary>
/// <c>wasi:sockets</c>, deny by default: nothing is allowed unless the configuration grants it. TCP sockets exist only
/// with an <see cref="WasiConfiguration.AllowTcp"/> grant, and each bind and connect must fall inside one (else
/// <c>access-denied</c>). Name lookup needs <see cref="WasiConfiguration.AllowNameLookup"/> (then any name resolves
/// through the host's resolver; what the addresses may reach is still up to the TCP and UDP grants). UDP sockets exist
/// only with an <see cref="WasiConfiguration.AllowUdp"/> grant, which must cover the bind address and every peer.
/// </summary>
internal sealed class SocketsHost(Func<WasiContext> context) : IInstanceNetwork, ITcpCreateSocket, IUdpCreateSocket, IIpNameLookup
{
    public Network InstanceNetwork() => new HostNetwork();

    public Result<TcpSocket, ErrorCode> CreateTcpSocket(IpAddressFamily addressFamily)
    {
        var wasi = context();
        var policy = new NetworkPolicy(wasi.Configuration.NetworkGrants);
        if (!policy.Allows(WasiNetworkProtocol.Tcp))
        {
            wasi.ReportRefusal("the component tried to open a TCP socket: no network is granted; grant it with WasiConfiguration.AllowTcp");
            return Result<TcpSocket, ErrorCode>.Err(ErrorCode.AccessDenied);
        }
        return Result<TcpSocket, ErrorCode>.Ok(new HostTcpSocket(SocketAddresses.ToFamily(addressFamily), policy, wasi.Limits.MaxIoChunk));
    }

    public Result<UdpSocket, ErrorCode> CreateUdpSocket(IpAddressFamily addressFamily)
    {
        var wasi = context();
        var policy = new NetworkPolicy(wasi.Configuration.NetworkGrants);
        if (!policy.Allows(WasiNetworkProtocol.Udp))
        {
            wasi.ReportRefusal("the component tried to open a UDP socket: no UDP is granted; grant it with WasiConfiguration.AllowUdp");
            return Result<UdpSocket, ErrorCode>.Err(ErrorCode.AccessDenied);
        }
        return Result<UdpSocket, ErrorCode>.Ok(new HostUdpSocket(SocketAddresses.ToFamily(addressFamily), policy));
    }

    public Result<ResolveAddressStream, ErrorCode> ResolveAddresses(Network network, string name)
    {
        var wasi = context();
        if (!new NetworkPolicy(wasi.Configuration.NetworkGrants).Allows(WasiNetworkProtocol.NameLookup))
        {
            wasi.ReportRefusal("the component tried to look up a host name: name lookup is not granted; grant it with WasiConfiguration.AllowNameLookup");
            return Result<ResolveAddressStream, ErrorCode>.Err(ErrorCode.AccessDenied);
        }
        return HostResolveAddressStream.Start(name);
    }

    /// <summary>The instance's network handle; the grants, not the handle, decide what a socket may reach.</summary>
    private sealed class HostNetwork : Network;
}
