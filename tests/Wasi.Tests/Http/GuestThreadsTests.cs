using System;
using System.Threading;
using System.Threading.Tasks;
using WitSharp.Wasi.Http;

namespace WitSharp.Wasi.Tests.Http;

/// <summary>
/// The reusable threads the HTTP handler runs guests on: work runs off the caller's thread and its result or exception
/// reaches the task; sequential work reuses one thread instead of making one per request; at most MaxThreads run at
/// once and queued work waits for one of them; an idle thread ends; and no WASI context is left current between items.
/// </summary>
public sealed class GuestThreadsTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Work_runs_on_a_guest_thread_and_returns_its_result()
    {
        var threads = new GuestThreads(4, TimeSpan.FromSeconds(30));

        (string? name, int value) = await threads.Run(() => (Thread.CurrentThread.Name, 42)).WaitAsync(Bound);

        Assert.Equal("witsharp guest", name);
        Assert.Equal(42, value);
    }

    [Fact]
    public async Task An_exception_of_the_work_faults_the_task_and_the_thread_lives_on()
    {
        var threads = new GuestThreads(1, TimeSpan.FromSeconds(30));

        await Assert.ThrowsAsync<InvalidOperationException>(() => threads.Run<int>(() => throw new InvalidOperationException("boom")).WaitAsync(Bound));
        int after = await threads.Run(() => 7).WaitAsync(Bound);

        Assert.Equal(7, after);
        Assert.Equal(1, threads.Threads);
    }

    [Fact]
    public async Task Sequential_work_reuses_one_thread()
    {
        var threads = new GuestThreads(8, TimeSpan.FromSeconds(30));
        int first = await threads.Run(() => Environment.CurrentManagedThreadId).WaitAsync(Bound);

        for (int i = 0; i < 20; i++)
        {
            int id = await threads.Run(() => Environment.CurrentManagedThreadId).WaitAsync(Bound);
            Assert.Equal(first, id);
        }
        Assert.Equal(1, threads.Threads);
    }

    [Fact]
    public async Task At_most_MaxThreads_run_at_once_and_queued_work_runs_when_one_frees()
    {
        var threads = new GuestThreads(2, TimeSpan.FromSeconds(30));
        using var gate = new ManualResetEventSlim(false);
        int running = 0, most = 0;
        int Blocked()
        {
            int now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            gate.Wait(Bound);
            Interlocked.Decrement(ref running);
            return now;
        }

        Task<int>[] work = { threads.Run(Blocked), threads.Run(Blocked), threads.Run(Blocked), threads.Run(Blocked) };
        await WaitUntil(() => Volatile.Read(ref running) == 2);
        Assert.False(work[2].IsCompleted || work[3].IsCompleted);
        gate.Set();
        await Task.WhenAll(work).WaitAsync(Bound);

        Assert.Equal(2, most);
        Assert.Equal(2, threads.Threads);
    }

    [Fact]
    public async Task An_idle_thread_ends()
    {
        var threads = new GuestThreads(4, TimeSpan.FromMilliseconds(50));
        await threads.Run(() => 1).WaitAsync(Bound);

        await WaitUntil(() => threads.Threads == 0);

        Assert.Equal(2, await threads.Run(() => 2).WaitAsync(Bound));
    }

    [Fact]
    public async Task No_wasi_context_stays_current_from_one_item_to_the_next()
    {
        var threads = new GuestThreads(1, TimeSpan.FromSeconds(30));
        using WasiContext context = new WasiConfiguration().CreateContext();
        bool entered = await threads.Run(() =>
        {
            using WasiContext.Scope scope = context.Enter();
            return WasiContext.Current == context;
        }).WaitAsync(Bound);

        WasiContext? next = await threads.Run(() => WasiContext.Current).WaitAsync(Bound);

        Assert.True(entered);
        Assert.Null(next);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within the bound");
            await Task.Delay(10);
        }
    }
}
