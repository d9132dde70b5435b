namespace WitSharp.Engine.Model;

/// <summary>A global defined (not imported) by the module.</summary>
/// <param name="Type">Its type.</param>
/// <param name="Initializer">Its constant initial value.</param>
public sealed record GlobalDefinition(GlobalType Type, ConstantExpression Initializer);
