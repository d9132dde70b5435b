using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Pipelines;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using WitSharp.Engine;
using WitSharp.Wasi.Http.Tests.Reference;

namespace WitSharp.Wasi.Http.Tests.Serving;

/// <summary>
/// The componentize-js app (SpiderMonkey compiled to wasm) sums a request body byte by byte: the same answer in
/// every compilation mode of the managed engine, and the right one (computed here). The 700,001-byte body keeps
/// SpiderMonkey's loop running long enough for its hottest functions to move to CIL mid-call (on-stack replacement);
/// the interpreter alone is too slow for it (about 20 us a byte), and the answer is computed here anyway.
/// </summary>
public sealed class CompilationModeTests
{
    [SkippableTheory]
    [InlineData(CompilationMode.Interpreter, 65_537)]
    [InlineData(CompilationMode.Tiered, 65_537)]
    [InlineData(CompilationMode.Compiled, 65_537)]
    [InlineData(CompilationMode.Tiered, 700_001)]
    [InlineData(CompilationMode.Compiled, 700_001)]
    public async Task AppSumsALargeRequestBody(CompilationMode mode, int length)
    {
        string path = HttpCorpus.Require("app");
        WasiHttpHandler handler = WasiHttpHandler.Load(path, new WasiHttpOptions { RequestTimeout = System.TimeSpan.FromMinutes(5) }, new WasmEngineOptions { Compilation = mode });
        byte[] body = HttpScripts.LargeRequestBody.AsSpan(0, length).ToArray();
        var request = new WasiHttpRequest("POST", "http", "localhost", "/count", new List<(string, byte[])>(), new MemoryStream(body));
        WasiHttpResponse response = await handler.HandleAsync(request);
        string text = await ReadAllAsync(response.Body!);
        Assert.Equal(WasiHttpOutcome.Completed, await response.Completion);
        long sum = body.Aggregate(0L, (s, b) => s + b);
        Assert.Equal($"{body.Length} {sum}", text);
    }

    private static async Task<string> ReadAllAsync(PipeReader reader)
    {
        using var buffer = new MemoryStream();
        await reader.CopyToAsync(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
