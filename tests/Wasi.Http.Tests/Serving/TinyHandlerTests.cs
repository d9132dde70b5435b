using System.Net.Http;
using System.Threading.Tasks;
using WitSharp.AspNetCore;
using WitSharp.Testing;
using WitSharp.Wasi.Http.Tests.Reference;

namespace WitSharp.Wasi.Http.Tests.Serving;

/// <summary>The tiny C handler (built against wasi:http@0.2.0) under the host's 0.2.12 wasi:http.</summary>
public sealed class TinyHandlerTests
{
    [SkippableTheory, EachEngine]
    public async Task ServesTinyHandlerBuiltAgainst020(string engine)
    {
        await using ComponentServer server = await ServedHandler.StartAsync(engine, "tiny");
        using var client = new HttpClient();
        RecordedResponse response = await RecordedResponse.SendAsync(client, server.Address, HttpRequestSpec.Of("GET", "/a/b?c=d"));
        Assert.Equal(200, response.Status);
        Assert.Equal(new[] { "content-type: text/plain" }, response.Headers);
        Assert.Equal("hello from C: /a/b?c=d\n", response.Text);
    }
}
