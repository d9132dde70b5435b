using System;
using System.Collections.Generic;
using System.Threading;

namespace WitSharp.Engine;

/// <summary>
/// Zeroed buffers of linear memories whose store was disposed, kept for the next memory of the same size. A buffer of
/// 85 KB or more lives on the large object heap, and allocating one per instance makes the runtime collect
/// generation 2 every few megabytes: for a server that instantiates a component per request, that collection costs
/// more than the instantiation. Reuse needs no collection at all. The pool is bounded (a buffer at most
/// <see cref="MaxBufferBytes"/>, all of them at most <see cref="MaxPooledBytes"/>), process-wide and thread-safe;
/// it only holds buffers nobody references any more (see <see cref="WasmMemory.Release"/>). It also never keeps a
/// buffer across a full (generation 2) collection: a process under memory pressure, or one whose load has passed, gets
/// the memory back, and a heap measured after a full collection holds no pooled buffer. A server that pools well
/// rarely collects generation 2, so the pool stays warm where it helps.
/// </summary>
internal static class LinearMemoryPool
{
    /// <summary>The largest buffer kept (bigger ones are left to the collector: they are rare and costly to clear).</summary>
    public const int MaxBufferBytes = 16 * 1024 * 1024;

    /// <summary>All buffers kept together.</summary>
    public const long MaxPooledBytes = 64L * 1024 * 1024;

    private static readonly Dictionary<int, Stack<byte[]>> Buckets = new();
    private static long _pooledBytes;

    // Made once and left unreferenced: see FullCollectionTrimmer.
    static LinearMemoryPool() => _ = new FullCollectionTrimmer();

    /// <summary>Bytes held by the pool now (for tests and diagnostics).</summary>
    public static long PooledBytes
    {
        get
        {
            lock (Buckets) return _pooledBytes;
        }
    }

    /// <summary>A zeroed buffer of exactly <paramref name="length"/> bytes from the pool, or null when it has none.</summary>
    public static byte[]? Rent(int length)
    {
        if (length == 0 || length > MaxBufferBytes) return null;
        // An empty pool (no store disposed yet, or a long-lived store's memories left to the collector) answers
        // without the lock and the lookup, on every instantiation. A racing Return is only a missed reuse.
        if (Volatile.Read(ref _pooledBytes) == 0) return null;
        lock (Buckets)
        {
            if (!Buckets.TryGetValue(length, out Stack<byte[]>? bucket) || bucket.Count == 0) return null;
            _pooledBytes -= length;
            return bucket.Pop();
        }
    }

    /// <summary>
    /// Takes <paramref name="buffer"/>, of which only the first <paramref name="dirtyLength"/> bytes may be non-zero,
    /// if the pool has room: it is cleared first, so every buffer the pool hands out is zero.
    /// </summary>
    public static void Return(byte[] buffer, int dirtyLength)
    {
        int length = buffer.Length;
        if (length == 0 || length > MaxBufferBytes) return;
        lock (Buckets)
        {
            if (_pooledBytes + length > MaxPooledBytes) return;
        }
        // Cleared outside the lock: the buffer is nobody's until it is pushed.
        buffer.AsSpan(0, Math.Min(dirtyLength, length)).Clear();
        lock (Buckets)
        {
            if (_pooledBytes + length > MaxPooledBytes) return;
            if (!Buckets.TryGetValue(length, out Stack<byte[]>? bucket)) Buckets[length] = bucket = new Stack<byte[]>();
            bucket.Push(buffer);
            _pooledBytes += length;
        }
    }

    /// <summary>Drops every pooled buffer (the collector reclaims them).</summary>
    public static void Clear()
    {
        lock (Buckets)
        {
            Buckets.Clear();
            _pooledBytes = 0;
        }
    }

    /// <summary>
    /// An unreferenced object whose finalizer re-registers itself, so it runs after collections; once promoted to
    /// generation 2 it runs only after full ones. It clears the pool when a generation-2 collection happened since it
    /// last ran.
    /// </summary>
    private sealed class FullCollectionTrimmer
    {
        private int _fullCollections = GC.CollectionCount(2);

        ~FullCollectionTrimmer()
        {
            int count = GC.CollectionCount(2);
            if (count != _fullCollections)
            {
                _fullCollections = count;
                Clear();
            }
            if (!Environment.HasShutdownStarted) GC.ReRegisterForFinalize(this);
        }
    }
}
