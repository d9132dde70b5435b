using System;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.Types;

namespace WitSharp.Wasi.Http;

/// <summary><c>outgoing-request</c>: a request the guest builds for <c>outgoing-handler.handle</c> (GET, no scheme, authority or path until set).</summary>
public sealed class HostOutgoingRequest : OutgoingRequest
{
    private Method _method = new Method.Get();
    private string? _pathWithQuery;
    private Scheme? _scheme;
    private string? _authority;
    private HostOutgoingBody? _body;

    /// <summary>A request with <paramref name="headers"/> (taken over from the guest).</summary>
    public HostOutgoingRequest(HostFields headers) => HeaderFields = headers ?? throw new ArgumentNullException(nameof(headers));

    /// <summary>The headers.</summary>
    public HostFields HeaderFields { get; }

    /// <summary>The body, once the guest asked for it; null means an empty body.</summary>
    public HostOutgoingBody? BodyResource => _body;

    /// <inheritdoc />
    public override Result<OutgoingBody, Unit> Body()
    {
        if (_body is not null) return Result<OutgoingBody, Unit>.Err(Unit.Value);
        _body = new HostOutgoingBody();
        return Result<OutgoingBody, Unit>.Ok(_body);
    }

    /// <inheritdoc />
    public override Method Method() => _method;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetMethod(Method method)
    {
        if (method is Method.Other other && !HttpMethods.IsValidOther(other.Value)) return Result<Unit, Unit>.Err(Unit.Value);
        _method = method;
        return Result<Unit, Unit>.Ok(Unit.Value);
    }

    /// <inheritdoc />
    public override string? PathWithQuery() => _pathWithQuery;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetPathWithQuery(string? pathWithQuery)
    {
        if (pathWithQuery is { Length: > 0 } p && (p[0] != '/' || p.AsSpan().IndexOfAny("\r\n \0") >= 0)) return Result<Unit, Unit>.Err(Unit.Value);
        _pathWithQuery = pathWithQuery;
        return Result<Unit, Unit>.Ok(Unit.Value);
    }

    /// <inheritdoc />
    public override Scheme? Scheme() => _scheme;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetScheme(Scheme? scheme)
    {
        if (scheme is Scheme.Other other && Uri.CheckSchemeName(other.Value) == false) return Result<Unit, Unit>.Err(Unit.Value);
        _scheme = scheme;
        return Result<Unit, Unit>.Ok(Unit.Value);
    }

    /// <inheritdoc />
    public override string? Authority() => _authority;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetAuthority(string? authority)
    {
        if (authority is not null && Uri.CheckHostName(authority.Split(':')[0]) == UriHostNameType.Unknown) return Result<Unit, Unit>.Err(Unit.Value);
        _authority = authority;
        return Result<Unit, Unit>.Ok(Unit.Value);
    }

    /// <inheritdoc />
    public override Fields Headers() => new HostFields(HeaderFields.EntryList, immutable: true);
}

/// <summary><c>request-options</c>: timeouts, in nanoseconds, for one outgoing request.</summary>
public sealed class HostRequestOptions : RequestOptions
{
    /// <summary>The connect timeout set by the guest.</summary>
    public ulong? Connect { get; private set; }

    /// <summary>The first-byte timeout set by the guest.</summary>
    public ulong? FirstByte { get; private set; }

    /// <summary>The between-bytes timeout set by the guest.</summary>
    public ulong? BetweenBytes { get; private set; }

    /// <inheritdoc />
    public override ulong? ConnectTimeout() => Connect;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetConnectTimeout(ulong? duration) => Store(() => Connect = duration);

    /// <inheritdoc />
    public override ulong? FirstByteTimeout() => FirstByte;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetFirstByteTimeout(ulong? duration) => Store(() => FirstByte = duration);

    /// <inheritdoc />
    public override ulong? BetweenBytesTimeout() => BetweenBytes;

    /// <inheritdoc />
    public override Result<Unit, Unit> SetBetweenBytesTimeout(ulong? duration) => Store(() => BetweenBytes = duration);

    private static Result<Unit, Unit> Store(Action set)
    {
        set();
        return Result<Unit, Unit>.Ok(Unit.Value);
    }
}
