using System;
using System.Collections.Generic;
using System.IO.Pipelines;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using WitSharp.Wasi.Http;

namespace WitSharp.AspNetCore;

/// <summary>
/// Passes an ASP.NET Core request to a <see cref="WasiHttpHandler"/> and its answer back: the method, scheme, host,
/// full path with query, headers and the body as it arrives go in; status, headers and the body as the component
/// writes it come out. A component that fails after its response started cannot change the status any more, so the
/// connection is aborted and the client sees an incomplete response, never a truncated one that looks whole.
/// </summary>
public static class ComponentRequestDelegate
{
    /// <summary>Handles <paramref name="context"/> with <paramref name="handler"/>.</summary>
    public static async Task InvokeAsync(HttpContext context, WasiHttpHandler handler)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(handler);
        HttpRequest request = context.Request;
        // The handler's own count (a declared length up front, then every byte read) is the one limit: had Kestrel's
        // read thrown first, the guest would see a failed read and answer it (500) instead of the client getting 413.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = null;
        var headers = new List<(string, byte[])>();
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in request.Headers)
        {
            foreach (string? value in header.Value) headers.Add((header.Key.ToLowerInvariant(), Encoding.Latin1.GetBytes(value ?? "")));
        }
        string target = request.PathBase.Add(request.Path).ToUriComponent() + request.QueryString.ToUriComponent();
        if (context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw && raw[0] == '/') target = raw;
        var wasiRequest = new WasiHttpRequest(request.Method, request.Scheme, request.Host.HasValue ? request.Host.Value : null, target, headers, request.Body);

        WasiHttpResponse response = await handler.HandleAsync(wasiRequest, context.RequestAborted).ConfigureAwait(false);
        HttpResponse output = context.Response;
        output.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers) output.Headers.Append(name, Encoding.Latin1.GetString(value));
        bool copied = true;
        if (response.Body is { } body)
        {
            try
            {
                await body.CopyToAsync(output.BodyWriter, context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception e) when (e is System.IO.IOException or OperationCanceledException)
            {
                // The guest dropped its body unfinished or failed, or the client went away.
                copied = false;
            }
            finally
            {
                // Stops a guest still writing to a client that is gone.
                await body.CompleteAsync().ConfigureAwait(false);
            }
        }
        WasiHttpOutcome outcome = await response.Completion.ConfigureAwait(false);
        if (!copied || (response.FromComponent && outcome != WasiHttpOutcome.Completed)) context.Abort();
    }
}
