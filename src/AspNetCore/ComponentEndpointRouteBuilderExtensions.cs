using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using WitSharp.Engine;
using WitSharp.Engine.Components.Engines;
using WitSharp.Wasi.Http;

namespace WitSharp.AspNetCore;

/// <summary>Maps wasi:http/proxy components into an ASP.NET Core app.</summary>
public static class ComponentEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the component at <paramref name="componentPath"/> for every request under <paramref name="prefix"/>
    /// (<c>/api</c> matches <c>/api</c> and <c>/api/anything</c>, every method). The component sees the full path and
    /// query the client sent. It is loaded and checked here, once; each request then runs in a fresh instance.
    /// </summary>
    /// <example><code>
    /// var app = WebApplication.CreateBuilder(args).Build();
    /// app.MapComponent("/api", "handler.wasm", options =&gt;
    /// {
    ///     options.RequestTimeout = TimeSpan.FromSeconds(5);
    ///     options.AllowOutgoing("api.example.com");
    /// });
    /// app.Run();
    /// </code></example>
    public static IEndpointConventionBuilder MapComponent(this IEndpointRouteBuilder endpoints, string prefix, string componentPath, Action<WasiHttpOptions>? configure = null) =>
        endpoints.MapComponent(prefix, componentPath, new WasmEngine(new WasmEngineOptions { Compilation = CompilationMode.Tiered }), configure);

    /// <summary>
    /// Serves the component at <paramref name="componentPath"/>, compiled and run by <paramref name="engine"/>, for
    /// every request under <paramref name="prefix"/>; otherwise as the overload on the managed engine. The engine must
    /// live as long as the app.
    /// </summary>
    /// <example><code>
    /// app.MapComponent("/api", "handler.wasm", new WasmtimeEngine());
    /// </code></example>
    public static IEndpointConventionBuilder MapComponent(this IEndpointRouteBuilder endpoints, string prefix, string componentPath, CoreEngine engine, Action<WasiHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(componentPath);
        ArgumentNullException.ThrowIfNull(engine);
        var options = new WasiHttpOptions();
        configure?.Invoke(options);
        WasiHttpHandler handler = WasiHttpHandler.Load(engine, componentPath, options);
        handler.Validate();
        return endpoints.MapComponent(prefix, handler);
    }

    /// <summary>Serves <paramref name="handler"/>'s component for every request under <paramref name="prefix"/>.</summary>
    public static IEndpointConventionBuilder MapComponent(this IEndpointRouteBuilder endpoints, string prefix, WasiHttpHandler handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(handler);
        string trimmed = prefix.TrimEnd('/');
        var group = endpoints.MapGroup(trimmed.Length == 0 ? "/" : trimmed);
        group.Map("/", context => ComponentRequestDelegate.InvokeAsync(context, handler));
        group.Map("/{**rest}", context => ComponentRequestDelegate.InvokeAsync(context, handler));
        return group;
    }
}
