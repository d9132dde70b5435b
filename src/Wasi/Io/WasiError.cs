using System;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Error;

namespace WitSharp.Wasi.Io;

/// <summary>
/// A <c>wasi:io/error.error</c>: the reason a stream operation failed. The filesystem and HTTP parts subclass it to
/// carry their error codes (<c>filesystem-error-code</c>, <c>http-error-code</c> look for their subclass).
/// </summary>
public class WasiError : Error
{
    /// <summary>Creates an error described by <paramref name="message"/>.</summary>
    public WasiError(string message) => Message = message ?? "";

    /// <summary>What went wrong, for people.</summary>
    public string Message { get; }

    /// <summary>The exception behind it, if any (<c>filesystem-error-code</c> reads a file error's code from it).</summary>
    public Exception? Cause { get; init; }

    /// <inheritdoc />
    public override string ToDebugString() => Message;
}
