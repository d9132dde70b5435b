using System;
using System.Net;
using System.Text;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Network;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Tcp;
using WitSharp.Wasi.Io;
using WitSharp.Wasi.Sockets;
using Streams = WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Streams;

namespace WitSharp.Wasi.Tests.Sockets;

/// <summary>
/// wasi:sockets through the host as a guest would call it: nothing without a grant (access-denied, and the refusal
/// named), TCP listen, connect and accept on loopback inside an <see cref="WasiConfiguration.AllowTcp"/> grant, and
/// every address outside the grant refused.
/// </summary>
public sealed class TcpSocketTests
{
    static readonly IpSocketAddress LoopbackAnyPort = new IpSocketAddress.Ipv4(new Ipv4SocketAddress(0, (127, 0, 0, 1)));

    [Fact]
    public void Nothing_is_allowed_without_a_grant()
    {
        using var context = new WasiConfiguration().CreateContext();
        var host = new SocketsHost(() => context);
        var network = host.InstanceNetwork();
        Assert.Equal(ErrorCode.AccessDenied, host.CreateTcpSocket(IpAddressFamily.Ipv4).Error);
        Assert.Equal(ErrorCode.AccessDenied, host.CreateUdpSocket(IpAddressFamily.Ipv4).Error);
        Assert.Equal(ErrorCode.AccessDenied, host.ResolveAddresses(network, "localhost").Error);
        Assert.Contains(context.Refusals, r => r.Contains("TCP socket") && r.Contains("AllowTcp"));
    }

    [Fact]
    public void Addresses_outside_the_grant_are_refused()
    {
        using var context = new WasiConfiguration().AllowTcp(new IPNetwork(IPAddress.Loopback, 32), port: 9).CreateContext();
        var host = new SocketsHost(() => context);
        var network = host.InstanceNetwork();
        using var socket = host.CreateTcpSocket(IpAddressFamily.Ipv4).Value;
        var elsewhere = new IpSocketAddress.Ipv4(new Ipv4SocketAddress(80, (10, 1, 2, 3)));
        Assert.Equal(ErrorCode.AccessDenied, socket.StartConnect(network, elsewhere).Error);
        var otherPort = new IpSocketAddress.Ipv4(new Ipv4SocketAddress(8080, (127, 0, 0, 1)));
        Assert.Equal(ErrorCode.AccessDenied, socket.StartConnect(network, otherPort).Error);
        // Binding to "any free port" needs a grant for every port; this one names port 9 only.
        Assert.Equal(ErrorCode.AccessDenied, socket.StartBind(network, LoopbackAnyPort).Error);
    }

    [Fact]
    public void Listen_connect_accept_and_talk_on_loopback()
    {
        using var context = new WasiConfiguration().AllowTcp(new IPNetwork(IPAddress.Loopback, 8)).CreateContext();
        var host = new SocketsHost(() => context);
        var network = host.InstanceNetwork();

        using var server = host.CreateTcpSocket(IpAddressFamily.Ipv4).Value;
        Assert.True(server.StartBind(network, LoopbackAnyPort).IsOk);
        Assert.Equal(ErrorCode.NotInProgress, server.FinishListen().Error);
        Assert.True(server.FinishBind().IsOk);
        Assert.True(server.StartListen().IsOk);
        Assert.True(server.FinishListen().IsOk);
        Assert.True(server.IsListening());
        var bound = (IpSocketAddress.Ipv4)server.LocalAddress().Value;
        Assert.NotEqual(0, bound.Value.Port);

        using var client = host.CreateTcpSocket(IpAddressFamily.Ipv4).Value;
        Assert.True(client.StartConnect(network, bound).IsOk);
        var connected = Wait(client, () => client.FinishConnect());
        var accepted = Wait(server, () => server.Accept());
        using var peer = accepted.Item1;
        Assert.Equal(bound, peer.LocalAddress().Value);
        Assert.Equal(((IpSocketAddress.Ipv4)client.LocalAddress().Value).Value.Port,
            ((IpSocketAddress.Ipv4)peer.RemoteAddress().Value).Value.Port);

        Assert.True(connected.Item2.BlockingWriteAndFlush(Encoding.ASCII.GetBytes("ping")).IsOk);
        Assert.Equal("ping", ReadText(accepted.Item2, 4));
        Assert.True(accepted.Item3.BlockingWriteAndFlush(Encoding.ASCII.GetBytes("pong")).IsOk);
        Assert.Equal("pong", ReadText(connected.Item1, 4));
        Assert.True(client.Shutdown(ShutdownType.Both).IsOk);
        foreach (var stream in new IDisposable[] { connected.Item1, connected.Item2, accepted.Item2, accepted.Item3 })
            stream.Dispose();
    }

    [Fact]
    public void A_refused_connection_is_reported_not_thrown()
    {
        using var context = new WasiConfiguration().AllowTcp(new IPNetwork(IPAddress.Loopback, 8)).CreateContext();
        var host = new SocketsHost(() => context);
        var network = host.InstanceNetwork();
        // A port that was free a moment ago: nothing listens there.
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        using var client = host.CreateTcpSocket(IpAddressFamily.Ipv4).Value;
        Assert.True(client.StartConnect(network, new IpSocketAddress.Ipv4(new Ipv4SocketAddress((ushort)port, (127, 0, 0, 1)))).IsOk);
        WaitReady(client, TimeSpan.FromSeconds(30));
        Assert.Equal(ErrorCode.ConnectionRefused, client.FinishConnect().Error);
    }

    // Polls as a guest would: subscribe, wait for the pollable, finish (bounded, so a hang fails the test).
    static T Wait<T>(TcpSocket socket, Func<Result<T, ErrorCode>> finish)
    {
        for (var i = 0; i < 100; i++)
        {
            var result = finish();
            if (result.IsOk)
                return result.Value;
            Assert.Equal(ErrorCode.WouldBlock, result.Error);
            WaitReady(socket, TimeSpan.FromSeconds(1));
        }
        throw new TimeoutException("the socket never became ready");
    }

    // What a guest's poll does with the socket's pollable (bounded, so a hang fails instead of blocking the run).
    static void WaitReady(TcpSocket socket, TimeSpan limit) =>
        ((TaskPollable)socket.Subscribe()).Task.ContinueWith(_ => { }).Wait(limit);

    static string ReadText(Streams.InputStream input, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            var read = input.BlockingRead((ulong)(length - text.Length));
            Assert.True(read.IsOk);
            text.Append(Encoding.ASCII.GetString(read.Value));
        }
        return text.ToString();
    }
}
