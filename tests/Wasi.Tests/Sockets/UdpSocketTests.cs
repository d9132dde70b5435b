using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Network;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Udp;
using WitSharp.Wasi.Io;
using WitSharp.Wasi.Sockets;

namespace WitSharp.Wasi.Tests.Sockets;

/// <summary>
/// wasi:sockets/udp as a guest calls it, on loopback only: refused (access-denied, the refusal named) without an
/// <see cref="WasiConfiguration.AllowUdp"/> grant; with one, two sockets bind, exchange datagrams and see each other's
/// addresses; a fixed peer drops datagrams from others; every address outside the grant is refused.
/// </summary>
public sealed class UdpSocketTests
{
    static readonly IpSocketAddress LoopbackAnyPort = new IpSocketAddress.Ipv4(new Ipv4SocketAddress(0, (127, 0, 0, 1)));

    [Fact]
    public void A_udp_socket_is_refused_without_a_udp_grant_and_the_refusal_is_named()
    {
        using var context = new WasiConfiguration().AllowTcp(new IPNetwork(IPAddress.Loopback, 8)).CreateContext();
        var host = new SocketsHost(() => context);

        Assert.Equal(ErrorCode.AccessDenied, host.CreateUdpSocket(IpAddressFamily.Ipv4).Error);
        Assert.Contains(context.Refusals, r => r.Contains("UDP socket") && r.Contains("AllowUdp"));
    }

    [Fact]
    public void Two_sockets_exchange_datagrams_on_loopback()
    {
        using var context = new WasiConfiguration().AllowUdp(new IPNetwork(IPAddress.Loopback, 8)).CreateContext();
        var host = new SocketsHost(() => context);
        using UdpSocket a = Bound(host), b = Bound(host);
        IpSocketAddress addressA = a.LocalAddress().Value, addressB = b.LocalAddress().Value;
        Assert.NotEqual(0, ((IpSocketAddress.Ipv4)addressA).Value.Port);

        var (inA, outA) = a.Stream(null).Value;
        var (inB, outB) = b.Stream(addressA).Value;
        Assert.Equal(addressA, b.RemoteAddress().Value);
        Assert.Equal(ErrorCode.InvalidState, a.RemoteAddress().Error);

        Assert.True(outA.CheckSend().Value > 0);
        Assert.Equal(2UL, outA.Send([new OutgoingDatagram(Encoding.ASCII.GetBytes("one"), addressB), new OutgoingDatagram(Encoding.ASCII.GetBytes("two"), addressB)]).Value);
        List<IncomingDatagram> atB = ReceiveAtLeast(inB, 2);
        Assert.Equal(new[] { "one", "two" }, atB.ConvertAll(d => Encoding.ASCII.GetString(d.Data)));
        Assert.All(atB, d => Assert.Equal(addressA, d.RemoteAddress));

        // B's stream has a fixed peer: datagrams go there without an address.
        Assert.Equal(1UL, outB.Send([new OutgoingDatagram(Encoding.ASCII.GetBytes("back"), null)]).Value);
        IncomingDatagram atA = Assert.Single(ReceiveAtLeast(inA, 1));
        Assert.Equal("back", Encoding.ASCII.GetString(atA.Data));
        Assert.Equal(addressB, atA.RemoteAddress);
        Assert.Empty(inA.Receive(0).Value);
        foreach (IDisposable stream in new IDisposable[] { inA, outA, inB, outB }) stream.Dispose();
    }

    [Fact]
    public void A_fixed_peer_drops_datagrams_from_others()
    {
        using var context = new WasiConfiguration().AllowUdp(new IPNetwork(IPAddress.Loopback, 8)).CreateContext();
        var host = new SocketsHost(() => context);
        using UdpSocket listener = Bound(host), peer = Bound(host), stranger = Bound(host);
        IpSocketAddress to = listener.LocalAddress().Value;
        var (incoming, _) = listener.Stream(peer.LocalAddress().Value).Value;

        Assert.True(stranger.Stream(to).Value.Item2.Send([new OutgoingDatagram(Encoding.ASCII.GetBytes("stranger"), null)]).IsOk);
        Assert.True(peer.Stream(to).Value.Item2.Send([new OutgoingDatagram(Encoding.ASCII.GetBytes("peer"), null)]).IsOk);

        IncomingDatagram only = Assert.Single(ReceiveAtLeast(incoming, 1));
        Assert.Equal("peer", Encoding.ASCII.GetString(only.Data));
    }

    [Fact]
    public void Addresses_outside_the_grant_are_refused()
    {
        using var context = new WasiConfiguration().AllowUdp(new IPNetwork(IPAddress.Loopback, 32), port: 9).CreateContext();
        var host = new SocketsHost(() => context);
        var network = host.InstanceNetwork();
        using UdpSocket socket = host.CreateUdpSocket(IpAddressFamily.Ipv4).Value;

        // Any free port needs a grant for every port; this one names port 9 only.
        Assert.Equal(ErrorCode.AccessDenied, socket.StartBind(network, LoopbackAnyPort).Error);
        Assert.Equal(ErrorCode.InvalidState, socket.Stream(null).Error);
        Assert.Equal(ErrorCode.AccessDenied, socket.StartBind(network, new IpSocketAddress.Ipv4(new Ipv4SocketAddress(9, (127, 0, 0, 2)))).Error);
    }

    [Fact]
    public void Sending_outside_the_grant_is_refused()
    {
        using var context = new WasiConfiguration().AllowUdp(new IPNetwork(IPAddress.Loopback, 8)).CreateContext();
        var host = new SocketsHost(() => context);
        using UdpSocket socket = Bound(host);
        var (_, outgoing) = socket.Stream(null).Value;
        var elsewhere = new IpSocketAddress.Ipv4(new Ipv4SocketAddress(53, (10, 1, 2, 3)));

        Assert.Equal(ErrorCode.AccessDenied, outgoing.Send([new OutgoingDatagram(new byte[1], elsewhere)]).Error);
        Assert.Equal(ErrorCode.AccessDenied, socket.Stream(elsewhere).Error);
        Assert.Equal(ErrorCode.InvalidArgument, outgoing.Send([new OutgoingDatagram(new byte[1], null)]).Error);
    }

    private static UdpSocket Bound(SocketsHost host)
    {
        UdpSocket socket = host.CreateUdpSocket(IpAddressFamily.Ipv4).Value;
        Assert.True(socket.StartBind(host.InstanceNetwork(), LoopbackAnyPort).IsOk);
        Assert.True(socket.FinishBind().IsOk);
        return socket;
    }

    // Polls as a guest does: wait on the stream's pollable (bounded), then receive what has arrived.
    private static List<IncomingDatagram> ReceiveAtLeast(IncomingDatagramStream stream, int count)
    {
        var received = new List<IncomingDatagram>();
        DateTime deadline = DateTime.UtcNow.AddSeconds(30);
        while (received.Count < count && DateTime.UtcNow < deadline)
        {
            using (var ready = (TaskPollable)stream.Subscribe()) ready.Task.ContinueWith(_ => { }).Wait(TimeSpan.FromSeconds(1));
            received.AddRange(stream.Receive(16).Value);
        }
        return received;
    }
}
