using System.Threading.Tasks;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.Types;

namespace WitSharp.Wasi.Http;

/// <summary>
/// <c>response-outparam</c>: where the guest puts its response (or an error) for the request being handled. The server
/// waits on <see cref="Response"/> and starts sending as soon as it is set, while the guest may still write the body.
/// </summary>
public sealed class HostResponseOutparam : ResponseOutparam
{
    private readonly TaskCompletionSource<Result<HostOutgoingResponse, ErrorCode>> _response = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with what the guest set; cancelled when it drops the outparam without setting it.</summary>
    public Task<Result<HostOutgoingResponse, ErrorCode>> Response => _response.Task;

    /// <summary><c>response-outparam.set</c>: the first call wins (the outparam is consumed by it).</summary>
    public void Set(Result<OutgoingResponse, ErrorCode> response)
    {
        if (response.IsOk)
        {
            var host = (HostOutgoingResponse)response.Value;
            host.HeaderFields.Freeze();
            _response.TrySetResult(Result<HostOutgoingResponse, ErrorCode>.Ok(host));
        }
        else
        {
            _response.TrySetResult(Result<HostOutgoingResponse, ErrorCode>.Err(response.Error));
        }
    }

    /// <summary>Dropped: a handler that never set a response leaves the request without one.</summary>
    public override void Dispose() => _response.TrySetCanceled();
}
