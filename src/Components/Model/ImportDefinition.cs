namespace WitSharp.Components.Model;

/// <summary>An <c>import</c> definition (or an import declarator of a component type).</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="Name">The import name.</param>
/// <param name="Type">The imported item's type.</param>
public sealed record ImportDefinition(int Offset, ExternName Name, ExternType Type) : Definition(Offset);
