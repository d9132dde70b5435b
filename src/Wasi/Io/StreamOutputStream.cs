using System;
using System.IO;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Poll;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Streams;

namespace WitSharp.Wasi.Io;

/// <summary>
/// An <c>output-stream</c> handle over an <see cref="AsyncStreamWriter"/> (a .NET <see cref="Stream"/>): stdout,
/// stderr, a file write, an HTTP body. Several handles may share one writer; the writer is disposed with the handle
/// only when the handle owns it.
/// </summary>
public class StreamOutputStream : OutputStream
{
    private readonly AsyncStreamWriter _writer;
    private readonly bool _ownsWriter;

    /// <summary>A handle over <paramref name="writer"/>; <paramref name="ownsWriter"/> disposes it with the handle.</summary>
    public StreamOutputStream(AsyncStreamWriter writer, bool ownsWriter)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _ownsWriter = ownsWriter;
    }

    /// <summary>A handle that owns a writer over <paramref name="stream"/> (and so disposes the stream with it).</summary>
    public StreamOutputStream(Stream stream) : this(new AsyncStreamWriter(stream, ownsStream: true), ownsWriter: true) { }

    /// <inheritdoc />
    public override Result<ulong, StreamError> CheckWrite() => _writer.CheckWrite();

    /// <inheritdoc />
    public override Result<Unit, StreamError> Write(byte[] contents) => _writer.Write(contents, blocking: false);

    /// <inheritdoc />
    public override Result<Unit, StreamError> BlockingWriteAndFlush(byte[] contents) => _writer.Write(contents, blocking: true);

    /// <inheritdoc />
    public override Result<Unit, StreamError> Flush() => _writer.Flush(blocking: false);

    /// <inheritdoc />
    public override Result<Unit, StreamError> BlockingFlush() => _writer.Flush(blocking: true);

    /// <inheritdoc />
    public override Pollable Subscribe() => new TaskPollable(_writer.WhenReady());

    /// <inheritdoc />
    public override Result<Unit, StreamError> WriteZeroes(ulong len) => _writer.Write(Zeroes(len), blocking: false);

    /// <inheritdoc />
    public override Result<Unit, StreamError> BlockingWriteZeroesAndFlush(ulong len) => _writer.Write(Zeroes(len), blocking: true);

    /// <inheritdoc />
    public override Result<ulong, StreamError> Splice(InputStream src, ulong len) => Transfer(src.Read(len), blocking: false);

    /// <inheritdoc />
    public override Result<ulong, StreamError> BlockingSplice(InputStream src, ulong len) => Transfer(src.BlockingRead(len), blocking: true);

    /// <inheritdoc />
    public override void Dispose()
    {
        if (_ownsWriter) _writer.Dispose();
    }

    private Result<ulong, StreamError> Transfer(Result<byte[], StreamError> read, bool blocking)
    {
        if (read.IsErr) return Result<ulong, StreamError>.Err(read.Error);
        Result<Unit, StreamError> written = _writer.Write(read.Value, blocking);
        return written.IsOk ? Result<ulong, StreamError>.Ok((ulong)read.Value.Length) : Result<ulong, StreamError>.Err(written.Error);
    }

    private static byte[] Zeroes(ulong length) =>
        // check-write grants at most WriteBudget bytes, so a larger request is the guest breaking the protocol.
        length <= AsyncStreamWriter.WriteBudget ? new byte[length] : throw new InvalidOperationException($"write-zeroes of {length} bytes exceeds what check-write permitted");
}
