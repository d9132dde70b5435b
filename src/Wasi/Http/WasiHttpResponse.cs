using System.Collections.Generic;
using System.IO.Pipelines;
using System.Threading.Tasks;

namespace WitSharp.Wasi.Http;

/// <summary>
/// The answer of a wasi:http component: status and headers as soon as the guest set them, the body as it writes it.
/// When the guest failed before setting a response, the handler made one: 500 for a trap, 503 for a timeout or a
/// full server, 413 for a request body over the limit (<see cref="Completion"/> says which).
/// </summary>
public sealed class WasiHttpResponse
{
    internal WasiHttpResponse(int status, IReadOnlyList<(string Name, byte[] Value)> headers, PipeReader? body, Task<WasiHttpOutcome> completion, bool fromComponent)
    {
        FromComponent = fromComponent;
        Status = status;
        Headers = headers;
        Body = body;
        Completion = completion;
    }

    /// <summary>True when the guest set this response; false when the handler made it because the guest failed or did not run.</summary>
    public bool FromComponent { get; }

    /// <summary>The status code.</summary>
    public int Status { get; }

    /// <summary>Header names and raw values, in order.</summary>
    public IReadOnlyList<(string Name, byte[] Value)> Headers { get; }

    /// <summary>The body as the guest writes it (null: empty). Read it to its end, or complete it to stop the guest's writes.</summary>
    public PipeReader? Body { get; }

    /// <summary>
    /// Completes when the guest's <c>handle</c> returned and its instance is gone: <see cref="WasiHttpOutcome.Completed"/>, or
    /// how it failed. A failure after the response started means the body is incomplete: a server aborts the connection.
    /// </summary>
    public Task<WasiHttpOutcome> Completion { get; }
}

/// <summary>How the handling of one request ended.</summary>
public enum WasiHttpOutcome
{
    /// <summary>The guest returned from <c>handle</c> and finished its response.</summary>
    Completed,

    /// <summary>The guest trapped (or a host call it made failed); the instance was dropped.</summary>
    Trapped,

    /// <summary>The request ran over <see cref="WasiHttpOptions.RequestTimeout"/>; the instance was interrupted and dropped.</summary>
    TimedOut,

    /// <summary>No slot was free within <see cref="WasiHttpOptions.QueueTimeout"/>; the guest did not run.</summary>
    Rejected,

    /// <summary>The request body is larger than <see cref="WasiHttpOptions.MaxRequestBodyBytes"/>; the guest did not run.</summary>
    TooLarge,

    /// <summary>The guest returned without setting a response, or set an error.</summary>
    NoResponse,
}
