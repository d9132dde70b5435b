namespace WitSharp.Engine.Validation;

/// <summary>A module is well-formed but invalid (type errors, unknown indices, ...).</summary>
public sealed class WasmValidationException : WasmException
{
    /// <summary>Creates the exception; the message gets " at offset N" appended when the offset is known.</summary>
    public WasmValidationException(string reason, int offset)
        : base(offset >= 0 ? $"{reason} at offset {offset}" : reason, offset)
    {
        Reason = reason;
    }

    /// <summary>The message without the offset (the spec test suite's text, where one applies).</summary>
    public string Reason { get; }
}
