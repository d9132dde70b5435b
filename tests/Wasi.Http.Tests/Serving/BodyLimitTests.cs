using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using WitSharp.AspNetCore;

namespace WitSharp.Wasi.Http.Tests.Serving;

/// <summary>
/// WasiHttpOptions.MaxRequestBodyBytes: a request whose declared length is over the limit gets 413 before any instance
/// runs, a chunked one (no length to check up front) gets 413 once the component has read past the limit, one under
/// the limit is served, and the server serves the next request.
/// </summary>
public sealed class BodyLimitTests
{
    private const int Limit = 16 * 1024;

    [SkippableFact]
    public async Task A_declared_length_over_the_limit_gets_413_and_the_server_serves_the_next_request()
    {
        await using ComponentServer server = await ServedHandler.StartAsync("tiny", o => o.MaxRequestBodyBytes = Limit);
        using var client = new HttpClient();

        using HttpResponseMessage over = await client.PostAsync(new Uri(server.Address, "/upload"), new ByteArrayContent(new byte[Limit + 1]));
        using HttpResponseMessage under = await client.PostAsync(new Uri(server.Address, "/upload"), new ByteArrayContent(new byte[Limit]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Equal(HttpStatusCode.OK, under.StatusCode);
        Assert.Equal("hello from C: /upload\n", await under.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task A_chunked_body_that_grows_past_the_limit_gets_413_and_one_under_it_is_read_whole()
    {
        await using ComponentServer server = await ServedHandler.StartAsync("app", o => o.MaxRequestBodyBytes = Limit);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };

        using HttpResponseMessage over = await client.PostAsync(new Uri(server.Address, "/count"), new ChunkedContent(4 * Limit));
        using HttpResponseMessage under = await client.PostAsync(new Uri(server.Address, "/count"), new ChunkedContent(Limit / 2));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Equal(HttpStatusCode.OK, under.StatusCode);
        // Every byte is 1, so the sum is the count.
        Assert.Equal($"{Limit / 2} {Limit / 2}", (await under.Content.ReadAsStringAsync()).Trim());
        Assert.Equal(0, server.Handler.ActiveRequests);
    }

    // A body of ones sent without a Content-Length (chunked), so only reading it can find it too large.
    private sealed class ChunkedContent(int length) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var chunk = new byte[1024];
            Array.Fill(chunk, (byte)1);
            for (int sent = 0; sent < length; sent += chunk.Length) await stream.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, length - sent)));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
