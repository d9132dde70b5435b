namespace WitSharp.Engine.Model;

/// <summary>The type of a table: its element reference type and limits.</summary>
/// <param name="ElementType">Either <see cref="ValType.FuncRef"/> or <see cref="ValType.ExternRef"/>.</param>
/// <param name="Limits">Size limits in elements.</param>
public readonly record struct TableType(ValType ElementType, Limits Limits);
