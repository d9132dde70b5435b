using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Network;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Udp;
using WitSharp.Wasi.Io;
using static WitSharp.Wasi.Sockets.SocketCalls;
using Poll = WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Poll;

namespace WitSharp.Wasi.Sockets;

/// <summary>
/// A UDP socket's <c>incoming-datagram-stream</c>: <c>receive</c> never blocks (what has arrived, up to the count asked
/// and at most <see cref="MaxBatch"/>); its pollable is one pending asynchronous receive, whose datagram the next
/// <c>receive</c> hands out first, so a waiting guest holds no thread.
/// </summary>
internal sealed class HostIncomingDatagramStream(HostUdpSocket owner, int generation) : IncomingDatagramStream
{
    /// <summary>The most datagrams one call returns, bounding the list the host lowers into guest memory.</summary>
    private const int MaxBatch = 64;

    /// <summary>The largest UDP payload (65,535 less the IPv4 and UDP headers).</summary>
    internal const int MaxDatagram = 65507;

    private Task<SocketReceiveFromResult>? _pending;
    private byte[]? _pendingBuffer;

    public override Result<IncomingDatagram[], ErrorCode> Receive(ulong maxResults)
    {
        if (owner.Generation != generation) return Fail<IncomingDatagram[]>(ErrorCode.InvalidState);
        int wanted = (int)Math.Min(maxResults, MaxBatch);
        if (wanted == 0) return Result<IncomingDatagram[], ErrorCode>.Ok(Array.Empty<IncomingDatagram>());
        var received = new List<IncomingDatagram>();
        if (_pending is { } pending)
        {
            if (!pending.IsCompleted) return Result<IncomingDatagram[], ErrorCode>.Ok(Array.Empty<IncomingDatagram>());
            _pending = null;
            if (pending.Exception?.InnerException is SocketException failure) return Fail<IncomingDatagram[]>(SocketAddresses.ToErrorCode(failure.SocketErrorCode));
            Add(received, _pendingBuffer!.AsSpan(0, pending.Result.ReceivedBytes), pending.Result.RemoteEndPoint);
        }
        var buffer = new byte[MaxDatagram];
        while (received.Count < wanted)
        {
            EndPoint from = AnySender();
            int length;
            try
            {
                if (owner.Socket.Available == 0) break;
                length = owner.Socket.ReceiveFrom(buffer, ref from);
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.WouldBlock)
            {
                break;
            }
            catch (SocketException e)
            {
                if (received.Count > 0) break;
                return Fail<IncomingDatagram[]>(SocketAddresses.ToErrorCode(e.SocketErrorCode));
            }
            Add(received, buffer.AsSpan(0, length), from);
        }
        return Result<IncomingDatagram[], ErrorCode>.Ok(received.ToArray());
    }

    /// <summary>Ready when a datagram has arrived (or the socket failed).</summary>
    public override Poll.Pollable Subscribe()
    {
        if (_pending is null && owner.Socket.Available == 0)
        {
            _pendingBuffer ??= new byte[MaxDatagram];
            _pending = owner.Socket.ReceiveFromAsync(new ArraySegment<byte>(_pendingBuffer), SocketFlags.None, AnySender());
        }
        return _pending is { } pending ? new TaskPollable(pending) : TaskPollable.Completed();
    }

    // Where a receive writes the sender: an endpoint of the socket's family.
    private IPEndPoint AnySender() => new(owner.Socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);

    // Datagrams from anyone but a fixed peer are dropped, as a connected socket's kernel drops them.
    private void Add(List<IncomingDatagram> received, ReadOnlySpan<byte> data, EndPoint from)
    {
        if (from is not IPEndPoint sender) return;
        if (owner.Remote is { } remote && !(remote.Port == sender.Port && NetworkPolicy.Normalize(remote.Address).Equals(NetworkPolicy.Normalize(sender.Address)))) return;
        received.Add(new IncomingDatagram(data.ToArray(), SocketAddresses.FromEndPoint(sender)));
    }
}
