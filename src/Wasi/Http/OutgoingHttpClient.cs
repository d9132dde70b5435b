using System;
using System.IO.Pipelines;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.Types;

namespace WitSharp.Wasi.Http;

/// <summary>
/// <c>outgoing-handler.handle</c> on <see cref="HttpClient"/>: checks the request against the grants of the instance's
/// <see cref="WasiHttpOptions"/> (deny by default), then sends it without blocking the guest; the body streams from the
/// guest's pipe while the request is in flight. No redirects, cookies or proxies: the guest sees what the server said.
/// </summary>
internal static class OutgoingHttpClient
{
    private static readonly HttpClient s_client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    public static Result<FutureIncomingResponse, ErrorCode> Send(HostOutgoingRequest request, HostRequestOptions? options, WasiHttpOptions grants)
    {
        string scheme = HttpMethods.SchemeFromWit(request.Scheme());
        if (scheme is not ("http" or "https")) return Result<FutureIncomingResponse, ErrorCode>.Err(new ErrorCode.HTTPProtocolError());
        if (request.Authority() is not { Length: > 0 } authority) return Result<FutureIncomingResponse, ErrorCode>.Err(new ErrorCode.HTTPRequestURIInvalid());
        if (!Uri.TryCreate($"{scheme}://{authority}{request.PathWithQuery() ?? "/"}", UriKind.Absolute, out Uri? uri))
        {
            return Result<FutureIncomingResponse, ErrorCode>.Err(new ErrorCode.HTTPRequestURIInvalid());
        }
        if (!grants.IsOutgoingAllowed(uri.Host, uri.Port)) return Result<FutureIncomingResponse, ErrorCode>.Err(new ErrorCode.HTTPRequestDenied());
        request.HeaderFields.Freeze();
        var message = new HttpRequestMessage(new HttpMethod(HttpMethods.FromWit(request.Method())), uri);
        if (request.BodyResource is { } body) message.Content = new StreamContent(body.Reader.AsStream());
        foreach (var (name, value) in request.HeaderFields.EntryList)
        {
            string text = Encoding.Latin1.GetString(value);
            if (!message.Headers.TryAddWithoutValidation(name, text))
            {
                message.Content ??= new ByteArrayContent(Array.Empty<byte>());
                message.Content.Headers.TryAddWithoutValidation(name, text);
            }
        }
        TimeSpan firstByte = options?.FirstByte is { } ns ? TimeSpan.FromTicks((long)Math.Min(ns / 100, long.MaxValue)) : grants.RequestTimeout;
        int maxChunk = grants.MaxReadChunk;
        return Result<FutureIncomingResponse, ErrorCode>.Ok(new HostFutureIncomingResponse(SendAsync(message, firstByte, maxChunk)));
    }

    private static async Task<Result<IncomingResponse, ErrorCode>> SendAsync(HttpRequestMessage message, TimeSpan firstByte, int maxChunk)
    {
        using var timeout = new CancellationTokenSource(firstByte);
        try
        {
            HttpResponseMessage response = await s_client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            return Result<IncomingResponse, ErrorCode>.Ok(new HostIncomingResponse(response, maxChunk));
        }
        catch (OperationCanceledException)
        {
            return Result<IncomingResponse, ErrorCode>.Err(new ErrorCode.ConnectionTimeout());
        }
        catch (HttpRequestException e) when (e.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused })
        {
            return Result<IncomingResponse, ErrorCode>.Err(new ErrorCode.ConnectionRefused());
        }
        catch (HttpRequestException e)
        {
            return Result<IncomingResponse, ErrorCode>.Err(new ErrorCode.InternalError(e.Message));
        }
        finally
        {
            message.Dispose();
        }
    }
}
