namespace WitSharp.Engine.Binary;

/// <summary>A module binary is malformed or uses a feature outside WebAssembly 2.0.</summary>
public sealed class WasmDecodeException : WasmException
{
    /// <summary>Creates the exception; the message gets " at offset N" appended.</summary>
    public WasmDecodeException(string reason, int offset)
        : base(offset >= 0 ? $"{reason} at offset {offset}" : reason, offset)
    {
        Reason = reason;
    }

    /// <summary>The message without the offset (the spec test suite's text, where one applies).</summary>
    public string Reason { get; }
}
