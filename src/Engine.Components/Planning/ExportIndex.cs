using System;
using System.Collections.Generic;
using WitSharp.Engine.Components.Linking;

namespace WitSharp.Engine.Components.Planning;

/// <summary>
/// A component's exports, looked up by name: root functions, exported instances (versioned names also found
/// semver-compatibly) and their functions, and the core names generated export bindings use.
/// </summary>
internal sealed class ExportIndex
{
    public static readonly ExportIndex Empty = new(new InstanceValue(), 0, new List<ResourceRoot>());

    private readonly InstanceValue _root;
    private readonly int _liftedCount;
    private readonly List<ResourceRoot> _resources;

    public ExportIndex(InstanceValue root, int liftedCount, List<ResourceRoot> resources)
    {
        _root = root;
        _liftedCount = liftedCount;
        _resources = resources;
        ResolveCoreName = ResolveCore;
    }

    /// <summary>The root's exports.</summary>
    public IReadOnlyDictionary<string, object> Root => _root.Items;

    /// <summary>Root function <paramref name="name"/>.</summary>
    public FuncValue? FindFunction(string name) => _root.Items.TryGetValue(name, out object? item) ? item as FuncValue : null;

    /// <summary>Exported instance <paramref name="name"/>: exact, else the highest semver-compatible one.</summary>
    public InstanceExports? FindInstance(string name) =>
        CanonicalInterfaceName.FindCompatible(_root.Items, name, item => item is InstanceValue) is InstanceValue instance ? new InstanceExports(instance) : null;


    /// <summary>One delegate for the component's lifetime, so bindings of one instance recognise each other's seam.</summary>
    public Func<string, int> ResolveCoreName { get; }

    /// <summary>
    /// The index of a generated binding's core export name: <c>f</c>, <c>iface#f</c> or <c>iface#[dtor]r</c>. Destructors
    /// come after the lifted functions: <c>liftedCount + resource position</c>.
    /// </summary>
    private int ResolveCore(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        int hash = name.IndexOf('#');
        string item = hash < 0 ? name : name.Substring(hash + 1);
        IReadOnlyDictionary<string, object>? scope = hash < 0 ? _root.Items : FindInstance(name.Substring(0, hash))?.Items;
        if (scope is not null)
        {
            if (item.StartsWith("[dtor]", StringComparison.Ordinal))
            {
                if (scope.TryGetValue(item.Substring(6), out object? type) && type is ResourceValue { Root: { IsHost: false } root })
                {
                    return _liftedCount + _resources.IndexOf(root);
                }
            }
            else if (scope.TryGetValue(item, out object? value) && value is LiftedFunction function)
            {
                return function.Index;
            }
        }
        throw new KeyNotFoundException("the component exports no function named '" + name + "'");
    }
}

/// <summary>The exports of one exported instance.</summary>
internal readonly struct InstanceExports(InstanceValue instance)
{
    public IReadOnlyDictionary<string, object> Items => instance.Items;

    public FuncValue? FindFunction(string name) => instance.Items.TryGetValue(name, out object? item) ? item as FuncValue : null;
}
