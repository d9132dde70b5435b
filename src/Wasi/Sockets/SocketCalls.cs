using System;
using System.Net.Sockets;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Sockets.V0_2_12.Network;

namespace WitSharp.Wasi.Sockets;

/// <summary>The TCP and UDP sockets' way of turning a .NET socket call into a WASI result: its exceptions become error codes.</summary>
internal static class SocketCalls
{
    /// <summary>Runs <paramref name="call"/>; a socket error becomes its <c>error-code</c>, a closed socket <c>invalid-state</c>.</summary>
    public static Result<T, ErrorCode> Try<T>(Func<T> call)
    {
        try
        {
            return Result<T, ErrorCode>.Ok(call());
        }
        catch (SocketException e)
        {
            return Result<T, ErrorCode>.Err(SocketAddresses.ToErrorCode(e.SocketErrorCode));
        }
        catch (ObjectDisposedException)
        {
            return Result<T, ErrorCode>.Err(ErrorCode.InvalidState);
        }
    }

    /// <summary>The error <paramref name="code"/> as a result.</summary>
    public static Result<T, ErrorCode> Fail<T>(ErrorCode code) => Result<T, ErrorCode>.Err(code);

    /// <summary>Sets a positive size option (a buffer size); zero is <c>invalid-argument</c>, as WASI says.</summary>
    public static Result<Unit, ErrorCode> SetSize(ulong value, Action<int> set) =>
        value == 0 ? Fail<Unit>(ErrorCode.InvalidArgument) : Try(() => { set((int)Math.Min(value, int.MaxValue)); return Unit.Value; });
}
