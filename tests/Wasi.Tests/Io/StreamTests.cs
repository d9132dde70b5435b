using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Streams;
using WitSharp.Wasi.Io;

namespace WitSharp.Wasi.Tests.Io;

/// <summary>
/// input-stream and output-stream over .NET streams: a non-blocking read returns nothing while data is pending and
/// the pollable becomes ready when it arrives; end of stream is <c>closed</c>; writes, flushes, write-zeroes and splice
/// land in the stream in order; a failing stream reports last-operation-failed once, then closed.
/// </summary>
public sealed class StreamTests
{
    [Fact]
    public void A_read_with_nothing_pending_returns_empty_and_the_pollable_becomes_ready_when_data_arrives()
    {
        var source = new GatedStream(Encoding.ASCII.GetBytes("data"));
        var input = new StreamInputStream(source);

        var first = input.Read(16);
        var pollable = (TaskPollable)input.Subscribe();
        bool readyBefore = pollable.Ready();
        source.Open();
        pollable.Block();
        var second = input.Read(16);

        Assert.True(first.IsOk);
        Assert.Empty(first.Value);
        Assert.False(readyBefore);
        Assert.True(pollable.Ready());
        Assert.Equal("data", Encoding.ASCII.GetString(second.Value));
        Assert.Equal(1, source.Reads);
    }

    [Fact]
    public void Blocking_reads_deliver_everything_then_closed()
    {
        var input = new StreamInputStream(new MemoryStream(Encoding.ASCII.GetBytes("abcdef")));

        var a = input.BlockingRead(4);
        var b = input.BlockingRead(4);
        var end = input.BlockingRead(4);
        var skipAfterEnd = input.Skip(1);

        Assert.Equal("abcd", Encoding.ASCII.GetString(a.Value));
        Assert.Equal("ef", Encoding.ASCII.GetString(b.Value));
        Assert.IsType<StreamError.Closed>(end.Error);
        Assert.IsType<StreamError.Closed>(skipAfterEnd.Error);
    }

    [Fact]
    public void Writes_zeroes_and_splice_arrive_in_order()
    {
        var sink = new MemoryStream();
        var output = new StreamOutputStream(new AsyncStreamWriter(sink), ownsWriter: true);
        var source = new StreamInputStream(new MemoryStream(Encoding.ASCII.GetBytes("spliced")));

        Assert.True(output.CheckWrite().Value > 0);
        Assert.True(output.Write(Encoding.ASCII.GetBytes("ab")).IsOk);
        Assert.True(output.BlockingWriteZeroesAndFlush(2).IsOk);
        var spliced = output.BlockingSplice(source, 100);
        Assert.True(output.BlockingFlush().IsOk);

        Assert.Equal(7UL, spliced.Value);
        Assert.Equal(Encoding.ASCII.GetBytes("ab\0\0spliced"), sink.ToArray());
    }

    [Fact]
    public void A_failing_stream_reports_the_failure_once_then_closed()
    {
        var output = new StreamOutputStream(new FailingStream());

        var first = output.BlockingWriteAndFlush(new byte[] { 1 });
        var second = output.BlockingWriteAndFlush(new byte[] { 2 });

        var failed = Assert.IsType<StreamError.LastOperationFailed>(first.Error);
        Assert.Contains("disk on fire", failed.Value.ToDebugString());
        Assert.IsType<StreamError.Closed>(second.Error);
    }

    [Fact]
    public void Write_zeroes_beyond_what_check_write_grants_is_refused()
    {
        var output = new StreamOutputStream(new MemoryStream());

        Assert.Throws<InvalidOperationException>(() => output.WriteZeroes(ulong.MaxValue));
    }

    // A stream whose one asynchronous read completes when the test opens the gate: data "arriving" later.
    private sealed class GatedStream(byte[] data) : Stream
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Reads { get; private set; }
        public void Open() => _gate.SetResult();
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => data.Length;
        public override long Position { get => 0; set { } }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("only asynchronous reads");
        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, System.Threading.CancellationToken cancellationToken)
        {
            Reads++;
            await _gate.Task;
            data.CopyTo(buffer, offset);
            return data.Length;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class FailingStream : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => 0;
        public override long Position { get => 0; set { } }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("disk on fire");
        public override Task WriteAsync(byte[] buffer, int offset, int count, System.Threading.CancellationToken cancellationToken) => Task.FromException(new IOException("disk on fire"));
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, System.Threading.CancellationToken cancellationToken = default) => ValueTask.FromException(new IOException("disk on fire"));
    }
}
