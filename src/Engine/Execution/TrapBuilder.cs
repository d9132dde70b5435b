using System;
using System.Collections.Generic;

namespace WitSharp.Engine.Execution;

/// <summary>Builds the exception for a trap, with the wasm call stack, and unwinds the frames of the failed run.</summary>
internal static class TrapBuilder
{
    // A runaway recursion has 100,000 frames; the innermost ones say what happened.
    private const int MaxReportedFrames = 256;

    public static WasmTrapException Create(ExecutionStack es, TrapKind kind, Exception? hostException, WasmFunction current, int baseDepth)
    {
        var frames = new List<WasmStackFrame> { Describe(current) };
        for (int i = es.Depth - 1; i >= baseDepth && frames.Count < MaxReportedFrames; i--) frames.Add(Describe(es.Frames[i].Function));
        es.Depth = baseDepth;
        if (hostException != null) return HostCalls.Wrap(hostException, frames);
        return new WasmTrapException(kind, WasmTrapException.Describe(kind), frames);
    }

    private static WasmStackFrame Describe(WasmFunction function)
    {
        WasmModule? module = function.Instance?.Module;
        return new WasmStackFrame(function.Index, module?.GetFunctionName(function.Index), module?.Definition.Names.ModuleName);
    }
}
