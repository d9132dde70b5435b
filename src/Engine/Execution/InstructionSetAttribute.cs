using System;

namespace WitSharp.Engine.Execution;

/// <summary>
/// Marks the enum that describes the register IR's instructions. The engine's source generator
/// (src/Engine.SourceGeneration) reads the <see cref="OperandsAttribute"/> on each member and writes
/// <see cref="OpWidth"/> and the table behind <see cref="OpLayout"/> from them.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false)]
internal sealed class InstructionSetAttribute : Attribute
{
}
