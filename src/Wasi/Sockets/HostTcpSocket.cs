using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Network;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Tcp;
using WitSharp.Wasi.Io;
using static WitSharp.Wasi.Sockets.SocketCalls;
using Poll = WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Poll;
using Streams = WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Streams;

namespace WitSharp.Wasi.Sockets;

/// <summary>
/// A guest's <c>tcp-socket</c> over a .NET <see cref="Socket"/>. Connects and accepts are asynchronous (the guest
/// polls a <see cref="TaskPollable"/>, no thread waits for them); every bind, connect and listen address must be
/// covered by a TCP grant, else <c>access-denied</c>.
/// </summary>
internal sealed class HostTcpSocket : TcpSocket
{
    enum State { Unbound, BindStarted, Bound, ConnectStarted, Connected, ListenStarted, Listening, Closed }

    readonly Socket socket;
    readonly NetworkPolicy policy;
    readonly int maxIoChunk;
    State state;
    Task? connecting;
    Task<Socket>? accepting;
    int backlog = 128;

    public HostTcpSocket(AddressFamily family, NetworkPolicy policy, int maxIoChunk)
        : this(new Socket(family, SocketType.Stream, ProtocolType.Tcp), policy, maxIoChunk, State.Unbound)
    {
    }

    HostTcpSocket(Socket socket, NetworkPolicy policy, int maxIoChunk, State state)
    {
        this.socket = socket;
        this.policy = policy;
        this.maxIoChunk = maxIoChunk;
        this.state = state;
    }

    public override Result<Unit, ErrorCode> StartBind(Network network, IpSocketAddress localAddress)
    {
        if (state != State.Unbound)
            return Fail<Unit>(ErrorCode.InvalidState);
        var endpoint = SocketAddresses.ToEndPoint(localAddress);
        if (!policy.Allows(WasiNetworkProtocol.Tcp, endpoint))
            return Fail<Unit>(ErrorCode.AccessDenied);
        return Try(() =>
        {
            socket.Bind(endpoint);
            state = State.BindStarted;
            return Unit.Value;
        });
    }

    public override Result<Unit, ErrorCode> FinishBind() => Finish(State.BindStarted, State.Bound);

    public override Result<Unit, ErrorCode> StartConnect(Network network, IpSocketAddress remoteAddress)
    {
        if (state is not (State.Unbound or State.Bound))
            return Fail<Unit>(ErrorCode.InvalidState);
        var endpoint = SocketAddresses.ToEndPoint(remoteAddress);
        if (endpoint.Port == 0 || endpoint.Address.Equals(IPAddress.Any) || endpoint.Address.Equals(IPAddress.IPv6Any))
            return Fail<Unit>(ErrorCode.InvalidArgument);
        if (!policy.Allows(WasiNetworkProtocol.Tcp, endpoint))
            return Fail<Unit>(ErrorCode.AccessDenied);
        connecting = socket.ConnectAsync(endpoint);
        state = State.ConnectStarted;
        return Result<Unit, ErrorCode>.Ok(Unit.Value);
    }

    public override Result<(Streams.InputStream, Streams.OutputStream), ErrorCode> FinishConnect()
    {
        if (state != State.ConnectStarted || connecting is null)
            return Fail<(Streams.InputStream, Streams.OutputStream)>(ErrorCode.NotInProgress);
        if (!connecting.IsCompleted)
            return Fail<(Streams.InputStream, Streams.OutputStream)>(ErrorCode.WouldBlock);
        if (connecting.Exception?.InnerException is SocketException failure)
        {
            state = State.Closed;
            return Fail<(Streams.InputStream, Streams.OutputStream)>(SocketAddresses.ToErrorCode(failure.SocketErrorCode));
        }
        connecting = null;
        state = State.Connected;
        return Result<(Streams.InputStream, Streams.OutputStream), ErrorCode>.Ok(Streams(socket));
    }

    public override Result<Unit, ErrorCode> StartListen()
    {
        if (state != State.Bound)
            return Fail<Unit>(ErrorCode.InvalidState);
        return Try(() =>
        {
            socket.Listen(backlog);
            state = State.ListenStarted;
            return Unit.Value;
        });
    }

    public override Result<Unit, ErrorCode> FinishListen() => Finish(State.ListenStarted, State.Listening);

    public override Result<(TcpSocket, Streams.InputStream, Streams.OutputStream), ErrorCode> Accept()
    {
        if (state != State.Listening)
            return Fail<(TcpSocket, Streams.InputStream, Streams.OutputStream)>(ErrorCode.InvalidState);
        accepting ??= socket.AcceptAsync();
        if (!accepting.IsCompleted)
            return Fail<(TcpSocket, Streams.InputStream, Streams.OutputStream)>(ErrorCode.WouldBlock);
        var done = accepting;
        accepting = null;
        if (done.Exception?.InnerException is SocketException failure)
            return Fail<(TcpSocket, Streams.InputStream, Streams.OutputStream)>(SocketAddresses.ToErrorCode(failure.SocketErrorCode));
        var client = done.Result;
        var (input, output) = Streams(client);
        return Result<(TcpSocket, Streams.InputStream, Streams.OutputStream), ErrorCode>.Ok(
            (new HostTcpSocket(client, policy, maxIoChunk, State.Connected), input, output));
    }

    public override Result<IpSocketAddress, ErrorCode> LocalAddress() =>
        state is State.Unbound or State.Closed || socket.LocalEndPoint is not IPEndPoint local
            ? Fail<IpSocketAddress>(ErrorCode.InvalidState)
            : Result<IpSocketAddress, ErrorCode>.Ok(SocketAddresses.FromEndPoint(local));

    public override Result<IpSocketAddress, ErrorCode> RemoteAddress() =>
        state != State.Connected || socket.RemoteEndPoint is not IPEndPoint remote
            ? Fail<IpSocketAddress>(ErrorCode.InvalidState)
            : Result<IpSocketAddress, ErrorCode>.Ok(SocketAddresses.FromEndPoint(remote));

    public override bool IsListening() => state == State.Listening;

    public override IpAddressFamily AddressFamily() =>
        socket.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? IpAddressFamily.Ipv6 : IpAddressFamily.Ipv4;

    public override Result<Unit, ErrorCode> SetListenBacklogSize(ulong value)
    {
        if (value == 0)
            return Fail<Unit>(ErrorCode.InvalidArgument);
        backlog = (int)Math.Min(value, int.MaxValue);
        return Result<Unit, ErrorCode>.Ok(Unit.Value);
    }

    public override Result<bool, ErrorCode> KeepAliveEnabled() =>
        Try(() => (int)socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive)! != 0);

    public override Result<Unit, ErrorCode> SetKeepAliveEnabled(bool value) =>
        Set(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, value ? 1 : 0);

    public override Result<ulong, ErrorCode> KeepAliveIdleTime() => GetSeconds(SocketOptionName.TcpKeepAliveTime);

    public override Result<Unit, ErrorCode> SetKeepAliveIdleTime(ulong value) => SetSeconds(SocketOptionName.TcpKeepAliveTime, value);

    public override Result<ulong, ErrorCode> KeepAliveInterval() => GetSeconds(SocketOptionName.TcpKeepAliveInterval);

    public override Result<Unit, ErrorCode> SetKeepAliveInterval(ulong value) => SetSeconds(SocketOptionName.TcpKeepAliveInterval, value);

    public override Result<uint, ErrorCode> KeepAliveCount() =>
        Try(() => (uint)(int)socket.GetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveRetryCount)!);

    public override Result<Unit, ErrorCode> SetKeepAliveCount(uint value) =>
        value == 0 ? Fail<Unit>(ErrorCode.InvalidArgument) : Set(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveRetryCount, (int)Math.Min(value, int.MaxValue));

    public override Result<byte, ErrorCode> HopLimit() => Try(() => (byte)socket.Ttl);

    public override Result<Unit, ErrorCode> SetHopLimit(byte value) =>
        value == 0 ? Fail<Unit>(ErrorCode.InvalidArgument) : Try(() => { socket.Ttl = value; return Unit.Value; });

    public override Result<ulong, ErrorCode> ReceiveBufferSize() => Try(() => (ulong)socket.ReceiveBufferSize);

    public override Result<Unit, ErrorCode> SetReceiveBufferSize(ulong value) => SetSize(value, size => socket.ReceiveBufferSize = size);

    public override Result<ulong, ErrorCode> SendBufferSize() => Try(() => (ulong)socket.SendBufferSize);

    public override Result<Unit, ErrorCode> SetSendBufferSize(ulong value) => SetSize(value, size => socket.SendBufferSize = size);

    /// <summary>Ready when a connect finished or a connection waits to be accepted; otherwise at once.</summary>
    public override Poll.Pollable Subscribe()
    {
        if (state == State.ConnectStarted && connecting is not null)
            return new TaskPollable(connecting);
        if (state == State.Listening)
            return new TaskPollable(accepting ??= socket.AcceptAsync());
        return TaskPollable.Completed();
    }

    public override Result<Unit, ErrorCode> Shutdown(ShutdownType shutdownType)
    {
        if (state != State.Connected)
            return Fail<Unit>(ErrorCode.InvalidState);
        var how = shutdownType switch
        {
            ShutdownType.Receive => SocketShutdown.Receive,
            ShutdownType.Send => SocketShutdown.Send,
            _ => SocketShutdown.Both,
        };
        return Try(() => { socket.Shutdown(how); return Unit.Value; });
    }

    public override void Dispose()
    {
        state = State.Closed;
        socket.Dispose();
    }

    (Streams.InputStream, Streams.OutputStream) Streams(Socket connected)
    {
        // The streams share the socket; the socket resource owns it (dropping the streams does not close it).
        var network = new NetworkStream(connected, ownsSocket: false);
        return (new StreamInputStream(new AsyncStreamReader(network, maxIoChunk), ownsReader: true),
            new StreamOutputStream(new AsyncStreamWriter(network), ownsWriter: true));
    }

    Result<Unit, ErrorCode> Finish(State started, State finished)
    {
        if (state != started)
            return Fail<Unit>(ErrorCode.NotInProgress);
        state = finished;
        return Result<Unit, ErrorCode>.Ok(Unit.Value);
    }

    Result<ulong, ErrorCode> GetSeconds(SocketOptionName option) =>
        Try(() => (ulong)(int)socket.GetSocketOption(SocketOptionLevel.Tcp, option)! * 1_000_000_000UL);

    // The WIT speaks nanoseconds, the socket option whole seconds (at least 1).
    Result<Unit, ErrorCode> SetSeconds(SocketOptionName option, ulong nanoseconds) =>
        nanoseconds == 0 ? Fail<Unit>(ErrorCode.InvalidArgument)
        : Set(SocketOptionLevel.Tcp, option, (int)Math.Clamp(nanoseconds / 1_000_000_000UL, 1UL, int.MaxValue));

    Result<Unit, ErrorCode> Set(SocketOptionLevel level, SocketOptionName option, int value) =>
        Try(() => { socket.SetSocketOption(level, option, value); return Unit.Value; });
}
