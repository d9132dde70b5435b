using System;
using System.Collections.Generic;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.IpNameLookup;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Network;
using WitSharp.Wasi.Io;
using WitSharp.Wasi.Sockets;

namespace WitSharp.Wasi.Tests.Sockets;

/// <summary>
/// wasi:sockets/ip-name-lookup as a guest calls it: refused (access-denied, the refusal named) unless
/// <see cref="WasiConfiguration.AllowNameLookup"/> grants it; then localhost and address literals resolve (loopback
/// only, nothing leaves the machine), the stream ends with none, and what is not a host name is invalid-argument.
/// </summary>
public sealed class NameLookupTests
{
    [Fact]
    public void Lookup_is_refused_without_a_grant_and_the_refusal_is_named()
    {
        using var context = new WasiConfiguration().AllowTcp(new System.Net.IPNetwork(System.Net.IPAddress.Loopback, 8)).CreateContext();
        var host = new SocketsHost(() => context);

        Assert.Equal(ErrorCode.AccessDenied, host.ResolveAddresses(host.InstanceNetwork(), "localhost").Error);
        Assert.Contains(context.Refusals, r => r.Contains("look up") && r.Contains("AllowNameLookup"));
    }

    [Fact]
    public void Localhost_resolves_to_loopback_addresses_and_then_none()
    {
        using var context = new WasiConfiguration().AllowNameLookup().CreateContext();
        var host = new SocketsHost(() => context);

        List<IpAddress> addresses = ResolveAll(host, "localhost");

        Assert.NotEmpty(addresses);
        Assert.All(addresses, a => Assert.True(a is IpAddress.Ipv4 { Value: (127, _, _, _) } or IpAddress.Ipv6 { Value: (0, 0, 0, 0, 0, 0, 0, 1) }, a.ToString()));
        Assert.Empty(context.Refusals);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public void An_address_literal_resolves_to_itself(string literal)
    {
        using var context = new WasiConfiguration().AllowNameLookup().CreateContext();
        var host = new SocketsHost(() => context);

        IpAddress address = Assert.Single(ResolveAll(host, literal));

        IpAddress expected = literal == "::1" ? new IpAddress.Ipv6((0, 0, 0, 0, 0, 0, 0, 1)) : new IpAddress.Ipv4((127, 0, 0, 1));
        Assert.Equal(expected, address);
    }

    [Theory]
    [InlineData("")]
    [InlineData("localhost:80")]
    [InlineData("http://localhost/")]
    [InlineData("a b")]
    [InlineData("localhost/path")]
    public void What_is_not_a_host_name_is_an_invalid_argument(string name)
    {
        using var context = new WasiConfiguration().AllowNameLookup().CreateContext();
        var host = new SocketsHost(() => context);

        Assert.Equal(ErrorCode.InvalidArgument, host.ResolveAddresses(host.InstanceNetwork(), name).Error);
    }

    // Polls as a guest does: block on the pollable, then read addresses until none.
    private static List<IpAddress> ResolveAll(SocketsHost host, string name)
    {
        using ResolveAddressStream stream = host.ResolveAddresses(host.InstanceNetwork(), name).Value;
        using (var ready = (TaskPollable)stream.Subscribe()) Assert.True(ready.Task.Wait(TimeSpan.FromSeconds(30)), "the lookup did not finish");
        var addresses = new List<IpAddress>();
        while (stream.ResolveNextAddress().Value is { } address) addresses.Add(address);
        return addresses;
    }
}
