using System;

namespace WitSharp.Engine;

/// <summary>The base of every error the engine reports about a module (malformed, invalid, ...).</summary>
public class WasmException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WasmException(string message, int offset = -1, Exception? inner = null) : base(message, inner)
    {
        Offset = offset;
    }

    /// <summary>The byte offset in the module binary the error concerns, or -1 when unknown.</summary>
    public int Offset { get; }
}
