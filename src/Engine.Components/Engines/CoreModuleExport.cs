namespace WitSharp.Engine.Components.Engines;

/// <summary>An export of a core module.</summary>
/// <param name="Name">The export's name.</param>
/// <param name="Kind">What it exports.</param>
public sealed record CoreModuleExport(string Name, CoreExternKind Kind);
