using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace WitSharp.Wasi.Http.Tests.Reference;

/// <summary>The requests the differential sends to each corpus handler (the same under both servers).</summary>
public static class HttpScripts
{
    /// <summary>Size of the large streamed response body.</summary>
    public const int LargeResponseBytes = 3 * 1024 * 1024 + 123;

    /// <summary>A request body larger than one read chunk, with every byte value: echoed back whole.</summary>
    public static byte[] LargeRequestBody { get; } = Enumerable.Range(0, 700_001).Select(i => (byte)(i * 7 + (i >> 9))).ToArray();

    /// <summary>
    /// A body the app sums byte by byte in JavaScript: one read chunk and a bit, as a loop over every byte runs in
    /// SpiderMonkey's interpreter inside the wasm engine (about 20 us a byte when the engine interprets too).
    /// </summary>
    public static byte[] CountedRequestBody { get; } = LargeRequestBody.AsSpan(0, 65_537).ToArray();

    /// <summary>The tiny C handler: the path and query come back in the body.</summary>
    public static IReadOnlyList<HttpRequestSpec> Tiny { get; } = new[]
    {
        HttpRequestSpec.Of("GET", "/"),
        HttpRequestSpec.Of("GET", "/some/path?query=1&b=%20x"),
        HttpRequestSpec.Of("POST", "/post", Encoding.UTF8.GetBytes("ignored body")),
    };

    /// <summary>The componentize-js app; <c>{upstream}</c> is replaced by the upstream server's port.</summary>
    public static IReadOnlyList<HttpRequestSpec> App(int upstreamPort) => new[]
    {
        HttpRequestSpec.Of("GET", "/"),
        HttpRequestSpec.Of("GET", "/hello/W%C3%B6rld"),
        HttpRequestSpec.Of("GET", "/headers", null, ("x-b", "2"), ("x-a", "one"), ("accept", "text/plain")),
        HttpRequestSpec.Of("GET", "/nothing/here"),
        HttpRequestSpec.Of("DELETE", "/echo"),
        HttpRequestSpec.Of("POST", "/echo", Encoding.UTF8.GetBytes("{\"a\":[1,2,3]}"), ("content-type", "application/json")),
        HttpRequestSpec.Of("POST", "/echo", LargeRequestBody, ("content-type", "application/octet-stream")),
        HttpRequestSpec.Of("POST", "/count", CountedRequestBody),
        HttpRequestSpec.Of("GET", "/large?n=" + LargeResponseBytes),
        HttpRequestSpec.Of("GET", "/proxy?port=" + upstreamPort),
    };
}
