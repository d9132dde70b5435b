using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using WitSharp.Engine.Components.Linking;
using WitSharp.Engine.Components.Planning;
using WitSharp.Runtime.Resources;

namespace WitSharp.Engine.Components;

/// <summary>
/// The resource types a set of generated bindings refers to by id, each with the name that finds it in a component:
/// an imported (host-implemented) resource by the instance it is imported from, an exported (guest-implemented) one by
/// the instance that exports it. Generated world classes hold one, built once in a static field, and pass it to
/// <see cref="ComponentLinkerInstance.DefineFunction{THost}(string, THost, WitSharp.Engine.Bindings.CanonicalImport{THost}, BindingResourceTypes)"/>
/// and <see cref="ComponentCoreExports.ContextFor"/>, so handles the bindings make and read are the component's own.
/// </summary>
/// <remarks>Describe every type before the first instantiation uses it: the translation is computed once per component.</remarks>
public sealed class BindingResourceTypes
{
    private readonly List<Entry> _entries = new();
    private readonly ConditionalWeakTable<ComponentPlan, ResourceTypeMap> _maps = new();

    private readonly record struct Entry(int Id, string Instance, string Name, bool Imported)
    {
        public string DisplayName => (Imported ? "imported " : "exported ") + (Instance.Length == 0 ? Name : Instance + "#" + Name);
    }

    /// <summary>
    /// Bindings id <paramref name="id"/> is the host-implemented resource <paramref name="name"/> the component imports from
    /// instance <paramref name="instance"/> (a semver-compatible version also matches; empty for a top-level import).
    /// </summary>
    public BindingResourceTypes Imported(int id, string instance, string name) => Add(new Entry(id, instance ?? throw new ArgumentNullException(nameof(instance)), name ?? throw new ArgumentNullException(nameof(name)), true));

    /// <summary>
    /// Bindings id <paramref name="id"/> is the guest-implemented resource <paramref name="name"/> the component exports from
    /// instance <paramref name="instance"/> (empty for a top-level export).
    /// </summary>
    public BindingResourceTypes Exported(int id, string instance, string name) => Add(new Entry(id, instance ?? throw new ArgumentNullException(nameof(instance)), name ?? throw new ArgumentNullException(nameof(name)), false));

    private BindingResourceTypes Add(Entry entry)
    {
        _entries.Add(entry);
        return this;
    }

    /// <summary>The translation of these ids into <paramref name="plan"/>'s resource ids, computed once per plan.</summary>
    internal ResourceTypeMap MapFor(ComponentPlan plan) => _maps.GetValue(plan, Compute);

    private ResourceTypeMap Compute(ComponentPlan plan)
    {
        var ids = new Dictionary<int, int>();
        var missing = new Dictionary<int, string>();
        foreach (Entry entry in _entries)
        {
            int? id = entry.Imported ? ImportedId(plan, entry) : ExportedId(plan, entry);
            if (id is int found) ids[entry.Id] = found;
            else missing[entry.Id] = entry.DisplayName;
        }
        return new ResourceTypeMap(ids, missing);
    }

    private static int? ImportedId(ComponentPlan plan, Entry entry)
    {
        string canonical = CanonicalInterfaceName.Of(entry.Instance);
        foreach (HostImport import in plan.HostImports)
        {
            string[] path = import.Path;
            bool match = import.Kind == HostImportKind.Resource && path[path.Length - 1] == entry.Name
                && (entry.Instance.Length == 0 ? path.Length == 1 : path.Length == 2 && CanonicalInterfaceName.Of(path[0]) == canonical);
            if (!match) continue;
            foreach (ResourceRoot root in plan.Resources)
            {
                if (root.HostImport == import.Index) return root.Id;
            }
        }
        return null;
    }

    private static int? ExportedId(ComponentPlan plan, Entry entry)
    {
        IReadOnlyDictionary<string, object>? scope = entry.Instance.Length == 0 ? plan.Exports.Root : plan.Exports.FindInstance(entry.Instance)?.Items;
        return scope is not null && scope.TryGetValue(entry.Name, out object? item) && item is ResourceValue resource ? resource.Root.Id : null;
    }
}
