namespace WitSharp.Engine.Model;

/// <summary>The type of a global: its value type and mutability.</summary>
/// <param name="ValueType">The type of the stored value.</param>
/// <param name="Mutable">True for <c>(mut t)</c>.</param>
public readonly record struct GlobalType(ValType ValueType, bool Mutable);
