using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using WitSharp.AspNetCore;
using WitSharp.Testing;
using WitSharp.Wasi.Http.Tests.Reference;

namespace WitSharp.Wasi.Http.Tests.Serving;

/// <summary>
/// Every corpus handler answers the same requests with the same status, headers and body under the server
/// <c>witsharp serve</c> runs (<see cref="ComponentServer"/>), on every engine, as under <c>jco serve</c>.
/// </summary>
public sealed class DifferentialTests
{
    [SkippableTheory, EachEngine]
    public async Task TinyHandlerAnswersAsUnderJcoServe(string engine)
    {
        string component = HttpCorpus.Require("tiny");
        await CompareAsync(engine, "tiny", component, HttpScripts.Tiny);
    }

    [SkippableTheory, EachEngine]
    public async Task AppHandlerAnswersAsUnderJcoServe(string engine)
    {
        string component = HttpCorpus.Require("app");
        await using UpstreamServer upstream = await UpstreamServer.StartAsync();
        await CompareAsync(engine, "app", component, HttpScripts.App(upstream.Port), o =>
        {
            o.AllowOutgoing($"127.0.0.1:{upstream.Port}");
            o.RequestTimeout = TimeSpan.FromMinutes(5);
        });
    }

    private static async Task CompareAsync(string engine, string name, string component, IReadOnlyList<HttpRequestSpec> script, Action<WasiHttpOptions>? configure = null)
    {
        using JcoServer reference = await JcoServer.StartAsync(Jco.Require(), component);
        await using ComponentServer ours = await ServedHandler.StartAsync(engine, name, configure);
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        foreach (HttpRequestSpec request in script)
        {
            RecordedResponse expected = await RecordedResponse.SendAsync(client, reference.Address, request);
            RecordedResponse actual = await RecordedResponse.SendAsync(client, ours.Address, request);
            Assert.True(expected.Status == actual.Status, $"{request}: status {actual.Status}, jco serve {expected.Status}\nours: {actual}\njco:  {expected}");
            Assert.Equal(WithoutJcoDivergence(expected.Headers, ours: false), WithoutJcoDivergence(actual.Headers, ours: true));
            Assert.True(expected.Body.AsSpan().SequenceEqual(actual.Body), $"{request}: bodies differ\nours: {actual}\njco:  {expected}");
        }
    }

    // jco serve keeps only the last value of a header the component appended twice (x-multi: a, then b); WASI's
    // fields keep both, as HTTP does. Compared apart: ours must carry both values in order, jco's the last one.
    private static IReadOnlyList<string> WithoutJcoDivergence(IReadOnlyList<string> headers, bool ours)
    {
        var multi = headers.Where(h => h.StartsWith("x-multi:", StringComparison.Ordinal)).ToArray();
        if (multi.Length > 0) Assert.Equal(ours ? new[] { "x-multi: a", "x-multi: b" } : new[] { "x-multi: b" }, multi);
        return headers.Where(h => !h.StartsWith("x-multi:", StringComparison.Ordinal)).ToArray();
    }
}
