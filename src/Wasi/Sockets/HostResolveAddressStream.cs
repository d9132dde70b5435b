using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.IpNameLookup;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Network;
using WitSharp.Wasi.Io;
using Poll = WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Poll;

namespace WitSharp.Wasi.Sockets;

/// <summary>
/// A guest's <c>resolve-address-stream</c>: one <see cref="Dns.GetHostAddressesAsync(string)"/> lookup that the guest
/// polls (no thread waits on it), then its addresses one at a time and <c>none</c> after the last. An IP address
/// literal resolves to itself without asking the resolver.
/// </summary>
internal sealed class HostResolveAddressStream : ResolveAddressStream
{
    /// <summary>The most addresses one lookup hands out; a resolver answer is small, this bounds a hostile one.</summary>
    private const int MaxAddresses = 256;

    private readonly Task<IPAddress[]> _lookup;
    private int _next;

    private HostResolveAddressStream(Task<IPAddress[]> lookup) => _lookup = lookup;

    /// <summary>
    /// Starts resolving <paramref name="name"/>, or returns <c>invalid-argument</c> when it is neither an IP address nor a
    /// host name (WASI's rule: no port, no scheme, no path).
    /// </summary>
    public static Result<ResolveAddressStream, ErrorCode> Start(string name)
    {
        if (IsAddressLiteral(name, out IPAddress? literal))
            return Result<ResolveAddressStream, ErrorCode>.Ok(new HostResolveAddressStream(Task.FromResult(new[] { literal })));
        if (ToAsciiHostName(name) is not { } ascii) return Result<ResolveAddressStream, ErrorCode>.Err(ErrorCode.InvalidArgument);
        return Result<ResolveAddressStream, ErrorCode>.Ok(new HostResolveAddressStream(Dns.GetHostAddressesAsync(ascii)));
    }

    /// <inheritdoc/>
    public override Result<IpAddress?, ErrorCode> ResolveNextAddress()
    {
        if (!_lookup.IsCompleted) return Result<IpAddress?, ErrorCode>.Err(ErrorCode.WouldBlock);
        if (_lookup.Exception?.InnerException is { } failure) return Result<IpAddress?, ErrorCode>.Err(ToErrorCode(failure));
        IPAddress[] addresses = _lookup.Result;
        while (_next < Math.Min(addresses.Length, MaxAddresses))
        {
            IPAddress address = addresses[_next++];
            if (address.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6) return Result<IpAddress?, ErrorCode>.Ok(ToWit(address));
        }
        return Result<IpAddress?, ErrorCode>.Ok(null);
    }

    /// <inheritdoc/>
    public override Poll.Pollable Subscribe() => new TaskPollable(_lookup);

    /// <inheritdoc/>
    public override void Dispose()
    {
        // The lookup cannot be cancelled; its result is dropped with the stream (observing a fault keeps it from the
        // unobserved-task handler).
        _lookup.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
    }

    // Dotted quads and IPv6 text only: .NET also reads "127.1" or "1" as IPv4, which WASI hosts treat as host names.
    private static bool IsAddressLiteral(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IPAddress? address) =>
        IPAddress.TryParse(name, out address)
        && (address.AddressFamily == AddressFamily.InterNetworkV6 ? name.Contains(':', StringComparison.Ordinal) : name.Split('.').Length == 4);

    /// <summary>The name in ASCII (IDNA for Unicode names) when it is a host name: labels of letters, digits and hyphens, at most 253 characters.</summary>
    internal static string? ToAsciiHostName(string name)
    {
        if (name.Length is 0 or > 253) return null;
        string ascii;
        try
        {
            ascii = new IdnMapping { UseStd3AsciiRules = true }.GetAscii(name.TrimEnd('.'));
        }
        catch (ArgumentException)
        {
            return null;
        }
        return ascii.Length is > 0 and <= 253 ? ascii : null;
    }

    private static IpAddress ToWit(IPAddress address)
    {
        byte[] bytes = address.GetAddressBytes();
        if (bytes.Length == 4) return new IpAddress.Ipv4((bytes[0], bytes[1], bytes[2], bytes[3]));
        ushort Word(int i) => (ushort)((bytes[2 * i] << 8) | bytes[2 * i + 1]);
        return new IpAddress.Ipv6((Word(0), Word(1), Word(2), Word(3), Word(4), Word(5), Word(6), Word(7)));
    }

    private static ErrorCode ToErrorCode(Exception failure) => failure is SocketException socket
        ? socket.SocketErrorCode switch
        {
            SocketError.HostNotFound or SocketError.NoData => ErrorCode.NameUnresolvable,
            SocketError.TryAgain => ErrorCode.TemporaryResolverFailure,
            _ => ErrorCode.PermanentResolverFailure,
        }
        : ErrorCode.PermanentResolverFailure;
}
