using System;
using System.IO;
using System.IO.Pipelines;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.Types;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Streams;
using WitSharp.Wasi.Io;

namespace WitSharp.Wasi.Http;

/// <summary>
/// <c>outgoing-body</c>: what the guest writes goes into a pipe whose reader the host sends on (a server response to
/// Kestrel, a client request to HttpClient) while the guest still writes, so a large body is never held whole; the
/// pipe's pause threshold holds the guest back when the peer reads slowly. <c>finish</c> ends the body; dropping it
/// without <c>finish</c> ends it with an error, so the peer sees an incomplete body rather than a short one.
/// </summary>
public sealed class HostOutgoingBody : OutgoingBody
{
    // Backpressure: a guest that writes faster than the peer reads waits once this much is buffered.
    private const long PauseThreshold = 1024 * 1024;

    private readonly Pipe _pipe = new(new PipeOptions(pauseWriterThreshold: PauseThreshold, resumeWriterThreshold: PauseThreshold / 2, useSynchronizationContext: false));
    private AsyncStreamWriter? _writer;
    private bool _streamTaken;
    private bool _ended;

    /// <summary>What the peer reads: the bytes the guest writes, ending when it finishes the body.</summary>
    public PipeReader Reader => _pipe.Reader;

    /// <inheritdoc />
    public override Result<OutputStream, Unit> Write()
    {
        if (_streamTaken) return Result<OutputStream, Unit>.Err(Unit.Value);
        _streamTaken = true;
        // The writer leaves the pipe open when the guest drops the stream: only finish (or dropping the body) ends it.
        _writer = new AsyncStreamWriter(_pipe.Writer.AsStream(leaveOpen: true));
        return Result<OutputStream, Unit>.Ok(new StreamOutputStream(_writer, ownsWriter: false));
    }

    /// <summary><c>outgoing-body.finish</c>: waits for writes in flight, then ends the body.</summary>
    public Result<Unit, ErrorCode> Finish()
    {
        End(null);
        return Result<Unit, ErrorCode>.Ok(Unit.Value);
    }

    /// <summary>Dropped without <c>finish</c>: the body ends with an error.</summary>
    public override void Dispose() => End(new IOException("the component dropped the body without finishing it"));

    private void End(Exception? error)
    {
        if (_ended) return;
        _ended = true;
        if (_writer is not null)
        {
            // A write the guest started without blocking may still be copying into the pipe.
            ((IAsyncResult)_writer.WhenReady()).AsyncWaitHandle.WaitOne();
        }
        _pipe.Writer.Complete(error);
    }
}
