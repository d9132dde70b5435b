namespace WitSharp.Engine.Model;

/// <summary>A run of <paramref name="Count"/> locals of one type, as a function body declares them.</summary>
/// <param name="Count">How many locals of <paramref name="Type"/>.</param>
/// <param name="Type">Their type.</param>
public readonly record struct LocalDeclaration(uint Count, ValType Type);
