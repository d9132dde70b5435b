namespace WitSharp.Components.Model;

/// <summary>A nested <c>component</c> section: a whole component definition inside this one.</summary>
/// <param name="Offset">Absolute offset of the nested component's preamble.</param>
/// <param name="Component">The nested component, decoded.</param>
public sealed record NestedComponentDefinition(int Offset, ComponentDefinition Component) : Definition(Offset);
