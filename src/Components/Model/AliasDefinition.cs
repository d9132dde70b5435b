namespace WitSharp.Components.Model;

/// <summary>An <c>alias</c> definition or declarator: adds one index to <see cref="Sort"/>'s space.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="Sort">The sort of the aliased item.</param>
public abstract record AliasDefinition(int Offset, Sort Sort) : Definition(Offset);

/// <summary><c>(alias export i "name" (sort))</c>: an export of a component instance.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="Sort">The sort of the aliased item.</param>
/// <param name="InstanceIndex">The instance, in the instance index space.</param>
/// <param name="Name">The export name.</param>
public sealed record ExportAlias(int Offset, Sort Sort, uint InstanceIndex, string Name) : AliasDefinition(Offset, Sort);

/// <summary><c>(alias core export i "name" (core sort))</c>: an export of a core instance.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="Sort">The core sort of the aliased item.</param>
/// <param name="CoreInstanceIndex">The core instance, in the core instance index space.</param>
/// <param name="Name">The export name.</param>
public sealed record CoreExportAlias(int Offset, Sort Sort, uint CoreInstanceIndex, string Name) : AliasDefinition(Offset, Sort);

/// <summary><c>(alias outer ct idx (sort))</c>: an item of an enclosing scope.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="Sort">The sort (validation allows type, core type, component and core module).</param>
/// <param name="Count">How many scopes outward (0 = the current scope).</param>
/// <param name="Index">The index in that scope's <paramref name="Sort"/> space.</param>
public sealed record OuterAlias(int Offset, Sort Sort, uint Count, uint Index) : AliasDefinition(Offset, Sort);
