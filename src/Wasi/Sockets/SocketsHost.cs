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
/// <c>wasi:sockets</c> as WitSharp.Wasi wires it. Deny by default: every socket and lookup is refused with
/// <c>access-denied</c> until the sockets part implements the grants of <see cref="WasiConfiguration.AllowTcp"/>.
/// </summary>
internal sealed class SocketsHost(Func<WasiContext> context) : IInstanceNetwork, ITcpCreateSocket, IUdpCreateSocket, IIpNameLookup
{
    public Network InstanceNetwork() => new DeniedNetwork();

    public Result<TcpSocket, ErrorCode> CreateTcpSocket(IpAddressFamily addressFamily) => Denied<TcpSocket>();

    public Result<UdpSocket, ErrorCode> CreateUdpSocket(IpAddressFamily addressFamily) => Denied<UdpSocket>();

    public Result<ResolveAddressStream, ErrorCode> ResolveAddresses(Network network, string name) => Denied<ResolveAddressStream>();

    private Result<T, ErrorCode> Denied<T>()
    {
        _ = context();
        return Result<T, ErrorCode>.Err(ErrorCode.AccessDenied);
    }

    private sealed class DeniedNetwork : Network;
}
