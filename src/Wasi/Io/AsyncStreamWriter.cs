using System;
using System.IO;
using System.Threading.Tasks;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Streams;

namespace WitSharp.Wasi.Io;

/// <summary>
/// Writes a .NET <see cref="Stream"/> the way <c>output-stream</c> wants it: <c>write</c> starts an asynchronous write
/// and returns; <c>check-write</c> grants nothing while one is pending; <c>subscribe</c> is that write's task. Errors
/// of a write are reported by the next call. Not thread-safe, as a guest is single-threaded.
/// </summary>
public sealed class AsyncStreamWriter : IDisposable
{
    /// <summary>How many bytes <c>check-write</c> grants at a time.</summary>
    public const int WriteBudget = 1024 * 1024;

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private Task _pending = Task.CompletedTask;
    private Exception? _failure;
    private bool _closed;

    /// <summary>Writes <paramref name="stream"/>; <paramref name="ownsStream"/> disposes it with the writer.</summary>
    public AsyncStreamWriter(Stream stream, bool ownsStream = false)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _ownsStream = ownsStream;
    }

    /// <summary>A task that completes when the pending write or flush has.</summary>
    public Task WhenReady() => _pending;

    /// <summary>How many bytes may be written now: 0 while a write is pending.</summary>
    public Result<ulong, StreamError> CheckWrite()
    {
        if (!Settle(out Result<ulong, StreamError> error)) return error;
        return Result<ulong, StreamError>.Ok(_pending.IsCompleted ? WriteBudget : 0UL);
    }

    /// <summary>Starts writing <paramref name="contents"/> after what is pending.</summary>
    public Result<Unit, StreamError> Write(ReadOnlyMemory<byte> contents, bool blocking)
    {
        if (!Settle(out Result<Unit, StreamError> error)) return error;
        if (!_pending.IsCompleted) Wait();
        if (!Settle(out error)) return error;
        if (contents.Length == 0 && !blocking) return Result<Unit, StreamError>.Ok(Unit.Value);
        _pending = Start(() => _stream.WriteAsync(contents).AsTask());
        if (blocking)
        {
            Wait();
            // The write's own failure is reported before a flush replaces the pending task.
            if (!Settle(out error)) return error;
            _pending = Start(() => _stream.FlushAsync());
            Wait();
        }
        return Settle(out error) ? Result<Unit, StreamError>.Ok(Unit.Value) : error;
    }

    /// <summary>Starts a flush after what is pending; with <paramref name="blocking"/>, waits for it.</summary>
    public Result<Unit, StreamError> Flush(bool blocking)
    {
        if (!Settle(out Result<Unit, StreamError> error)) return error;
        Task before = _pending;
        _pending = before.IsCompleted ? Start(() => _stream.FlushAsync()) : before.ContinueWith(_ => _stream.FlushAsync(), TaskScheduler.Default).Unwrap();
        if (blocking) Wait();
        return Settle(out error) ? Result<Unit, StreamError>.Ok(Unit.Value) : error;
    }

    /// <summary>Finishes pending work and flushes, swallowing errors (used when a run ends).</summary>
    public void FlushQuietly()
    {
        try
        {
            Wait();
            if (!_closed) _stream.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
        {
            // The run is over; nothing is left to report the error to.
        }
    }

    private void Wait() => ((IAsyncResult)_pending).AsyncWaitHandle.WaitOne();

    private static Task Start(Func<Task> operation)
    {
        try
        {
            return operation();
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
        {
            return Task.FromException(e);
        }
    }

    /// <summary>False with <paramref name="error"/> when the stream failed or closed.</summary>
    private bool Settle<T>(out Result<T, StreamError> error)
    {
        error = default;
        if (_pending.IsFaulted || _pending.IsCanceled)
        {
            _failure ??= _pending.Exception?.GetBaseException() ?? new IOException("the write was cancelled");
            _pending = Task.CompletedTask;
        }
        if (_failure is not null)
        {
            error = StreamErrors.Failed<T>(_failure);
            _failure = null;
            _closed = true;
            return false;
        }
        if (_closed)
        {
            error = StreamErrors.Closed<T>();
            return false;
        }
        return true;
    }

    /// <summary>Disposes the stream when the writer owns it.</summary>
    public void Dispose()
    {
        FlushQuietly();
        if (_ownsStream) _stream.Dispose();
    }
}
