using System;
using System.Net.Http;
using System.Threading.Tasks;
using WitSharp.AspNetCore;
using WitSharp.Testing;
using WitSharp.Wasi.Http.Tests.Reference;

namespace WitSharp.Wasi.Http.Tests.Serving;

/// <summary>
/// A handler that traps, one that never returns and one that allocates without end each cost only their own request:
/// the server answers 500 or 503 and serves the next request normally, on every engine.
/// </summary>
public sealed class HostileHandlerTests
{
    [SkippableTheory, EachEngine]
    public async Task TrapGets500AndTheServerServesTheNextRequest(string engine)
    {
        await using ComponentServer server = await ServedHandler.StartAsync(engine, "hostile");
        using var client = new HttpClient();
        RecordedResponse trapped = await RecordedResponse.SendAsync(client, server.Address, HttpRequestSpec.Of("GET", "/trap"));
        Assert.Equal(500, trapped.Status);
        RecordedResponse next = await RecordedResponse.SendAsync(client, server.Address, HttpRequestSpec.Of("GET", "/fine"));
        Assert.Equal(200, next.Status);
        Assert.Equal("ok\n", next.Text);
    }

    [SkippableTheory, EachEngine]
    public async Task EndlessLoopGets503WithinItsTimeLimitAndTheServerServesTheNextRequest(string engine)
    {
        await using ComponentServer server = await ServedHandler.StartAsync(engine, "hostile", o => o.RequestTimeout = TimeSpan.FromMilliseconds(300));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        RecordedResponse looped = await RecordedResponse.SendAsync(client, server.Address, HttpRequestSpec.Of("GET", "/loop"));
        Assert.Equal(503, looped.Status);
        Assert.Equal(0, server.Handler.ActiveRequests);
        RecordedResponse next = await RecordedResponse.SendAsync(client, server.Address, HttpRequestSpec.Of("GET", "/"));
        Assert.Equal("ok\n", next.Text);
    }

    [SkippableTheory, EachEngine]
    public async Task EndlessAllocationHitsTheMemoryLimitGets500AndTheServerServesTheNextRequest(string engine)
    {
        await using ComponentServer server = await ServedHandler.StartAsync(engine, "hostile", o => o.MaxMemoryPages = 64);
        using var client = new HttpClient();
        RecordedResponse grown = await RecordedResponse.SendAsync(client, server.Address, HttpRequestSpec.Of("GET", "/alloc"));
        Assert.Equal(500, grown.Status);
        RecordedResponse next = await RecordedResponse.SendAsync(client, server.Address, HttpRequestSpec.Of("GET", "/"));
        Assert.Equal("ok\n", next.Text);
    }
}
