using System;
using System.IO;

namespace WitSharp.Wasi.Filesystem;

/// <summary>What a <see cref="DescriptorStream"/> does.</summary>
public enum DescriptorStreamMode
{
    /// <summary><c>read-via-stream</c>.</summary>
    Read,
    /// <summary><c>write-via-stream</c>.</summary>
    Write,
    /// <summary><c>append-via-stream</c>: every write lands at the end of the file as it is then.</summary>
    Append,
}

/// <summary>
/// A file's bytes as a .NET <see cref="Stream"/> from an offset (what the <c>*-via-stream</c> calls hand the io
/// streams). It reads and writes with pread/pwrite at its own position, so several streams on one descriptor don't
/// disturb each other; it does not own the descriptor.
/// </summary>
public sealed class DescriptorStream : Stream
{
    readonly FilesystemDescriptor descriptor;
    long position;

    internal DescriptorStream(FilesystemDescriptor descriptor, DescriptorStreamMode mode, ulong offset)
    {
        this.descriptor = descriptor;
        Mode = mode;
        position = FilesystemDescriptor.CheckedOffset(offset, mode == DescriptorStreamMode.Read ? "read-via-stream" : "write-via-stream");
    }

    /// <summary>Read, write or append.</summary>
    public DescriptorStreamMode Mode { get; }

    /// <inheritdoc/>
    public override bool CanRead => Mode == DescriptorStreamMode.Read;

    /// <inheritdoc/>
    public override bool CanWrite => Mode != DescriptorStreamMode.Read;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        if (!CanRead)
            throw new NotSupportedException("This stream writes.");
        var count = descriptor.ReadAt(buffer, (ulong)position);
        position += count;
        return count;
    }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!CanWrite)
            throw new NotSupportedException("This stream reads.");
        if (Mode == DescriptorStreamMode.Append)
            position = (long)descriptor.Stat().Size;
        while (!buffer.IsEmpty)
        {
            var written = descriptor.WriteAt(buffer, (ulong)position);
            position += written;
            buffer = buffer[written..];
        }
    }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();
}
