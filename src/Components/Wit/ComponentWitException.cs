using System;

namespace WitSharp.Components.Wit;

/// <summary>
/// Thrown when a decoded component's types cannot be read as WIT: an index that names nothing or the wrong kind of
/// item, a name that is not a WIT name, or a shape WIT cannot express (the same type exported twice, say). The message
/// names the byte offset when one is known.
/// </summary>
public sealed class ComponentWitException : Exception
{
    /// <summary>Creates the exception; <paramref name="offset"/> is the absolute offset of the definition at fault, or -1.</summary>
    public ComponentWitException(string message, long offset = -1)
        : base(offset >= 0 ? $"{message} (at offset 0x{offset:x})" : message)
    {
        Offset = offset;
    }

    /// <summary>The absolute byte offset of the definition at fault, or -1 when none applies.</summary>
    public long Offset { get; }
}
