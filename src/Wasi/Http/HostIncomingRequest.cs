using System;
using System.IO;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.Types;

namespace WitSharp.Wasi.Http;

/// <summary><c>incoming-request</c>: a request the server received, handed to the guest's <c>incoming-handler.handle</c>.</summary>
public sealed class HostIncomingRequest : IncomingRequest
{
    private readonly WasiHttpRequest _request;
    private readonly int _maxChunk;
    private bool _consumed;

    /// <summary>Wraps <paramref name="request"/>; its body is read in chunks of at most <paramref name="maxChunk"/> bytes.</summary>
    public HostIncomingRequest(WasiHttpRequest request, int maxChunk)
    {
        _request = request ?? throw new ArgumentNullException(nameof(request));
        _maxChunk = maxChunk;
    }

    /// <inheritdoc />
    public override Method Method() => HttpMethods.ToWit(_request.Method);

    /// <inheritdoc />
    public override string? PathWithQuery() => _request.PathAndQuery;

    /// <inheritdoc />
    public override Scheme? Scheme() => HttpMethods.SchemeToWit(_request.Scheme);

    /// <inheritdoc />
    public override string? Authority() => _request.Authority;

    /// <inheritdoc />
    public override Fields Headers() => new HostFields(_request.Headers, immutable: true);

    /// <inheritdoc />
    public override Result<IncomingBody, Unit> Consume()
    {
        if (_consumed) return Result<IncomingBody, Unit>.Err(Unit.Value);
        _consumed = true;
        return Result<IncomingBody, Unit>.Ok(new HostIncomingBody(_request.Body ?? Stream.Null, _maxChunk));
    }
}
