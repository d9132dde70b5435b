using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.Types;
using WitSharp.Wasi.Io;

namespace WitSharp.Wasi.Http;

/// <summary><c>incoming-response</c>: the answer to an outgoing request, its body streamed from HttpClient.</summary>
public sealed class HostIncomingResponse : IncomingResponse
{
    private readonly HttpResponseMessage _response;
    private readonly int _maxChunk;
    private bool _consumed;

    /// <summary>Wraps <paramref name="response"/> (read with headers only; the body follows as the guest reads).</summary>
    public HostIncomingResponse(HttpResponseMessage response, int maxChunk)
    {
        _response = response ?? throw new ArgumentNullException(nameof(response));
        _maxChunk = maxChunk;
    }

    /// <inheritdoc />
    public override ushort Status() => (ushort)_response.StatusCode;

    /// <inheritdoc />
    public override Fields Headers() => new HostFields(
        _response.Headers.Concat(_response.Content.Headers)
            .SelectMany(h => h.Value.Select(v => (h.Key.ToLowerInvariant(), System.Text.Encoding.Latin1.GetBytes(v)))),
        immutable: true);

    /// <inheritdoc />
    public override Result<IncomingBody, Unit> Consume()
    {
        if (_consumed) return Result<IncomingBody, Unit>.Err(Unit.Value);
        _consumed = true;
        return Result<IncomingBody, Unit>.Ok(new HostIncomingBody(_response.Content.ReadAsStream(), _maxChunk, owner: _response));
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        if (!_consumed) _response.Dispose();
    }
}

/// <summary><c>future-incoming-response</c>: an outgoing request in flight; ready when its headers arrived or it failed.</summary>
public sealed class HostFutureIncomingResponse : FutureIncomingResponse
{
    private readonly Task<Result<IncomingResponse, ErrorCode>> _task;
    private bool _taken;

    /// <summary>Waits on <paramref name="task"/>.</summary>
    public HostFutureIncomingResponse(Task<Result<IncomingResponse, ErrorCode>> task) => _task = task ?? throw new ArgumentNullException(nameof(task));

    /// <inheritdoc />
    public override WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Poll.Pollable Subscribe() => new TaskPollable(_task);

    /// <inheritdoc />
    public override Result<Result<IncomingResponse, ErrorCode>, Unit>? Get()
    {
        if (!_task.IsCompleted) return null;
        if (_taken) return Result<Result<IncomingResponse, ErrorCode>, Unit>.Err(Unit.Value);
        _taken = true;
        Result<IncomingResponse, ErrorCode> outcome = _task.IsCompletedSuccessfully
            ? _task.Result
            : Result<IncomingResponse, ErrorCode>.Err(new ErrorCode.InternalError(_task.Exception?.GetBaseException().Message));
        return Result<Result<IncomingResponse, ErrorCode>, Unit>.Ok(outcome);
    }
}
