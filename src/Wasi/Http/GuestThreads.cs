using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace WitSharp.Wasi.Http;

/// <summary>
/// Long-lived threads that run guests, one request at a time each. A guest blocks its thread in
/// <c>blocking-read</c>, <c>blocking-write-and-flush</c> and <c>poll</c>, so it may not run on the .NET thread pool
/// (a few blocked guests would starve Kestrel's own work); a new thread per request, though, cost more than the
/// request itself. These threads are made on demand, at most <see cref="MaxThreads"/> of them, and an idle one ends
/// after <see cref="IdleTimeout"/>. A thread carries nothing from one request to the next: the instance, its store and
/// its WASI context are made and dropped inside the work item, and <see cref="WasiContext.Current"/> is restored by
/// the scope that set it.
/// </summary>
internal sealed class GuestThreads
{
    private readonly object _gate = new();
    // Each item runs its work and returns what completes its task, which runs once the thread counts as free again.
    private readonly Queue<Func<Action>> _queue = new();
    private int _threads;
    private int _busy;

    public GuestThreads(int maxThreads, TimeSpan idleTimeout)
    {
        MaxThreads = Math.Max(1, maxThreads);
        IdleTimeout = idleTimeout;
    }

    /// <summary>The most threads at once; more work waits for one of them (the handler's slots keep it from piling up).</summary>
    public int MaxThreads { get; }

    /// <summary>How long a thread with nothing to do stays.</summary>
    public TimeSpan IdleTimeout { get; }

    /// <summary>Threads alive now (for tests and diagnostics).</summary>
    public int Threads
    {
        get
        {
            lock (_gate) return _threads;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on one of the threads; the task completes with its result or exception. Its
    /// continuations run on the thread pool, never on the guest's thread.
    /// </summary>
    public Task<T> Run<T>(Func<T> work)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Func<Action> item = () =>
        {
            try
            {
                T result = work();
                return () => completion.SetResult(result);
            }
            catch (Exception e)
            {
                return () => completion.SetException(e);
            }
        };
        bool start;
        lock (_gate)
        {
            _queue.Enqueue(item);
            // A free thread takes queued items before it waits, and a waiting one looks at the queue when it wakes
            // (pulsed or timed out), so while at least as many are free as items queued, a pulse is enough; otherwise
            // a new thread takes the item, up to the bound.
            start = _threads - _busy < _queue.Count && _threads < MaxThreads;
            if (start) _threads++;
            else Monitor.Pulse(_gate);
        }
        if (start) StartThread();
        return completion.Task;
    }

    private void StartThread()
    {
        try
        {
            new Thread(Loop) { IsBackground = true, Name = "witsharp guest" }.Start();
        }
        catch
        {
            lock (_gate) _threads--;
            throw;
        }
    }

    private void Loop()
    {
        while (true)
        {
            Func<Action> item;
            lock (_gate)
            {
                while (!_queue.TryDequeue(out item!))
                {
                    if (!Monitor.Wait(_gate, IdleTimeout) && _queue.Count == 0)
                    {
                        _threads--;
                        return;
                    }
                }
                _busy++;
            }
            // The item catches everything its work throws, so the thread survives any request. It counts as free
            // before the task completes, so work queued by the task's continuation finds it instead of a new thread.
            Action complete = item();
            lock (_gate) _busy--;
            complete();
        }
    }
}
