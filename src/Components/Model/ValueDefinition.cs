using System;

namespace WitSharp.Components.Model;

/// <summary>A 🪙 <c>value</c> definition: a constant of a value type, its encoding kept as bytes.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="Type">The value's type.</param>
/// <param name="Bytes">The value's encoding (<c>val(t)</c>), a slice of the input.</param>
public sealed record ValueDefinition(int Offset, ValType Type, ReadOnlyMemory<byte> Bytes) : Definition(Offset);
