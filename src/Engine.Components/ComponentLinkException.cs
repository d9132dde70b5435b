using System;

namespace WitSharp.Engine.Components;

/// <summary>
/// A component cannot be instantiated with what a <see cref="ComponentLinker"/> defines: an import is missing, or is
/// defined as something of another kind (a function where an instance is imported, a resource where a function is).
/// </summary>
public sealed class ComponentLinkException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ComponentLinkException(string message)
        : base(message)
    {
    }
}
