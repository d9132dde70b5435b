using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WitSharp.Wasi.Http;

namespace WitSharp.AspNetCore;

/// <summary>
/// A Kestrel server that answers every request with one component: what <c>witsharp serve</c> runs, usable from code and
/// tests. Kestrel's own limits are set from the handler's options (request body size; no limit on concurrent
/// connections, as the handler bounds the requests that run).
/// </summary>
public sealed class ComponentServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ComponentServer(WebApplication app, Uri address, WasiHttpHandler handler)
    {
        _app = app;
        Address = address;
        Handler = handler;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The handler every request goes to.</summary>
    public WasiHttpHandler Handler { get; }

    /// <summary>
    /// Starts serving <paramref name="handler"/> on <paramref name="endpoint"/> (<c>127.0.0.1:8080</c>; port 0 picks a
    /// free one, see <see cref="Address"/>).
    /// </summary>
    public static async Task<ComponentServer> StartAsync(WasiHttpHandler handler, IPEndPoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(endpoint);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null; // the handler counts the body (see ComponentRequestDelegate)
            kestrel.Listen(endpoint);
        });
        WebApplication app = builder.Build();
        app.Run(context => ComponentRequestDelegate.InvokeAsync(context, handler));
        await app.StartAsync().ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ComponentServer(app, new Uri(address.TrimEnd('/') + "/"), handler);
    }

    /// <summary>Waits until the server is stopped (Ctrl+C, SIGTERM or <see cref="DisposeAsync"/>).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
