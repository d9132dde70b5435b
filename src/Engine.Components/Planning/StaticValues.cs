using System.Collections.Generic;
using WitSharp.Components.Model;
using WitSharp.Engine.Components.Engines;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Engine.Components.Planning;

// What the index spaces hold while a component is planned. Everything here is known before any instance exists;
// runtime objects (core functions, memories, instances) are named by the slot they will occupy.

/// <summary>A component-level function: lifted from core code, or imported from the host.</summary>
internal abstract class FuncValue
{
    public abstract FunctionSignature Type { get; }
}

/// <summary>A core item (function, table, memory or global) that lives in runtime slot <see cref="Slot"/>.</summary>
internal readonly record struct CoreItem(Sort Sort, int Slot);

/// <summary>A core instance: one made by instantiating a module (its exports looked up at run time), or a bundle of items.</summary>
internal abstract class CoreInstanceValue
{
    public abstract string Describe { get; }
}

/// <summary>The instance of <see cref="Module"/> that will occupy slot <see cref="Slot"/>.</summary>
internal sealed class InstantiatedCoreInstance(int slot, CoreModule module) : CoreInstanceValue
{
    public int Slot { get; } = slot;

    public CoreModule Module { get; } = module;

    /// <summary>Slots already holding one of its exports (each export is looked up once per instantiation).</summary>
    public Dictionary<string, int> ExportSlots { get; } = new();

    public override string Describe => "core instance of a module";
}

/// <summary>A core instance made of other items' exports (<c>(core instance (export "f" (func 0)))</c>).</summary>
internal sealed class BundledCoreInstance(Dictionary<string, CoreItem> items) : CoreInstanceValue
{
    public Dictionary<string, CoreItem> Items { get; } = items;

    public override string Describe => "core instance of exports";
}

/// <summary>A compiled core module (index into <see cref="ComponentPlan.Modules"/>).</summary>
internal sealed record ModuleValue(int Index, CoreModule Module);

/// <summary>A component definition with the scope it was defined in (for outer aliases).</summary>
internal sealed record ComponentValue(ComponentDefinition Definition, PlanScope Outer);

/// <summary>A component instance: its exports by name (functions, types, instances, components, modules).</summary>
internal sealed class InstanceValue
{
    public Dictionary<string, object> Items { get; } = new(System.StringComparer.Ordinal);
}

/// <summary>A type in a type index space.</summary>
internal abstract class TypeValue;

/// <summary>A value type, as a type of the plan's WIT arena.</summary>
internal sealed class WitTypeValue(WitType type) : TypeValue
{
    public WitType Type { get; } = type;
}

/// <summary>A resource type, by its root (see <see cref="ResourceRoot"/>).</summary>
internal sealed class ResourceValue(ResourceRoot root) : TypeValue
{
    public ResourceRoot Root { get; } = root;
}

/// <summary>A function type with its signature.</summary>
internal sealed class FuncTypeValue(FunctionSignature signature) : TypeValue
{
    public FunctionSignature Signature { get; } = signature;
}

/// <summary>An instance type, read (with fresh resources) where something is imported with it.</summary>
internal sealed class InstanceTypeValue(InstanceType definition, PlanScope scope) : TypeValue
{
    public InstanceType Definition { get; } = definition;

    public PlanScope Scope { get; } = scope;
}

/// <summary>A type this runtime never needs to look inside (core types, component types).</summary>
internal sealed class OpaqueTypeValue : TypeValue
{
    public static readonly OpaqueTypeValue Instance = new();
}
