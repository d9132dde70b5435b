using System;
using System.Net;
using System.Threading.Tasks;
using WitSharp.AspNetCore;
using WitSharp.Engine;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;
using WitSharp.Wasi.Http;

namespace WitSharp.Wasi.Http.Tests.Serving;

/// <summary>A corpus handler served by <see cref="ComponentServer"/> (what <c>witsharp serve</c> runs) on a free loopback port.</summary>
public static class ServedHandler
{
    /// <summary>Builds (if needed) and serves corpus handler <paramref name="name"/> on the managed engine.</summary>
    public static Task<ComponentServer> StartAsync(string name, Action<WasiHttpOptions>? configure = null) =>
        StartAsync(TestEngines.Managed, name, configure);

    /// <summary>
    /// Builds (if needed) and serves corpus handler <paramref name="name"/> on the engine named <paramref name="engine"/>
    /// (<see cref="TestEngines.Names"/>); the managed engine runs tiered, as <c>witsharp serve</c> runs it.
    /// </summary>
    /// <param name="validate">Whether to instantiate once before serving (<see cref="WasiHttpHandler.Validate"/>), as <c>witsharp serve</c> does.</param>
    public static async Task<ComponentServer> StartAsync(string engine, string name, Action<WasiHttpOptions>? configure = null, bool validate = true)
    {
        string path = HttpCorpus.Require(name);
        var options = new WasiHttpOptions();
        configure?.Invoke(options);
        CoreEngine core = engine == TestEngines.Managed ? new WasmEngine(new WasmEngineOptions { Compilation = CompilationMode.Tiered }) : TestEngines.Create(engine);
        WasiHttpHandler handler = WasiHttpHandler.Load(core, path, options);
        if (validate) handler.Validate();
        return await ComponentServer.StartAsync(handler, new IPEndPoint(IPAddress.Loopback, 0));
    }
}
