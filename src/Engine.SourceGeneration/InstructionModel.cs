using System;
using WitSharp.Generator.Roslyn;

namespace WitSharp.Engine.SourceGeneration
{
    /// <summary>One instruction as declared: its enum member name, opcode value and operand kinds (member names of the operand-kind enum), in order.</summary>
    internal sealed record InstructionModel(string Name, long Value, EquatableArray<string> Operands);

    /// <summary>
    /// An instruction enum and everything declared on it, as plain values so the incremental pipeline can tell
    /// an unchanged declaration from a changed one. <see cref="Problems"/> are reported as errors.
    /// </summary>
    internal sealed record InstructionSetModel(
        string Namespace,
        string EnumName,
        string OperandKindType,
        EquatableArray<InstructionModel> Instructions,
        EquatableArray<string> Problems);
}
