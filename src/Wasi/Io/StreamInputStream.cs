using System;
using System.IO;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Poll;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Streams;

namespace WitSharp.Wasi.Io;

/// <summary>
/// An <c>input-stream</c> handle over an <see cref="AsyncStreamReader"/> (a .NET <see cref="Stream"/>): stdin, a file
/// read, an HTTP body. Several handles may share one reader; the reader is disposed with the handle only when the
/// handle owns it.
/// </summary>
public class StreamInputStream : InputStream
{
    private readonly AsyncStreamReader _reader;
    private readonly bool _ownsReader;

    /// <summary>A handle over <paramref name="reader"/>; <paramref name="ownsReader"/> disposes it with the handle.</summary>
    public StreamInputStream(AsyncStreamReader reader, bool ownsReader)
    {
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
        _ownsReader = ownsReader;
    }

    /// <summary>A handle that owns a reader over <paramref name="stream"/> (and so disposes the stream with it).</summary>
    public StreamInputStream(Stream stream) : this(new AsyncStreamReader(stream, ownsStream: true), ownsReader: true) { }

    /// <inheritdoc />
    public override Result<byte[], StreamError> Read(ulong len) => _reader.Read(len, blocking: false);

    /// <inheritdoc />
    public override Result<byte[], StreamError> BlockingRead(ulong len) => _reader.Read(len, blocking: true);

    /// <inheritdoc />
    public override Result<ulong, StreamError> Skip(ulong len) => _reader.Skip(len, blocking: false);

    /// <inheritdoc />
    public override Result<ulong, StreamError> BlockingSkip(ulong len) => _reader.Skip(len, blocking: true);

    /// <inheritdoc />
    public override Pollable Subscribe() => new TaskPollable(_reader.WhenReady());

    /// <inheritdoc />
    public override void Dispose()
    {
        if (_ownsReader) _reader.Dispose();
    }
}
