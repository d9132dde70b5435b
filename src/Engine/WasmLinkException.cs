using System;

namespace WitSharp.Engine;

/// <summary>
/// Instantiation failed before running any code: an import is missing or has an incompatible type, or a resource
/// limit forbids it (then it is the derived <see cref="WasmResourceLimitException"/>).
/// </summary>
public class WasmLinkException : WasmException
{
    /// <summary>Creates a link error.</summary>
    public WasmLinkException(string message) : base(message)
    {
    }

    /// <summary>Creates a link error caused by <paramref name="inner"/>.</summary>
    public WasmLinkException(string message, Exception? inner) : base(message, inner: inner)
    {
    }
}
