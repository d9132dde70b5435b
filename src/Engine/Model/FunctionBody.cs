using System;
using System.Collections.Immutable;

namespace WitSharp.Engine.Model;

/// <summary>
/// A function body as decoded: its local declarations and the byte range of its instructions.
/// Instructions are decoded by streaming over <see cref="Code"/> with <c>Binary.InstructionReader</c>.
/// </summary>
public sealed class FunctionBody
{
    /// <summary>Creates a function body.</summary>
    public FunctionBody(ImmutableArray<LocalDeclaration> locals, uint localCount, ReadOnlyMemory<byte> code, int codeOffset)
    {
        Locals = locals.IsDefault ? ImmutableArray<LocalDeclaration>.Empty : locals;
        LocalCount = localCount;
        Code = code;
        CodeOffset = codeOffset;
    }

    /// <summary>The declared locals (parameters are not included), as runs.</summary>
    public ImmutableArray<LocalDeclaration> Locals { get; }

    /// <summary>The total number of declared locals (the sum of the runs; parameters not included).</summary>
    public uint LocalCount { get; }

    /// <summary>The instruction bytes, ending with the function's final <c>end</c> (0x0B).</summary>
    public ReadOnlyMemory<byte> Code { get; }

    /// <summary>The byte offset of the first instruction byte in the module binary.</summary>
    public int CodeOffset { get; }
}
