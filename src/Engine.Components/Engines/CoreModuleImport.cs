namespace WitSharp.Engine.Components.Engines;

/// <summary>An import of a core module.</summary>
/// <param name="Module">The import's module name.</param>
/// <param name="Name">The import's item name.</param>
/// <param name="Kind">What it imports.</param>
public sealed record CoreModuleImport(string Module, string Name, CoreExternKind Kind);
