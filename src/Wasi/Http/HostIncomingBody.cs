using System;
using System.IO;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.Types;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Streams;
using WitSharp.Wasi.Io;

namespace WitSharp.Wasi.Http;

/// <summary>
/// <c>incoming-body</c>: a request's body as the server received it, or a response's as the outgoing client did. Its
/// <c>stream</c> is handed out once; the bytes arrive as the peer sends them (nothing is buffered whole).
/// </summary>
public sealed class HostIncomingBody : IncomingBody
{
    private readonly Stream _source;
    private readonly int _maxChunk;
    private readonly IDisposable? _owner;
    private bool _streamTaken;

    /// <summary>A body read from <paramref name="source"/>; <paramref name="owner"/> (a client response) is disposed with it.</summary>
    public HostIncomingBody(Stream source, int maxChunk, IDisposable? owner = null)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _maxChunk = maxChunk;
        _owner = owner;
    }

    /// <inheritdoc />
    public override Result<InputStream, Unit> Stream()
    {
        if (_streamTaken) return Result<InputStream, Unit>.Err(Unit.Value);
        _streamTaken = true;
        // The reader does not own the source: the server owns a request's body stream, Dispose below a response's.
        return Result<InputStream, Unit>.Ok(new StreamInputStream(new AsyncStreamReader(_source, _maxChunk), ownsReader: true));
    }

    /// <inheritdoc />
    public override void Dispose() => _owner?.Dispose();
}

/// <summary>
/// <c>future-trailers</c> of an incoming body. Trailers are not passed on (Kestrel and HttpClient expose them only for
/// some protocols), so it is ready at once with "no trailers"; a second <c>get</c> is an error, as the WIT says.
/// </summary>
public sealed class HostFutureTrailers : FutureTrailers
{
    private bool _taken;

    /// <inheritdoc />
    public override WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Poll.Pollable Subscribe() => new TaskPollable(System.Threading.Tasks.Task.CompletedTask);

    /// <inheritdoc />
    public override Result<Result<Fields?, ErrorCode>, Unit>? Get()
    {
        if (_taken) return Result<Result<Fields?, ErrorCode>, Unit>.Err(Unit.Value);
        _taken = true;
        return Result<Result<Fields?, ErrorCode>, Unit>.Ok(Result<Fields?, ErrorCode>.Ok(null));
    }
}
