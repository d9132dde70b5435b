using System;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.OutgoingHandler;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.Types;
using WasiErrorResource = WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Error.Error;

namespace WitSharp.Wasi.Http;

/// <summary>
/// <c>wasi:http/types</c> and <c>outgoing-handler</c>: the constructors and static functions of the HTTP resources (their
/// methods live on the resource classes, <see cref="HostFields"/> and the others), and outgoing requests on HttpClient,
/// allowed only to what the instance's <see cref="WasiHttpOptions"/> grant.
/// </summary>
internal sealed class HttpHost(Func<WasiContext> context) : ITypes, IOutgoingHandler
{
    public Fields CreateFields() => new HostFields();

    public Result<Fields, HeaderError> FieldsFromList((string, byte[])[] entries) => HostFields.FromList(entries);

    public OutgoingRequest CreateOutgoingRequest(Fields headers) => new HostOutgoingRequest(Adopt(headers));

    public RequestOptions CreateRequestOptions() => new HostRequestOptions();

    public void ResponseOutparamSet(ResponseOutparam param, Result<OutgoingResponse, ErrorCode> response) =>
        ((HostResponseOutparam)param).Set(response);

    public FutureTrailers IncomingBodyFinish(IncomingBody @this)
    {
        @this.Dispose();
        return new HostFutureTrailers();
    }

    public OutgoingResponse CreateOutgoingResponse(Fields headers) => new HostOutgoingResponse(Adopt(headers));

    public Result<Unit, ErrorCode> OutgoingBodyFinish(OutgoingBody @this, Fields? trailers)
    {
        // Trailers are accepted and not sent: neither Kestrel's HTTP/1.1 responses nor HttpClient's requests carry them.
        trailers?.Dispose();
        return ((HostOutgoingBody)@this).Finish();
    }

    public ErrorCode? HttpErrorCode(WasiErrorResource err) => null;

    public Result<FutureIncomingResponse, ErrorCode> Handle(OutgoingRequest request, RequestOptions? options)
    {
        WasiHttpOptions grants = WasiHttpState.Of(context()).Options;
        return OutgoingHttpClient.Send((HostOutgoingRequest)request, options as HostRequestOptions, grants);
    }

    // Headers passed by own handle to a constructor become the new resource's: an immutable child (a request's
    // headers) is copied, so that the new request's headers can still change.
    private static HostFields Adopt(Fields headers)
    {
        var fields = (HostFields)headers;
        return fields.IsImmutable ? new HostFields(fields.EntryList, immutable: false) : fields;
    }
}
