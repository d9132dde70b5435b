namespace WitSharp.Engine.Model;

/// <summary>The type of a table: its element reference type and limits.</summary>
/// <param name="ElementType">Either <see cref="ValueType.FuncRef"/> or <see cref="ValueType.ExternRef"/>.</param>
/// <param name="Limits">Size limits in elements.</param>
public readonly record struct TableType(ValueType ElementType, Limits Limits);
