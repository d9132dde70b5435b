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
/// A UDP socket's <c>outgoing-datagram-stream</c>: <c>check-send</c> grants up to <see cref="Permit"/> datagrams,
/// <c>send</c> sends each to its own address or the stream's fixed peer, every one inside a UDP grant.
/// </summary>
internal sealed class HostOutgoingDatagramStream(HostUdpSocket owner, int generation) : OutgoingDatagramStream
{
    /// <summary>Datagrams one <c>check-send</c> permits.</summary>
    private const int Permit = 64;

    public override Result<ulong, ErrorCode> CheckSend() =>
        owner.Generation != generation ? Fail<ulong>(ErrorCode.InvalidState) : Result<ulong, ErrorCode>.Ok(Permit);

    public override Result<ulong, ErrorCode> Send(OutgoingDatagram[] datagrams)
    {
        if (owner.Generation != generation) return Fail<ulong>(ErrorCode.InvalidState);
        ulong sent = 0;
        foreach (OutgoingDatagram datagram in datagrams)
        {
            if (sent == Permit) break;
            ErrorCode? refused = Refusal(datagram, out IPEndPoint? target);
            if (refused is null)
            {
                var result = Try(() => owner.Socket.SendTo(datagram.Data, target!));
                if (!result.IsOk) refused = result.Error;
            }
            // The first datagram's error is the call's; after that the count sent so far is.
            if (refused is { } code) return sent == 0 ? Fail<ulong>(code) : Result<ulong, ErrorCode>.Ok(sent);
            sent++;
        }
        return Result<ulong, ErrorCode>.Ok(sent);
    }

    /// <summary>Sending never waits here (the kernel buffers or drops), so the pollable is always ready.</summary>
    public override Poll.Pollable Subscribe() => TaskPollable.Completed();

    private ErrorCode? Refusal(OutgoingDatagram datagram, out IPEndPoint? target)
    {
        target = datagram.RemoteAddress is { } address ? SocketAddresses.ToEndPoint(address) : owner.Remote;
        if (target is null) return ErrorCode.InvalidArgument;
        if (owner.Remote is { } remote && datagram.RemoteAddress is not null && !remote.Equals(target)) return ErrorCode.InvalidArgument;
        if (target.Port == 0 || target.AddressFamily != owner.Socket.AddressFamily) return ErrorCode.InvalidArgument;
        if (datagram.Data.Length > HostIncomingDatagramStream.MaxDatagram) return ErrorCode.DatagramTooLarge;
        return owner.Policy.Allows(WasiNetworkProtocol.Udp, target) ? null : ErrorCode.AccessDenied;
    }
}
