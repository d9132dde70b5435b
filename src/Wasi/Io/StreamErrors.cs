using System;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Streams;

namespace WitSharp.Wasi.Io;

/// <summary>The two ways a stream operation fails, as the results the generated bindings expect.</summary>
public static class StreamErrors
{
    /// <summary>The stream is closed (end of input, or the reader went away).</summary>
    public static Result<T, StreamError> Closed<T>() => Result<T, StreamError>.Err(new StreamError.Closed());

    /// <summary>The last operation failed with <paramref name="error"/>; the stream is closed from now on.</summary>
    public static Result<T, StreamError> Failed<T>(Exception error) =>
        Result<T, StreamError>.Err(new StreamError.LastOperationFailed(new WasiError(error.Message) { Cause = error }));
}
