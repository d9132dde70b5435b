using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace WitSharp.Engine.Execution;

/// <summary>Calls host functions on behalf of the interpreter and turns host failures into traps.</summary>
internal static class HostCalls
{
    /// <summary>
    /// Calls <paramref name="function"/> with its arguments at <paramref name="fp"/> and writes its results there.
    /// Returns the exception the host threw, or null.
    /// </summary>
    public static Exception? Invoke(ExecutionStack es, WasmFunction function, int fp, WasmInstance? caller)
    {
        int p = function.ParameterCount, r = function.ResultCount;
        if (!es.EnsureValues(fp + Math.Max(p, r)))
            return new WasmTrapException(TrapKind.CallStackExhausted, WasmTrapException.Describe(TrapKind.CallStackExhausted));
        int savedTop = es.Top;
        // A host function may call back into WebAssembly: that call's frames start above this one.
        es.Top = fp + Math.Max(p, r);
        // Spans (indexes checked); at most 16 values each on the C# stack, larger counts on the heap.
        Span<ulong> args = p <= 16 ? stackalloc ulong[p] : new ulong[p];
        Span<ulong> results = r <= 16 ? stackalloc ulong[r] : new ulong[r];
        es.Values.AsSpan(fp, p).CopyTo(args);
        es.HostCallDepth++;
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            function.Host!(new WasmCaller(function.Store, caller), args, results);
        }
        catch (Exception e)
        {
            return e;
        }
        finally
        {
            es.Top = savedTop;
            es.HostCallDepth--;
        }
        // The stack may have grown (and moved) during a nested call.
        results.CopyTo(es.Values.AsSpan(fp));
        return null;
    }

    /// <summary>The trap reported for an exception thrown by a host function.</summary>
    public static WasmTrapException Wrap(Exception exception, IReadOnlyList<WasmStackFrame> frames) => exception switch
    {
        WasmTrapException trap => trap,
        InsufficientExecutionStackException => new WasmTrapException(TrapKind.CallStackExhausted, WasmTrapException.Describe(TrapKind.CallStackExhausted), frames, exception),
        _ => new WasmTrapException(TrapKind.HostError, "host function failed: " + exception.Message, frames, exception),
    };
}
