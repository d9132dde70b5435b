namespace WitSharp.Engine.Model;

/// <summary>A function defined (not imported) by the module.</summary>
/// <param name="TypeIndex">Its signature's index into <see cref="ModuleDefinition.Types"/>.</param>
/// <param name="Body">Its locals and code.</param>
public sealed record FunctionDefinition(uint TypeIndex, FunctionBody Body);
