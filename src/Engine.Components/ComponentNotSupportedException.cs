using System;

namespace WitSharp.Engine.Components;

/// <summary>
/// A valid component uses a feature this runtime does not run yet (async lifts, streams, futures, error contexts,
/// threads, value imports, module or component imports), or exceeds an instantiation limit. The message names it.
/// </summary>
public sealed class ComponentNotSupportedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ComponentNotSupportedException(string message)
        : base(message)
    {
    }
}
