using System;
using System.Net;
using System.Net.Sockets;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Network;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Udp;
using WitSharp.Wasi.Io;
using static WitSharp.Wasi.Sockets.SocketCalls;
using Poll = WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Poll;

namespace WitSharp.Wasi.Sockets;

/// <summary>
/// A guest's <c>udp-socket</c> over a .NET datagram <see cref="Socket"/>. The bind address and every peer a datagram
/// goes to must be covered by a UDP grant (<see cref="WasiConfiguration.AllowUdp"/>), else <c>access-denied</c>; a
/// socket streams only once bound. <c>stream(remote)</c> fixes the peer (datagrams from others are dropped, as a
/// connected socket drops them); <c>stream(none)</c> sends to each datagram's own address.
/// </summary>
internal sealed class HostUdpSocket : UdpSocket
{
    private enum State { Unbound, BindStarted, Bound, Closed }

    private readonly Socket _socket;
    private readonly NetworkPolicy _policy;
    private State _state;
    private IPEndPoint? _remote;
    private int _generation;

    public HostUdpSocket(AddressFamily family, NetworkPolicy policy)
    {
        _socket = new Socket(family, SocketType.Dgram, ProtocolType.Udp) { Blocking = false };
        _policy = policy;
    }

    /// <summary>The socket the streams read and write.</summary>
    internal Socket Socket => _socket;

    /// <summary>The peer the current streams are fixed to, or null.</summary>
    internal IPEndPoint? Remote => _remote;

    /// <summary>Which <c>stream</c> call made the current streams; older streams fail with <c>invalid-state</c>.</summary>
    internal int Generation => _generation;

    internal NetworkPolicy Policy => _policy;

    public override Result<Unit, ErrorCode> StartBind(Network network, IpSocketAddress localAddress)
    {
        if (_state != State.Unbound) return Fail<Unit>(ErrorCode.InvalidState);
        IPEndPoint endpoint = SocketAddresses.ToEndPoint(localAddress);
        if (endpoint.AddressFamily != _socket.AddressFamily) return Fail<Unit>(ErrorCode.InvalidArgument);
        if (!_policy.Allows(WasiNetworkProtocol.Udp, endpoint)) return Fail<Unit>(ErrorCode.AccessDenied);
        return Try(() =>
        {
            _socket.Bind(endpoint);
            _state = State.BindStarted;
            return Unit.Value;
        });
    }

    public override Result<Unit, ErrorCode> FinishBind()
    {
        if (_state != State.BindStarted) return Fail<Unit>(ErrorCode.NotInProgress);
        _state = State.Bound;
        return Result<Unit, ErrorCode>.Ok(Unit.Value);
    }

    public override Result<(IncomingDatagramStream, OutgoingDatagramStream), ErrorCode> Stream(IpSocketAddress? remoteAddress)
    {
        if (_state != State.Bound) return Fail<(IncomingDatagramStream, OutgoingDatagramStream)>(ErrorCode.InvalidState);
        IPEndPoint? remote = null;
        if (remoteAddress is not null)
        {
            remote = SocketAddresses.ToEndPoint(remoteAddress);
            if (remote.Port == 0 || remote.Address.Equals(IPAddress.Any) || remote.Address.Equals(IPAddress.IPv6Any) || remote.AddressFamily != _socket.AddressFamily)
                return Fail<(IncomingDatagramStream, OutgoingDatagramStream)>(ErrorCode.InvalidArgument);
            if (!_policy.Allows(WasiNetworkProtocol.Udp, remote)) return Fail<(IncomingDatagramStream, OutgoingDatagramStream)>(ErrorCode.AccessDenied);
        }
        _remote = remote;
        int generation = ++_generation;
        return Result<(IncomingDatagramStream, OutgoingDatagramStream), ErrorCode>.Ok(
            (new HostIncomingDatagramStream(this, generation), new HostOutgoingDatagramStream(this, generation)));
    }

    public override Result<IpSocketAddress, ErrorCode> LocalAddress() =>
        _state is State.Unbound or State.Closed || _socket.LocalEndPoint is not IPEndPoint local
            ? Fail<IpSocketAddress>(ErrorCode.InvalidState)
            : Result<IpSocketAddress, ErrorCode>.Ok(SocketAddresses.FromEndPoint(local));

    public override Result<IpSocketAddress, ErrorCode> RemoteAddress() =>
        _remote is { } remote ? Result<IpSocketAddress, ErrorCode>.Ok(SocketAddresses.FromEndPoint(remote)) : Fail<IpSocketAddress>(ErrorCode.InvalidState);

    public override IpAddressFamily AddressFamily() =>
        _socket.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? IpAddressFamily.Ipv6 : IpAddressFamily.Ipv4;

    public override Result<byte, ErrorCode> UnicastHopLimit() => Try(() => (byte)_socket.Ttl);

    public override Result<Unit, ErrorCode> SetUnicastHopLimit(byte value) =>
        value == 0 ? Fail<Unit>(ErrorCode.InvalidArgument) : Try(() => { _socket.Ttl = value; return Unit.Value; });

    public override Result<ulong, ErrorCode> ReceiveBufferSize() => Try(() => (ulong)_socket.ReceiveBufferSize);

    public override Result<Unit, ErrorCode> SetReceiveBufferSize(ulong value) => SetSize(value, size => _socket.ReceiveBufferSize = size);

    public override Result<ulong, ErrorCode> SendBufferSize() => Try(() => (ulong)_socket.SendBufferSize);

    public override Result<Unit, ErrorCode> SetSendBufferSize(ulong value) => SetSize(value, size => _socket.SendBufferSize = size);

    /// <summary>Binding completes at once, so the socket's own pollable is always ready.</summary>
    public override Poll.Pollable Subscribe() => TaskPollable.Completed();

    public override void Dispose()
    {
        _state = State.Closed;
        _socket.Dispose();
    }
}
