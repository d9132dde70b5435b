using System;

namespace WitSharp.Engine.Execution;

/// <summary>
/// The translator produced register IR that breaks an invariant the interpreter's unchecked accesses rely on
/// (a slot outside the frame, a branch into the middle of an instruction, an index out of range, ...). Always an
/// engine bug, never the module's fault; thrown at translation, so the code never runs.
/// </summary>
internal sealed class TranslationInvariantException : InvalidOperationException
{
    public TranslationInvariantException(int functionIndex, int pc, string violation)
        : base($"internal error: translation invariant violated in function {functionIndex} at code position {pc}: {violation}")
    {
        FunctionIndex = functionIndex;
        Pc = pc;
    }

    public int FunctionIndex { get; }

    public int Pc { get; }
}
