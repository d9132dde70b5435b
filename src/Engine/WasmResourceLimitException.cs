using System;

namespace WitSharp.Engine;

/// <summary>
/// Instantiation needs more than a limit allows: a memory or table larger than <see cref="WasmEngineOptions"/>,
/// <see cref="WasmStore"/> or <see cref="WasmInstanceLimits"/> permit, or more than the process can allocate (the
/// engine turns an <see cref="OutOfMemoryException"/> at an allocation into this). Nothing of the instance is
/// left behind. A link error, so code that catches <see cref="WasmLinkException"/> keeps working; at run time the
/// same limits make <c>memory.grow</c> and <c>table.grow</c> return -1 instead.
/// </summary>
public sealed class WasmResourceLimitException : WasmLinkException
{
    /// <summary>Creates the exception.</summary>
    public WasmResourceLimitException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
