using System.Net;
using System.Net.Sockets;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Network;

namespace WitSharp.Wasi.Sockets;

/// <summary>Between the WIT's <c>ip-socket-address</c> and .NET's <see cref="IPEndPoint"/>, and socket errors to <c>error-code</c>.</summary>
internal static class SocketAddresses
{
    public static IPEndPoint ToEndPoint(IpSocketAddress address) => address switch
    {
        IpSocketAddress.Ipv4 v4 => new IPEndPoint(
            new IPAddress(new[] { v4.Value.Address.Item1, v4.Value.Address.Item2, v4.Value.Address.Item3, v4.Value.Address.Item4 }),
            v4.Value.Port),
        IpSocketAddress.Ipv6 v6 => new IPEndPoint(new IPAddress(Ipv6Bytes(v6.Value.Address), v6.Value.ScopeId), v6.Value.Port),
        _ => throw new System.ArgumentException("unknown address kind", nameof(address)),
    };

    public static IpSocketAddress FromEndPoint(IPEndPoint endpoint)
    {
        var bytes = endpoint.Address.GetAddressBytes();
        if (endpoint.AddressFamily == AddressFamily.InterNetwork)
            return new IpSocketAddress.Ipv4(new Ipv4SocketAddress((ushort)endpoint.Port, (bytes[0], bytes[1], bytes[2], bytes[3])));
        ushort Word(int i) => (ushort)((bytes[2 * i] << 8) | bytes[2 * i + 1]);
        return new IpSocketAddress.Ipv6(new Ipv6SocketAddress((ushort)endpoint.Port, 0,
            (Word(0), Word(1), Word(2), Word(3), Word(4), Word(5), Word(6), Word(7)), (uint)endpoint.Address.ScopeId));
    }

    public static AddressFamily ToFamily(IpAddressFamily family) =>
        family == IpAddressFamily.Ipv6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;

    public static ErrorCode ToErrorCode(SocketError error) => error switch
    {
        SocketError.AccessDenied => ErrorCode.AccessDenied,
        SocketError.AddressAlreadyInUse => ErrorCode.AddressInUse,
        SocketError.AddressNotAvailable => ErrorCode.AddressNotBindable,
        SocketError.ConnectionRefused => ErrorCode.ConnectionRefused,
        SocketError.ConnectionReset => ErrorCode.ConnectionReset,
        SocketError.ConnectionAborted => ErrorCode.ConnectionAborted,
        SocketError.HostUnreachable or SocketError.NetworkUnreachable => ErrorCode.RemoteUnreachable,
        SocketError.TimedOut => ErrorCode.Timeout,
        SocketError.InvalidArgument => ErrorCode.InvalidArgument,
        SocketError.WouldBlock => ErrorCode.WouldBlock,
        SocketError.TooManyOpenSockets => ErrorCode.NewSocketLimit,
        SocketError.OperationNotSupported or SocketError.AddressFamilyNotSupported => ErrorCode.NotSupported,
        _ => ErrorCode.Unknown,
    };

    static byte[] Ipv6Bytes((ushort, ushort, ushort, ushort, ushort, ushort, ushort, ushort) words)
    {
        ushort[] all = [words.Item1, words.Item2, words.Item3, words.Item4, words.Item5, words.Item6, words.Item7, words.Item8];
        var bytes = new byte[16];
        for (var i = 0; i < 8; i++)
        {
            bytes[2 * i] = (byte)(all[i] >> 8);
            bytes[2 * i + 1] = (byte)all[i];
        }
        return bytes;
    }
}
