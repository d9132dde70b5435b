using System;

namespace WitSharp.Engine.Execution;

/// <summary>
/// The operands of one <see cref="Op"/>: the words that follow the opcode in the code array, in order. This is
/// the only place an instruction's layout is written; the translator, the interpreter (through the generated
/// <see cref="OpWidth"/> constants), the verifier and the CIL tier (through <see cref="OpLayout"/>) derive theirs
/// from it. Kept in metadata so a test can compare the generated tables with the declarations by reflection.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
internal sealed class OperandsAttribute : Attribute
{
    /// <summary>Declares the operand kinds, in code order.</summary>
    public OperandsAttribute(params OperandKind[] kinds) => Kinds = kinds;

    /// <summary>The operand kinds, in code order.</summary>
    public OperandKind[] Kinds { get; }
}
