using System.Collections.Generic;

namespace WitSharp.Components.Model;

/// <summary>A <c>core instance</c> definition: instantiating a core module, or a bundle of core exports.</summary>
public abstract record CoreInstanceDefinition(int Offset) : Definition(Offset);

/// <summary><c>(core instance (instantiate m (with "name" (instance i))*))</c>.</summary>
/// <param name="Offset">Absolute offset of the definition.</param>
/// <param name="ModuleIndex">The core module, in the core module index space.</param>
/// <param name="Arguments">The named arguments, each a core instance (the only sort validation allows today).</param>
public sealed record CoreInstantiation(int Offset, uint ModuleIndex, IReadOnlyList<CoreInstantiateArgument> Arguments)
    : CoreInstanceDefinition(Offset);

/// <summary>One <c>with</c> argument of a core instantiation: the import module name and the item supplying it.</summary>
/// <param name="Name">The core import module name it satisfies.</param>
/// <param name="Item">The supplied item; validation requires <see cref="Sort.CoreInstance"/>.</param>
public readonly record struct CoreInstantiateArgument(string Name, SortIndex Item);

/// <summary><c>(core instance (export "n" (func 3))*)</c>: a core instance made of existing core items.</summary>
/// <param name="Offset">Absolute offset of the definition.</param>
/// <param name="Exports">The named core items, each with a core sort.</param>
public sealed record CoreInlineExportInstance(int Offset, IReadOnlyList<CoreInlineExport> Exports)
    : CoreInstanceDefinition(Offset);

/// <summary>One export of a <see cref="CoreInlineExportInstance"/>.</summary>
/// <param name="Name">The export's name.</param>
/// <param name="Item">The exported core item.</param>
public readonly record struct CoreInlineExport(string Name, SortIndex Item);
