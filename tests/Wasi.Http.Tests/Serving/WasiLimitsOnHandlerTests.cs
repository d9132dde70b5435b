using System;
using System.Net.Http;
using System.Threading.Tasks;
using WitSharp.AspNetCore;
using WitSharp.Testing;
using WitSharp.Wasi.Http.Tests.Reference;

namespace WitSharp.Wasi.Http.Tests.Serving;

/// <summary>
/// <see cref="WasiLimits"/> given through <see cref="WasiHttpOptions.Wasi"/> bound each request's instance as they bound
/// a command's run: the lower memory limit and the shorter time hold, on every engine.
/// </summary>
public sealed class WasiLimitsOnHandlerTests
{
    [SkippableTheory, EachEngine]
    public async Task AMemoryLimitBelowTheComponentsMinimumFailsEveryRequest(string engine)
    {
        // One page is below what a wasi-libc program starts with (its stack alone is 64 KiB), so no instance can exist.
        await using ComponentServer bounded = await ServedHandler.StartAsync(engine, "hostile", o => o.Wasi.WithLimits(new WasiLimits { MaxMemoryBytes = 65536 }), validate: false);
        await using ComponentServer unbounded = await ServedHandler.StartAsync(engine, "hostile");
        using var client = new HttpClient();
        RecordedResponse refused = await RecordedResponse.SendAsync(client, bounded.Address, HttpRequestSpec.Of("GET", "/fine"));
        RecordedResponse served = await RecordedResponse.SendAsync(client, unbounded.Address, HttpRequestSpec.Of("GET", "/fine"));
        Assert.Equal(200, served.Status);
        Assert.Equal(500, refused.Status);
    }

    [SkippableTheory, EachEngine]
    public async Task TheShorterOfTheTwoTimeLimitsHolds(string engine)
    {
        await using ComponentServer server = await ServedHandler.StartAsync(engine, "hostile", o =>
        {
            o.RequestTimeout = TimeSpan.FromMinutes(10);
            o.Wasi.WithLimits(new WasiLimits { Timeout = TimeSpan.FromMilliseconds(300) });
        });
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(11) };
        // Without the WASI limit the loop would run for ten minutes; the wait fails the test long before that.
        RecordedResponse looped = await RecordedResponse.SendAsync(client, server.Address, HttpRequestSpec.Of("GET", "/loop")).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(503, looped.Status);
        RecordedResponse next = await RecordedResponse.SendAsync(client, server.Address, HttpRequestSpec.Of("GET", "/"));
        Assert.Equal("ok\n", next.Text);
    }
}
