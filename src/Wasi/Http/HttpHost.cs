using System;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.OutgoingHandler;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.Types;
using WasiErrorResource = WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Error.Error;

namespace WitSharp.Wasi.Http;

/// <summary>
/// <c>wasi:http/types</c> and <c>outgoing-handler</c> as WitSharp.Wasi wires them. Until the HTTP part lands, every
/// constructor traps with a message naming wasi:http, and outgoing requests are refused.
/// </summary>
internal sealed class HttpHost(Func<WasiContext> context) : ITypes, IOutgoingHandler
{
    public Fields CreateFields() => throw Unavailable();

    public Result<Fields, HeaderError> FieldsFromList((string, byte[])[] entries) => throw Unavailable();

    public OutgoingRequest CreateOutgoingRequest(Fields headers) => throw Unavailable();

    public RequestOptions CreateRequestOptions() => throw Unavailable();

    public void ResponseOutparamSet(ResponseOutparam param, Result<OutgoingResponse, ErrorCode> response) => throw Unavailable();

    public FutureTrailers IncomingBodyFinish(IncomingBody @this) => throw Unavailable();

    public OutgoingResponse CreateOutgoingResponse(Fields headers) => throw Unavailable();

    public Result<Unit, ErrorCode> OutgoingBodyFinish(OutgoingBody @this, Fields? trailers) => throw Unavailable();

    public ErrorCode? HttpErrorCode(WasiErrorResource err) => null;

    public Result<FutureIncomingResponse, ErrorCode> Handle(OutgoingRequest request, RequestOptions? options) =>
        Result<FutureIncomingResponse, ErrorCode>.Err(new ErrorCode.HTTPRequestDenied());

    private NotSupportedException Unavailable()
    {
        _ = context();
        return new NotSupportedException("wasi:http is not available in this host");
    }
}
