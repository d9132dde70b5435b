using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using WitSharp.Testing;

namespace WitSharp.Wasi.Http.Tests.Reference;

/// <summary>
/// The reference side alone: the corpus handlers under <c>jco serve</c> answer as their sources say, so the
/// differential compares against responses known to be right.
/// </summary>
public sealed class JcoServeReferenceTests
{
    [SkippableFact]
    public async Task TinyHandlerEchoesPathUnderJcoServe()
    {
        string component = HttpCorpus.Require("tiny");
        using JcoServer server = await JcoServer.StartAsync(Jco.Require(), component);
        using var client = new HttpClient();
        RecordedResponse response = await RecordedResponse.SendAsync(client, server.Address, HttpRequestSpec.Of("GET", "/a/b?c=d"));
        Assert.Equal(200, response.Status);
        Assert.Equal(new[] { "content-type: text/plain" }, response.Headers);
        Assert.Equal("hello from C: /a/b?c=d\n", response.Text);
    }

    [SkippableFact]
    public async Task AppRoutesUnderJcoServe()
    {
        string component = HttpCorpus.Require("app");
        await using UpstreamServer upstream = await UpstreamServer.StartAsync();
        using JcoServer server = await JcoServer.StartAsync(Jco.Require(), component);
        using var client = new HttpClient();
        var responses = new RecordedResponse[HttpScripts.App(upstream.Port).Count];
        for (int i = 0; i < responses.Length; i++) responses[i] = await RecordedResponse.SendAsync(client, server.Address, HttpScripts.App(upstream.Port)[i]);
        Assert.Equal("index", responses[0].Text);
        Assert.Equal("hello, Wörld!", responses[1].Text);
        Assert.Contains("x-greeting: W%C3%B6rld", responses[1].Headers);
        Assert.Equal("x-a: one\nx-b: 2\n", responses[2].Text);
        Assert.Equal(404, responses[3].Status);
        Assert.Equal(405, responses[4].Status);
        Assert.Equal("{\"a\":[1,2,3]}", responses[5].Text);
        Assert.Contains("content-type: application/json", responses[5].Headers);
        Assert.Equal(HttpScripts.LargeRequestBody, responses[6].Body);
        long sum = HttpScripts.CountedRequestBody.Aggregate(0L, (s, b) => s + b);
        Assert.Equal($"{HttpScripts.CountedRequestBody.Length} {sum}", responses[7].Text);
        Assert.Equal(HttpScripts.LargeResponseBytes, responses[8].Body.Length);
        Assert.True(responses[8].Body.Select((b, i) => b == 97 + (i % 4096) % 26).All(ok => ok), "the large body repeats a-z per 4096-byte chunk");
        Assert.Equal("upstream 201: from upstream", responses[9].Text);
    }
}
