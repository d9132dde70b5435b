using System.Collections.Generic;

namespace WitSharp.Components.Model;

/// <summary>A component <c>instance</c> definition.</summary>
/// <param name="Offset">Absolute offset.</param>
public abstract record InstanceDefinition(int Offset) : Definition(Offset);

/// <summary><c>(instance (instantiate c (with "name" item)*))</c>.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="ComponentIndex">The component, in the component index space.</param>
/// <param name="Arguments">The named arguments, matched against the component's imports by plain string equality.</param>
public sealed record ComponentInstantiation(int Offset, uint ComponentIndex, IReadOnlyList<InstantiateArgument> Arguments)
    : InstanceDefinition(Offset);

/// <summary>One <c>with</c> argument of a component instantiation.</summary>
/// <param name="Name">The import name it satisfies.</param>
/// <param name="Item">The supplied item.</param>
public readonly record struct InstantiateArgument(string Name, SortIndex Item);

/// <summary><c>(instance (export "name" item)*)</c>: an instance made of existing items.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="Exports">The named items.</param>
public sealed record InlineExportInstance(int Offset, IReadOnlyList<InlineExport> Exports) : InstanceDefinition(Offset);

/// <summary>One export of an <see cref="InlineExportInstance"/>.</summary>
/// <param name="Name">The export name.</param>
/// <param name="Item">The exported item.</param>
public readonly record struct InlineExport(ExternName Name, SortIndex Item);
