using System;
using System.Net;
using System.Threading.Tasks;
using WitSharp.AspNetCore;
using WitSharp.Engine;
using WitSharp.Wasi.Http;

namespace WitSharp.Wasi.Http.Tests.Serving;

/// <summary>A corpus handler served by <see cref="ComponentServer"/> (what <c>witsharp serve</c> runs) on a free loopback port.</summary>
public static class ServedHandler
{
    /// <summary>Builds (if needed) and serves corpus handler <paramref name="name"/>.</summary>
    public static async Task<ComponentServer> StartAsync(string name, Action<WasiHttpOptions>? configure = null)
    {
        string path = HttpCorpus.Require(name);
        var options = new WasiHttpOptions();
        configure?.Invoke(options);
        WasiHttpHandler handler = WasiHttpHandler.Load(path, options, new WasmEngineOptions { Compilation = CompilationMode.Tiered });
        handler.Validate();
        return await ComponentServer.StartAsync(handler, new IPEndPoint(IPAddress.Loopback, 0));
    }
}
