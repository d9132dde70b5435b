namespace WitSharp.Engine.Model;

/// <summary>An export: a name bound to an entity in one of the module's index spaces.</summary>
/// <param name="Name">The export name (unique within the module once validated).</param>
/// <param name="Kind">The index space <paramref name="Index"/> refers to.</param>
/// <param name="Index">The index in that space (imports first, then definitions).</param>
public sealed record Export(string Name, ExternalKind Kind, uint Index);
