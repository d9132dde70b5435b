using System.Collections.Generic;
using WitSharp.Engine.Components.Engines;
using WitSharp.Runtime;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Engine.Components.Planning;

/// <summary>
/// A component flattened for instantiation: every nested component instance is a node, every runtime object a slot,
/// and instantiating is running <see cref="Steps"/> over a fresh slot array. Built once per <see cref="Component"/>;
/// immutable afterwards and shared by all its instances.
/// </summary>
internal sealed class ComponentPlan
{
    /// <summary>The upper bound on component instance nodes: instantiation that nests deeper or wider is refused.</summary>
    public const int MaxNodes = 10_000;

    /// <summary>The upper bound on runtime slots (core items and instances).</summary>
    public const int MaxSlots = 1_000_000;

    public ComponentPlan(WitResolve resolve, CanonicalTypeBuilder types)
    {
        Resolve = resolve;
        Types = types;
    }

    /// <summary>The WIT arena the component's value types were converted into.</summary>
    public WitResolve Resolve { get; }

    /// <summary>Canonical ABI descriptors over <see cref="Resolve"/>.</summary>
    public CanonicalTypeBuilder Types { get; }

    public List<CoreModule> Modules { get; } = new();

    public List<PlanStep> Steps { get; } = new();

    public int SlotCount { get; set; }

    /// <summary>Each node's parent node (-1 for the root, node 0).</summary>
    public List<int> NodeParents { get; } = new();

    /// <summary>Per node, the resources it implements.</summary>
    public List<List<int>> NodeResources { get; } = new();

    public List<LiftedFunction> Lifted { get; } = new();

    public List<LowerSite> LowerSites { get; } = new();

    public List<ResourceRoot> Resources { get; } = new();

    public List<HostImport> HostImports { get; } = new();

    public ExportIndex Exports { get; set; } = ExportIndex.Empty;

    /// <summary>A new runtime slot.</summary>
    public int NewSlot() => SlotCount < MaxSlots ? SlotCount++ : throw PlanException.At(0, "the component needs more than " + MaxSlots + " runtime items");
}
