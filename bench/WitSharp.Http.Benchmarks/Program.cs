using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using WitSharp.AspNetCore;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Engine.Components.Engines;
using WitSharp.Wasi;
using WitSharp.Wasi.Http;

// Usage: WitSharp.Http.Benchmarks --handler NAME=PATH[=JCO_URL] ... [--requests N] [--concurrency C]
//        [--breakdown]                  per-request parts timed alone (context, store, instantiate, a thread, GET), no servers
//        [--profile instantiate|get]    20 s of one of them, to run under dotnet-trace
// For each handler: the in-process cost of one request (fresh instance + GET /, body read) and of instantiation alone,
// then requests per second over loopback at the given concurrency under ComponentServer (what `witsharp serve` runs)
// and, when a jco serve URL is given, under jco serve.
var handlers = new List<(string Name, string Path, Uri? Jco)>();
int requests = 2000, concurrency = 64;
bool breakdown = false;
string? profile = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--handler":
            string[] parts = args[++i].Split('=', 3);
            handlers.Add((parts[0], parts[1], parts.Length > 2 && parts[2].Length > 0 ? new Uri(parts[2]) : null));
            break;
        case "--requests": requests = int.Parse(args[++i]); break;
        case "--concurrency": concurrency = int.Parse(args[++i]); break;
        case "--breakdown": breakdown = true; break;
        case "--profile": profile = args[++i]; break;
        default: throw new ArgumentException("unknown argument " + args[i]);
    }
}

Console.WriteLine("| handler | size | instantiate | instantiate + GET (in process) | req/s witsharp serve | req/s jco serve |");
Console.WriteLine("|---|---|---|---|---|---|");
foreach (var (name, path, jco) in handlers)
{
    var engine = new WasmEngine(new WasmEngineOptions { Compilation = CompilationMode.Tiered });
    var sw = Stopwatch.StartNew();
    Component component = Component.FromFile(engine, path);
    double loadMs = sw.Elapsed.TotalMilliseconds;
    bool small = new FileInfo(path).Length < 1_000_000;
    // A multi-megabyte handler runs for a long time per request on the managed engine: fewer at once, a generous deadline.
    int clients = small ? concurrency : Math.Min(concurrency, 4);
    var handler = new WasiHttpHandler(component, new WasiHttpOptions { MaxConcurrentRequests = clients, RequestTimeout = TimeSpan.FromMinutes(5) });
    int sequential = small ? 5000 : 50;

    var linker = new ComponentLinker(engine);
    linker.AddWasiAmbient();
    ComponentInstancePre pre = linker.Prepare(component);
    double instantiateUs = Measure(sequential, () => Instantiate(pre));
    if (profile is not null)
    {
        var until = Stopwatch.StartNew();
        while (until.Elapsed.TotalSeconds < 20)
        {
            if (profile == "instantiate") Instantiate(pre);
            else Get(handler);
        }
        continue;
    }
    if (breakdown)
    {
        var configuration = new WasiConfiguration();
        long before = GC.GetAllocatedBytesForCurrentThread();
        int gen2 = GC.CollectionCount(2);
        for (int i = 0; i < 1000; i++) Instantiate(pre);
        Console.WriteLine($"  {name}: instantiate allocates {(GC.GetAllocatedBytesForCurrentThread() - before) / 1000:N0} B, gen2 collections per 1000: {GC.CollectionCount(2) - gen2}");
        before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) configuration.CreateContext().Dispose();
        Console.WriteLine($"  {name}: context allocates {(GC.GetAllocatedBytesForCurrentThread() - before) / 1000:N0} B");
        Console.WriteLine($"  {name}: context {Measure(sequential, () => configuration.CreateContext().Dispose()):N1} us");
        Console.WriteLine($"  {name}: store {Measure(sequential, () => component.Engine.CreateStore().Dispose()):N1} us");
        Console.WriteLine($"  {name}: context + store + instantiate + dispose {instantiateUs:N1} us");
        Console.WriteLine($"  {name}: a new thread started and joined (what each request paid before guest threads were reused) {Measure(sequential, () => Task.Factory.StartNew(() => 1, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Wait()):N1} us");
        Console.WriteLine($"  {name}: instantiate + GET through WasiHttpHandler {Measure(sequential, () => Get(handler)):N1} us");
        continue;
    }
    double requestUs = Measure(sequential, () => Get(handler));
    await using ComponentServer server = await ComponentServer.StartAsync(handler, new IPEndPoint(IPAddress.Loopback, 0));
    int loadRequests = small ? requests : Math.Max(clients * 4, requests / 50);
    double ours = await Throughput(server.Address, loadRequests, clients);
    double theirs = jco is null ? double.NaN : await Throughput(jco, loadRequests, clients);
    Console.WriteLine($"| {name} | {new FileInfo(path).Length / 1024.0:N0} KiB (load {loadMs:N0} ms) | {instantiateUs:N1} us | {requestUs:N1} us | {ours:N1} (c={clients}) | {(double.IsNaN(theirs) ? "n/a" : theirs.ToString("N1"))} (c={clients}) |");
}

// Median of 5 batches of the mean time per call, after a warm-up batch and at least a second of calls (so that the
// JIT's tier-1 code is in place: 200 calls were too few on a loaded machine, and instantiation, timed first, read 3x
// slower than instantiation + GET timed after it).
static double Measure(int count, Action action)
{
    var warm = Stopwatch.StartNew();
    for (int i = 0; i < Math.Min(count, 200) || warm.Elapsed.TotalSeconds < 1; i++) action();
    var batches = new List<double>();
    for (int b = 0; b < 5; b++)
    {
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < count / 5; i++) action();
        batches.Add(sw.Elapsed.TotalMilliseconds * 1000 / (count / 5));
    }
    batches.Sort();
    return batches[2];
}

// What a request costs before the guest runs: a WASI context, a store and the instance (core modules' initialisation).
static void Instantiate(ComponentInstancePre pre)
{
    using WasiContext context = new WasiConfiguration().CreateContext();
    using WasiContext.Scope scope = context.Enter();
    using CoreStore store = pre.Component.Engine.CreateStore();
    using ComponentInstance instance = pre.Instantiate(store);
}

static void Get(WasiHttpHandler handler)
{
    var request = new WasiHttpRequest("GET", "http", "localhost", "/", Array.Empty<(string, byte[])>(), null);
    WasiHttpResponse response = handler.HandleAsync(request).GetAwaiter().GetResult();
    using var sink = new MemoryStream();
    response.Body?.CopyToAsync(sink).GetAwaiter().GetResult();
    if (response.Completion.GetAwaiter().GetResult() != WasiHttpOutcome.Completed || response.Status != 200) throw new InvalidOperationException("the request failed");
}

static async Task<double> Throughput(Uri server, int count, int concurrency)
{
    using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { Timeout = TimeSpan.FromMinutes(10) };
    for (int i = 0; i < concurrency; i++) (await client.GetAsync(server)).Dispose();
    int next = -1, failures = 0;
    var sw = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
    {
        while (Interlocked.Increment(ref next) < count)
        {
            try
            {
                using HttpResponseMessage response = await client.GetAsync(server);
                await response.Content.ReadAsByteArrayAsync();
                if ((int)response.StatusCode != 200) Interlocked.Increment(ref failures);
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref failures);
            }
        }
    })));
    if (failures > 0) Console.Error.WriteLine($"{server}: {failures} failed requests");
    return count / sw.Elapsed.TotalSeconds;
}
