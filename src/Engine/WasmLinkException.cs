namespace WitSharp.Engine;

/// <summary>Instantiation failed before running any code: an import is missing or has an incompatible type.</summary>
public sealed class WasmLinkException : WasmException
{
    /// <summary>Creates a link error.</summary>
    public WasmLinkException(string message) : base(message)
    {
    }
}
