using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using WitSharp.AspNetCore;

namespace WitSharp.Wasi.Http.Tests.Serving;

/// <summary>
/// Issue #12's load acceptance, on loopback: 10,000 requests at concurrency 64 to the tiny handler, each in a fresh
/// instance, none failing; the managed heap after the run is within 10% of where it was after a warm-up, so instances
/// do not leak. Bounded in time (the run is cancelled after 10 minutes), never timed. It runs alone (see
/// <see cref="HeapMeasuredCollection"/>), since the heap it measures is the whole test process's.
/// </summary>
[Collection(HeapMeasuredCollection.Name)]
public sealed class LoadTests
{
    private const int Requests = 10_000;
    private const int Concurrency = 64;

    [SkippableFact]
    public async Task TenThousandRequestsAtConcurrency64WithoutFailureOrLeak()
    {
        await using ComponentServer server = await ServedHandler.StartAsync("tiny", o => o.MaxConcurrentRequests = Concurrency);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency });
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(10));

        Assert.Equal(0, await RunAsync(client, server.Address, 1_000, bound.Token));
        long afterWarmUp = SettledHeap();
        int failures = await RunAsync(client, server.Address, Requests, bound.Token);
        long afterRun = SettledHeap();

        Assert.Equal(0, failures);
        Assert.True(afterRun <= afterWarmUp * 1.10, $"managed heap {afterRun:N0} bytes after the run, {afterWarmUp:N0} after warm-up (more than 10% growth)");
        Assert.Equal(0, server.Handler.ActiveRequests);
    }

    // Sends `count` GETs from `Concurrency` workers; returns how many failed (wrong status or body, or an exception).
    private static async Task<int> RunAsync(HttpClient client, Uri server, int count, CancellationToken cancellation)
    {
        int next = -1, failures = 0;
        async Task Worker()
        {
            while (Interlocked.Increment(ref next) < count)
            {
                int i = next;
                try
                {
                    using HttpResponseMessage response = await client.GetAsync(new Uri(server, $"/load/{i}"), cancellation);
                    string body = await response.Content.ReadAsStringAsync(cancellation);
                    if ((int)response.StatusCode != 200 || body != $"hello from C: /load/{i}\n") Interlocked.Increment(ref failures);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(Worker)));
        return failures;
    }

    private static long SettledHeap()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
