using WitSharp.Engine.Components.Engines;

namespace WitSharp.Engine.Components.Planning;

/// <summary>One thing instantiation does, in order, filling a runtime slot.</summary>
internal abstract record PlanStep(int Slot);

/// <summary>Instantiates core module <paramref name="Module"/> with the items in <paramref name="Imports"/> (slots, in import order).</summary>
internal sealed record InstantiateModuleStep(int Slot, int Module, int[] Imports, string Name) : PlanStep(Slot);

/// <summary>Looks up export <paramref name="Name"/> (a <paramref name="Kind"/>) of the core instance in <paramref name="Instance"/>.</summary>
internal sealed record CoreExportStep(int Slot, int Instance, string Name, CoreExternKind Kind) : PlanStep(Slot);

/// <summary>Makes the core function of lower site <paramref name="Site"/>.</summary>
internal sealed record LowerStep(int Slot, int Site) : PlanStep(Slot);

/// <summary>The kind of a resource built-in.</summary>
internal enum ResourceBuiltin : byte
{
    New,
    Drop,
    Rep,
}

/// <summary>Makes the core function of <c>canon resource.new|drop|rep</c> of <paramref name="Root"/> for code of <paramref name="Node"/>.</summary>
internal sealed record ResourceBuiltinStep(int Slot, ResourceBuiltin Builtin, ResourceRoot Root, int Node) : PlanStep(Slot);
