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
/// through the host's resolver; what the addresses may reach is still up to the TCP grants). UDP is refused with
/// <c>access-denied</c> whatever is granted: not implemented yet (see docs/wasi-filesystem.md, "wasi:sockets").
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

    public Result<UdpSocket, ErrorCode> CreateUdpSocket(IpAddressFamily addressFamily) => Denied<UdpSocket>();

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

    private Result<T, ErrorCode> Denied<T>()
    {
        _ = context();
        return Result<T, ErrorCode>.Err(ErrorCode.AccessDenied);
    }

    /// <summary>The instance's network handle; the grants, not the handle, decide what a socket may reach.</summary>
    private sealed class HostNetwork : Network;
}
