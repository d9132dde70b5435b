using System;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.Types;

namespace WitSharp.Wasi.Http;

/// <summary><c>outgoing-response</c>: the status, headers and body a guest builds and passes to <c>response-outparam.set</c>.</summary>
public sealed class HostOutgoingResponse : OutgoingResponse
{
    private ushort _status = 200;
    private HostOutgoingBody? _body;

    /// <summary>A 200 response with <paramref name="headers"/> (taken over from the guest).</summary>
    public HostOutgoingResponse(HostFields headers) => HeaderFields = headers ?? throw new ArgumentNullException(nameof(headers));

    /// <summary>The headers.</summary>
    public HostFields HeaderFields { get; }

    /// <summary>The body, once the guest asked for it; null means an empty body.</summary>
    public HostOutgoingBody? BodyResource => _body;

    /// <inheritdoc />
    public override ushort StatusCode() => _status;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetStatusCode(ushort statusCode)
    {
        if (statusCode is < 100 or > 999) return Result<Unit, Unit>.Err(Unit.Value);
        _status = statusCode;
        return Result<Unit, Unit>.Ok(Unit.Value);
    }

    /// <inheritdoc />
    public override Fields Headers() => new HostFields(HeaderFields.EntryList, immutable: true);

    /// <inheritdoc />
    public override Result<OutgoingBody, Unit> Body()
    {
        if (_body is not null) return Result<OutgoingBody, Unit>.Err(Unit.Value);
        _body = new HostOutgoingBody();
        return Result<OutgoingBody, Unit>.Ok(_body);
    }
}
