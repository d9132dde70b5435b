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

    /// <summary>
    /// The trap <paramref name="trap"/> with the frames below <paramref name="depth"/> appended to its stack trace: for a
    /// trap raised by an interpreter run that a compiled frame called, whose trace stops at that run's first frame.
    /// </summary>
    public static WasmTrapException WithCallers(WasmTrapException trap, ExecutionStack es, int depth)
    {
        if (depth <= 0 || trap.WasmStackTrace.Count >= MaxReportedFrames) return trap;
        var frames = new List<WasmStackFrame>(trap.WasmStackTrace);
        for (int i = Math.Min(depth, es.Frames.Length) - 1; i >= 0 && frames.Count < MaxReportedFrames; i--) frames.Add(Describe(es.Frames[i].Function));
        return new WasmTrapException(trap.Kind, trap.Message, frames, trap.InnerException);
    }

    private static WasmStackFrame Describe(WasmFunction function)
    {
        WasmModule? module = function.Instance?.Module;
        return new WasmStackFrame(function.Index, module?.GetFunctionName(function.Index), module?.Definition.Names.ModuleName);
    }
}
