using System;
using System.Collections.Generic;
using System.Text;

namespace WitSharp.Engine;

/// <summary>One WebAssembly function on the stack when a trap happened, innermost first.</summary>
/// <param name="FunctionIndex">The function's index in its module's function index space.</param>
/// <param name="FunctionName">The name from the module's <c>name</c> section, or null.</param>
/// <param name="ModuleName">The module's name from its <c>name</c> section, or null.</param>
public sealed record WasmStackFrame(int FunctionIndex, string? FunctionName, string? ModuleName)
{
    /// <inheritdoc/>
    public override string ToString() =>
        (ModuleName is null ? "" : ModuleName + "!") + (FunctionName ?? "<func " + FunctionIndex + ">");
}

/// <summary>WebAssembly execution trapped. The store and the host remain usable afterwards.</summary>
public sealed class WasmTrapException : WasmException
{
    /// <summary>Creates a trap.</summary>
    public WasmTrapException(TrapKind kind, string message, IReadOnlyList<WasmStackFrame>? wasmStackTrace = null, Exception? innerException = null)
        : base(message, -1, innerException)
    {
        Kind = kind;
        WasmStackTrace = wasmStackTrace ?? Array.Empty<WasmStackFrame>();
    }

    /// <summary>Why execution trapped.</summary>
    public TrapKind Kind { get; }

    /// <summary>The WebAssembly functions that were active, innermost first.</summary>
    public IReadOnlyList<WasmStackFrame> WasmStackTrace { get; }

    /// <summary>The spec test suite's wording for a trap kind (used in messages).</summary>
    public static string Describe(TrapKind kind) => kind switch
    {
        TrapKind.Unreachable => "unreachable",
        TrapKind.MemoryOutOfBounds => "out of bounds memory access",
        TrapKind.IntegerDivideByZero => "integer divide by zero",
        TrapKind.IntegerOverflow => "integer overflow",
        TrapKind.InvalidConversionToInteger => "invalid conversion to integer",
        TrapKind.IndirectCallTypeMismatch => "indirect call type mismatch",
        TrapKind.UninitializedElement => "uninitialized element",
        TrapKind.UndefinedElement => "undefined element",
        TrapKind.TableOutOfBounds => "out of bounds table access",
        TrapKind.CallStackExhausted => "call stack exhausted",
        TrapKind.OutOfFuel => "all fuel consumed",
        TrapKind.Interrupted => "interrupted",
        TrapKind.HostError => "host function failed",
        _ => kind.ToString(),
    };

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(nameof(WasmTrapException)).Append(" (").Append(Kind).Append("): ").Append(Message);
        foreach (WasmStackFrame frame in WasmStackTrace) text.Append("\n  at wasm ").Append(frame);
        if (InnerException != null) text.Append("\n ---> ").Append(InnerException);
        return text.ToString();
    }
}
