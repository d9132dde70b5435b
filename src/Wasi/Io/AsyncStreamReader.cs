using System;
using System.IO;
using System.Threading.Tasks;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Streams;

namespace WitSharp.Wasi.Io;

/// <summary>
/// Reads a .NET <see cref="Stream"/> the way <c>input-stream</c> wants it: a non-blocking <c>read</c> returns what
/// is buffered, or starts one asynchronous read and returns nothing while it is pending; <c>subscribe</c> is that read's
/// task; a blocking read waits for it. One reader can back several stream handles (stdin); it is not thread-safe,
/// as a guest is single-threaded.
/// </summary>
public sealed class AsyncStreamReader : IDisposable
{
    private const int BufferSize = 64 * 1024;
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly int _maxChunk;
    // Made by the first read: most readers (a request's unused stdin) are never read.
    private byte[]? _buffer;
    private int _offset, _count;
    private Task<int>? _pending;
    private bool _ended;
    private Exception? _failure;

    /// <summary>Reads <paramref name="stream"/>; <paramref name="ownsStream"/> disposes it with the reader.</summary>
    public AsyncStreamReader(Stream stream, int maxChunk = int.MaxValue, bool ownsStream = false)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _maxChunk = Math.Max(1, maxChunk);
        _ownsStream = ownsStream;
    }

    /// <summary>A task that completes when a read would not block (data, end of stream or an error).</summary>
    public Task WhenReady()
    {
        if (_count > 0 || _ended || _failure is not null) return Task.CompletedTask;
        return StartRead();
    }

    /// <summary>Up to <paramref name="length"/> bytes; with <paramref name="blocking"/> false, none while a read is pending.</summary>
    public Result<byte[], StreamError> Read(ulong length, bool blocking)
    {
        int wanted = (int)Math.Min(length, (ulong)Math.Min(_maxChunk, BufferSize));
        if (!Fill(blocking, out Result<byte[], StreamError> error)) return error;
        if (_count == 0 || wanted == 0) return Result<byte[], StreamError>.Ok(Array.Empty<byte>());
        int take = Math.Min(wanted, _count);
        // _count > 0 only after a read into the buffer.
        byte[] bytes = _buffer!.AsSpan(_offset, take).ToArray();
        _offset += take;
        _count -= take;
        return Result<byte[], StreamError>.Ok(bytes);
    }

    /// <summary>Skips up to <paramref name="length"/> bytes, as <see cref="Read"/> would read them.</summary>
    public Result<ulong, StreamError> Skip(ulong length, bool blocking)
    {
        Result<byte[], StreamError> read = Read(length, blocking);
        return read.IsOk ? Result<ulong, StreamError>.Ok((ulong)read.Value.Length) : Result<ulong, StreamError>.Err(read.Error);
    }

    /// <summary>
    /// Makes data available if it can: false with <paramref name="error"/> set when the stream ended or failed and
    /// nothing is buffered.
    /// </summary>
    private bool Fill(bool blocking, out Result<byte[], StreamError> error)
    {
        error = default;
        while (_count == 0)
        {
            if (_failure is not null)
            {
                error = StreamErrors.Failed<byte[]>(_failure);
                _failure = null;
                _ended = true;
                return false;
            }
            if (_ended)
            {
                error = StreamErrors.Closed<byte[]>();
                return false;
            }
            Task<int> pending = StartRead();
            if (!pending.IsCompleted)
            {
                if (!blocking) return true;
                ((IAsyncResult)pending).AsyncWaitHandle.WaitOne();
            }
            Absorb(pending);
        }
        return true;
    }

    private Task<int> StartRead()
    {
        if (_pending is not null) return _pending;
        try
        {
            _buffer ??= new byte[BufferSize];
            _pending = _stream.ReadAsync(_buffer, 0, _buffer.Length);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
        {
            _pending = Task.FromException<int>(e);
        }
        return _pending;
    }

    private void Absorb(Task<int> read)
    {
        _pending = null;
        if (read.IsCompletedSuccessfully)
        {
            _offset = 0;
            _count = read.Result;
            if (_count == 0) _ended = true;
        }
        else
        {
            _failure = read.Exception?.GetBaseException() ?? new IOException("the read was cancelled");
        }
    }

    /// <summary>Disposes the stream when the reader owns it.</summary>
    public void Dispose()
    {
        if (_ownsStream) _stream.Dispose();
    }
}
